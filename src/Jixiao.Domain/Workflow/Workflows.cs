namespace Jixiao.Domain.Workflow;

/// <summary>
/// The explicit transition tables of workflow.md. A move not in the table is refused with a reason — never a
/// silent no-op.
/// </summary>
public sealed class FormWorkflow(string name, IReadOnlyList<Transition> transitions)
{
    private static readonly HashSet<Role> Unit = [Role.UnitPreparer];
    private static readonly HashSet<Role> Supervisor = [Role.SupervisorReviewer];
    private static readonly HashSet<Role> Finance = [Role.FinanceReviewer, Role.FinanceAdmin];
    private static readonly HashSet<Role> Reviewers = [Role.SupervisorReviewer, Role.FinanceReviewer, Role.FinanceAdmin];
    private static readonly HashSet<Role> Admin = [Role.FinanceAdmin];
    private static readonly HashSet<Role> Evaluator = [Role.ThirdPartyEvaluator];
    // No user may take a system move; only ApplySystem does, when the system replaces a version by a newer one.
    private static readonly HashSet<Role> SystemOnly = [];

    public string Name { get; } = name;
    public IReadOnlyList<Transition> Transitions { get; } = transitions;

    /// <summary>绩效目标申报 (§2); also used for adjustments (§3), which follow the same chain.</summary>
    public static FormWorkflow Declaration { get; } = new("绩效目标申报", [
        new(FormState.Draft, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings | Guard.ExAnteAssessment),
        new(FormState.Returned, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings | Guard.ExAnteAssessment),
        new(FormState.Submitted, WorkflowAction.Withdraw, Unit, FormState.Draft, Guard.NotOpened),
        // 部门整体 (ADR-064): the 主管部门审核人 declares its own department's form, which goes straight to 财政局 (the
        // caller passes SupervisorIsFinance for a form on a department); it never reviews what it declared.
        new(FormState.Draft, WorkflowAction.Submit, Supervisor, FormState.Submitted, Guard.CleanFindings | Guard.OwnForm),
        new(FormState.Returned, WorkflowAction.Submit, Supervisor, FormState.Submitted, Guard.CleanFindings | Guard.OwnForm),
        new(FormState.Submitted, WorkflowAction.Withdraw, Supervisor, FormState.Draft, Guard.NotOpened | Guard.OwnForm),
        new(FormState.Submitted, WorkflowAction.Open, Reviewers, FormState.SupervisorReview, Guard.NotOwnForm),
        new(FormState.SupervisorReview, WorkflowAction.Pass, Supervisor, FormState.FinanceReview, Guard.NotOwnForm),
        new(FormState.SupervisorReview, WorkflowAction.Return, Reviewers, FormState.Returned, Guard.OpenComment),
        new(FormState.FinanceReview, WorkflowAction.Return, Finance, FormState.Returned, Guard.OpenComment),
        new(FormState.FinanceReview, WorkflowAction.Approve, Finance, FormState.Approved),
        new(FormState.FinanceReview, WorkflowAction.Reject, Finance, FormState.Rejected),
        new(FormState.Approved, WorkflowAction.Reopen, Admin, FormState.Returned, Guard.Reason),
        // An adjustment (n+1) approved: n is kept read-only (§3). An import of a new version replaces the editable one (§9).
        new(FormState.Approved, WorkflowAction.Supersede, SystemOnly, FormState.Superseded),
        new(FormState.Draft, WorkflowAction.Supersede, SystemOnly, FormState.Superseded),
        new(FormState.Returned, WorkflowAction.Supersede, SystemOnly, FormState.Superseded),
    ]);

    /// <summary>
    /// 绩效自评 (§5). A department's own 部门整体自评 (ADR-065) is filled in by its 主管部门审核人 for the department and
    /// goes straight to 财政局: the department submits and withdraws only its own form, and never reviews it.
    /// </summary>
    public static FormWorkflow SelfEvaluation { get; } = new("绩效自评", [
        new(FormState.Draft, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings),
        new(FormState.Returned, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings),
        new(FormState.Submitted, WorkflowAction.Withdraw, Unit, FormState.Draft, Guard.NotOpened),
        new(FormState.Draft, WorkflowAction.Submit, Supervisor, FormState.Submitted, Guard.CleanFindings | Guard.OwnForm),
        new(FormState.Returned, WorkflowAction.Submit, Supervisor, FormState.Submitted, Guard.CleanFindings | Guard.OwnForm),
        new(FormState.Submitted, WorkflowAction.Withdraw, Supervisor, FormState.Draft, Guard.NotOpened | Guard.OwnForm),
        new(FormState.Submitted, WorkflowAction.Open, Reviewers, FormState.Verification, Guard.NotOwnForm),
        new(FormState.Verification, WorkflowAction.Return, Reviewers, FormState.Returned, Guard.OpenComment | Guard.NotOwnForm),
        new(FormState.Verification, WorkflowAction.Confirm, Reviewers, FormState.Confirmed, Guard.NotOwnForm),
        new(FormState.Confirmed, WorkflowAction.Reopen, Admin, FormState.Returned, Guard.Reason),
    ]);

    /// <summary>
    /// 绩效复核 (issue 17): the per-row re-scoring of a submitted 自评表 by 主管部门, then 财政局. It starts in
    /// 主管部门审核 (a department's first 复核得分) or 财政审核 (finance's, or a 抽评 draw); finance taking over a
    /// department's 复核 passes it on; finance's 完成复核 locks it.
    /// </summary>
    public static FormWorkflow ReReview { get; } = new("绩效复核", [
        new(FormState.SupervisorReview, WorkflowAction.Pass, Supervisor.Union(Finance).ToHashSet(), FormState.FinanceReview),
        new(FormState.FinanceReview, WorkflowAction.Confirm, Finance, FormState.Confirmed),
    ]);

    /// <summary>运行监控 (§4).</summary>
    public static FormWorkflow Monitoring { get; } = new("运行监控", [
        new(FormState.Draft, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings),
        new(FormState.Returned, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings),
        // 部门整体 (ADR-064): a department monitors its own approved form as a unit does a project; 财政局 reviews it.
        new(FormState.Draft, WorkflowAction.Submit, Supervisor, FormState.Submitted, Guard.CleanFindings | Guard.OwnForm),
        new(FormState.Returned, WorkflowAction.Submit, Supervisor, FormState.Submitted, Guard.CleanFindings | Guard.OwnForm),
        new(FormState.Submitted, WorkflowAction.Open, Reviewers, FormState.SupervisorReview, Guard.NotOwnForm),
        new(FormState.SupervisorReview, WorkflowAction.Return, Reviewers, FormState.Returned, Guard.OpenComment | Guard.NotOwnForm),
        new(FormState.SupervisorReview, WorkflowAction.Confirm, Reviewers, FormState.Confirmed, Guard.NotOwnForm),
    ]);

    /// <summary>单位预算公开 (§6).</summary>
    public static FormWorkflow Disclosure { get; } = new("单位预算公开", [
        new(FormState.Draft, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings),
        new(FormState.Returned, WorkflowAction.Submit, Unit, FormState.Submitted, Guard.CleanFindings),
        new(FormState.Submitted, WorkflowAction.Return, Reviewers, FormState.Returned, Guard.OpenComment),
        new(FormState.Submitted, WorkflowAction.Approve, Reviewers, FormState.Approved),
        new(FormState.Approved, WorkflowAction.Publish, Unit.Union(Reviewers).ToHashSet(), FormState.Published),
        // A correction published: the earlier published version stays visible as superseded (§6).
        new(FormState.Published, WorkflowAction.Supersede, SystemOnly, FormState.Superseded),
    ]);

    /// <summary>
    /// 重点绩效评价 (ADR-059): finance assigns it (Draft: 评价中), the 第三方评价机构 scores, attaches its report and submits;
    /// finance accepts (Approved: 已验收, locked) or returns it with a reason.
    /// </summary>
    public static FormWorkflow ExternalEvaluation { get; } = new("重点绩效评价", [
        new(FormState.Draft, WorkflowAction.Submit, Evaluator, FormState.Submitted),
        new(FormState.Returned, WorkflowAction.Submit, Evaluator, FormState.Submitted),
        new(FormState.Submitted, WorkflowAction.Approve, Finance, FormState.Approved),
        new(FormState.Submitted, WorkflowAction.Return, Finance, FormState.Returned, Guard.Reason),
    ]);

    /// <summary>
    /// Actions the role may attempt from the state (for buttons); guards are checked on <see cref="Apply"/>, except whose
    /// form it is (<paramref name="actorOwnsForm"/>), which is known before any click and leaves out the moves it forbids.
    /// </summary>
    public IEnumerable<WorkflowAction> ActionsFor(FormState state, Role role, bool actorOwnsForm = false) =>
        Transitions.Where(t => t.From == state && t.Actors.Contains(role) && OwnerError(t.Guard, actorOwnsForm) is null)
            .Select(t => t.Action).Distinct();

    /// <summary>
    /// The moves offered to <paramref name="role"/> on a form in <paramref name="state"/> with no separate 开始审核 click:
    /// where the role may open the form (<see cref="WorkflowAction.Open"/>), the moves of the review state opening leads
    /// to — the opening is taken with the reviewer's first act (<see cref="NeedsOpening"/>), for 主管部门 and 财政局 alike.
    /// </summary>
    public IEnumerable<WorkflowAction> OfferedActions(FormState state, Role role, bool supervisorIsFinance = false, bool ownForm = false) =>
        Apply(new TransitionRequest(state, WorkflowAction.Open, role, SupervisorIsFinance: supervisorIsFinance, ActorOwnsForm: ownForm)) is { Allowed: true } opened
            ? ActionsFor(opened.To!.Value, role, ownForm)
            : ActionsFor(state, role, ownForm);

    /// <summary>True when <paramref name="action"/> by <paramref name="role"/> on a form in <paramref name="state"/> is a review
    /// act on a form nobody has opened yet: the form is opened (<see cref="WorkflowAction.Open"/>, through this table) first.</summary>
    public bool NeedsOpening(FormState state, WorkflowAction action, Role role, bool ownForm = false) =>
        action != WorkflowAction.Open && ActionsFor(state, role, ownForm).Contains(WorkflowAction.Open) && !ActionsFor(state, role, ownForm).Contains(action);

    public TransitionResult Apply(TransitionRequest request)
    {
        var candidates = Transitions.Where(t => t.From == request.From && t.Action == request.Action).ToList();
        if (candidates.Count == 0)
            return TransitionResult.Refused(
                $"{Name}：当前状态“{FormStateNames.Chinese(request.From)}”不能执行“{WorkflowActionNames.Chinese(request.Action)}”。");
        var transition = candidates.FirstOrDefault(t => t.Actors.Contains(request.Actor));
        if (transition is null)
            return TransitionResult.Refused(
                $"{Name}：{RoleNames.Chinese(request.Actor)}无权执行“{WorkflowActionNames.Chinese(request.Action)}”。");

        if (GuardError(transition.Guard, request) is { } error) return TransitionResult.Refused(error);

        // A unit whose supervising department is the finance bureau itself skips the department stage (§2).
        var to = transition.To == FormState.SupervisorReview && request.SupervisorIsFinance && this == Declaration
            ? FormState.FinanceReview
            : transition.To;
        return TransitionResult.Ok(to);
    }

    /// <summary>
    /// A system move (a transition no role may take, e.g. <see cref="WorkflowAction.Supersede"/>): allowed only where
    /// the table has it, otherwise refused with the reason.
    /// </summary>
    public TransitionResult ApplySystem(FormState from, WorkflowAction action)
    {
        var transition = Transitions.FirstOrDefault(t => t.From == from && t.Action == action && t.Actors.Count == 0);
        return transition is null
            ? TransitionResult.Refused($"{Name}：当前状态“{FormStateNames.Chinese(from)}”不能执行“{WorkflowActionNames.Chinese(action)}”。")
            : TransitionResult.Ok(transition.To);
    }

    private static string? GuardError(Guard guard, TransitionRequest r)
    {
        if (OwnerError(guard, r.ActorOwnsForm) is { } owner)
            return owner;
        if (guard.HasFlag(Guard.ExAnteAssessment) && r.ExAnteRefusal is { } exAnte)
            return exAnte;
        if (guard.HasFlag(Guard.CleanFindings) && r.ErrorFindings > 0)
            return $"存在 {r.ErrorFindings} 个错误级审核问题，请修改后再提交。";
        if (guard.HasFlag(Guard.CleanFindings) && r.UnacknowledgedWarnings > 0)
            return $"有 {r.UnacknowledgedWarnings} 个警告尚未填写说明，请逐条确认后再提交。";
        if (guard.HasFlag(Guard.OpenComment) && r.OpenComments == 0)
            return "退回时至少需要填写一条审核意见。";
        if (guard.HasFlag(Guard.NotOpened) && r.OpenedByReviewer)
            return "审核人已开始审核，不能撤回。";
        if (guard.HasFlag(Guard.Reason) && string.IsNullOrWhiteSpace(r.Reason))
            return "请填写原因。";
        return null;
    }

    private static string? OwnerError(Guard guard, bool actorOwnsForm) =>
        guard.HasFlag(Guard.OwnForm) && !actorOwnsForm ? "主管部门只能提交或撤回本部门的部门整体表，所属单位的表由单位填报。"
        : guard.HasFlag(Guard.NotOwnForm) && actorOwnsForm ? "本部门填报的部门整体表由财政局审核，不能自行审核。"
        : null;
}
