using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>A self-evaluation as the screens see it: the row, the declared project it evaluates and its content.</summary>
public sealed record LoadedSelfEvaluation(
    SelfEvaluationEntity Entity, ProjectEntity Project, DeclarationVersion Version, Project Declared, EvaluationContent Content)
{
    public ScoringMode Mode => Entity.State == FormState.Imported ? ScoringMode.Historical : ScoringMode.Live;
    public RuleProfile Profile => SelfEvaluationService.ProfileOf(Entity.ProfileId);
    public IReadOnlyList<Guid> Keys => Declared.Indicators.Select(i => i.Key ?? Guid.Empty).ToList();
    public Project Evaluated => SelfEvaluationService.Evaluated(Declared, Content);
    public ProjectScore Score() => Scorer.Score(Evaluated, Profile, Mode);

    /// <summary>
    /// The 自评表 definition it is entered on: the self-evaluation template it was started on (its profile id, ADR-039), else
    /// the host's <see cref="SelfEvaluationDefinition"/>.
    /// </summary>
    public FormDefinition Definition { get; init; } = SelfEvaluationForms.District2023;

    /// <summary>The template of <see cref="Definition"/> when it is a data template (its money unit, note columns), else null.</summary>
    public Domain.Templates.JurisdictionTemplate? Template => Domain.Templates.TemplateRegistry.Current.FindData(Definition.Id);

    /// <summary>The unit the form states its money in (元, or 万元 on a template that says so); storage is 元.</summary>
    public string MoneyUnit => Template?.MoneyUnit ?? Domain.Money.MoneyUnits.Yuan;

    /// <summary>The stored content with <paramref name="form"/> laid over it, on <see cref="Definition"/>.</summary>
    public EvaluationContent Entered(SelfEvaluationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.ApplyTo(Content, Keys, Definition);
    }
}

public sealed record SelfEvaluationListRow(
    Guid Id, Guid ProjectId, string ProjectName, string UnitName, int Year,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<FormState>))] FormState State, decimal? TotalScore, string? Grade, string ProfileId);

public sealed record StartableProject(Guid ProjectId, string Name, string UnitName, int Year);

/// <summary>The outcome of a change: done, or refused with a Chinese reason (and the blocking findings, if any).</summary>
public sealed record ChangeResult(bool Ok, string? Error = null, IReadOnlyList<Finding>? Blocking = null, bool NotFound = false, bool Conflict = false,
    Domain.Refusals.ValueRefusal? Refusal = null)
    : IFormOutcome<ChangeResult>
{
    static ChangeResult IFormOutcome<ChangeResult>.Refused(string reason) => Refused(reason);
    /// <summary>Texts longer than Domain.Text.TextLimits allows: nothing written, HTTP 400 naming each field.</summary>
    public static ChangeResult OverLimit(IReadOnlyList<Domain.Text.TextLimitViolation> violations) => Refused(Domain.Refusals.ValueRefusal.TooLong(violations));
    /// <summary>Figures outside their ranges: nothing written, HTTP 400 naming each field.</summary>
    public static ChangeResult OutOfRange(IReadOnlyList<Domain.Bounds.ValueViolation> violations) => Refused(Domain.Refusals.ValueRefusal.OutOfRange(violations));
    private static ChangeResult Refused(Domain.Refusals.ValueRefusal refusal) => new(false, refusal.Summary(), Refusal: refusal);
    /// <summary>A save based on an outdated read (stale or missing concurrency stamp): HTTP 409.</summary>
    public static ChangeResult Stale(string error) => new(false, error, Conflict: true);
    public static ChangeResult Done { get; } = new(true);
    public static ChangeResult Missing { get; } = new(false, "未找到该绩效自评。", NotFound: true);
    public static ChangeResult Refused(string error, IReadOnlyList<Finding>? blocking = null) => new(false, error, blocking);
}

/// <summary>
/// 绩效自评 (workflow.md §5): started from an approved declaration version, scored by the domain scorer with the
/// evaluation's rule profile, moved through <see cref="FormWorkflow.SelfEvaluation"/>. Every query goes through the
/// user's data scope; an id outside it is "not found".
/// </summary>
public sealed class SelfEvaluationService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands,
    ReviewCommentAnswers answers, TemplateAssignments templates, SelfEvaluationDefinition definition,
    Notifications.Notifier notifier, ProjectService projectService)
{
    private const string EntityType = "SelfEvaluation";

    public static RuleProfile ProfileOf(string id) =>
        RuleProfiles.All.FirstOrDefault(p => string.Equals(p.Id, id.Split('@')[0], StringComparison.OrdinalIgnoreCase)) ?? RuleProfiles.ShDistrict;

    /// <summary>The 自评表 of the self-evaluation template a form was started on (its profile id names it), or null for the built-in one.</summary>
    public static FormDefinition? DefinitionOf(string profileId) =>
        Domain.Templates.TemplateRegistry.Current.FindData(profileId.Split('@')[0]) is { } t && Domain.Templates.TemplateKinds.IsSelfEvaluation(t.Kind) ? t.Form : null;

    /// <summary>True when a 自评表 of <paramref name="profileId"/> is a department's 部门整体自评 (ADR-065): its template is one.</summary>
    public static bool IsDepartmentEvaluation(string profileId) =>
        Domain.Templates.TemplateRegistry.Current.FindData(profileId.Split('@')[0])?.Kind == Domain.Templates.TemplateKind.DepartmentSelfEvaluation;

    /// <summary>The declared project with the evaluation laid over it; actuals go through the one grammar.</summary>
    public static Project Evaluated(Project declared, EvaluationContent content) =>
        content.Apply(declared, t => TargetParser.ParseActual(t));

    private IQueryable<SelfEvaluationEntity> Scoped() =>
        from e in db.SelfEvaluations
        join p in me.Scope(db.Projects) on e.ProjectId equals p.Id
        select e;

    public async Task<IReadOnlyList<SelfEvaluationListRow>> ListAsync(int? year, CancellationToken ct)
    {
        var query = from e in db.SelfEvaluations.AsNoTracking()
                    join p in me.Scope(db.Projects.AsNoTracking()) on e.ProjectId equals p.Id
                    select new { e, p.Name, UnitName = p.Unit!.Name, p.Year };
        if (year is { } y) query = query.Where(x => x.Year == y);
        var rows = await query.ToListAsync(ct);
        return rows
            .Select(x => new SelfEvaluationListRow(x.e.Id, x.e.ProjectId, x.Name, x.UnitName, x.Year, x.e.State, x.e.TotalScore,
                (x.e.Grade ?? (x.e.TotalScore is { } t ? Grades.Of(t) : null))?.DisplayName(), x.e.ProfileId))
            .OrderByDescending(r => r.Year).ThenBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.ProjectName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One page of the self-evaluations in the user's scope passing the filter (see <see cref="SelfEvaluationListFilter.Order"/>).</summary>
    public async Task<Paging.PageResult<SelfEvaluationListRow>> PageAsync(SelfEvaluationListFilter filter, Paging.PageRequest page, CancellationToken ct)
    {
        var scoped = me.Scope(db.Projects.AsNoTracking()).Select(p => p.Id);
        var evaluations = filter.Apply(db.SelfEvaluations.AsNoTracking().Where(e => scoped.Contains(e.ProjectId)));
        var rows = await SelfEvaluationListFilter.Order.PageAsync(evaluations, page,
            e => new { e.Id, e.ProjectId, e.Project!.Name, UnitName = e.Project.Unit!.Name, e.Project.Year, e.State, e.TotalScore, e.Grade, e.ProfileId }, ct);
        return rows.Map(x => new SelfEvaluationListRow(x.Id, x.ProjectId, x.Name, x.UnitName, x.Year, x.State, x.TotalScore,
            (x.Grade ?? (x.TotalScore is { } t ? Grades.Of(t) : null))?.DisplayName(), x.ProfileId));
    }

    /// <summary>By unit, then project name; the id breaks ties.</summary>
    public static readonly Paging.KeysetOrder<ProjectEntity> StartableOrder = Paging.KeysetOrder<ProjectEntity>.By("startable", p => p.Unit!.Name)
        .ThenBy(p => p.Name).ThenBy(p => p.Id);

    /// <summary>One page of <see cref="StartableAsync"/>'s projects (of one year, matching a name, when asked), read in SQL.</summary>
    public Task<Paging.PageResult<StartableProject>> PageStartableAsync(int? year, string? query, Paging.PageRequest page, CancellationToken ct)
    {
        var projects = me.Scope(db.Projects.AsNoTracking())
            .Where(p => !db.SelfEvaluations.Any(e => e.ProjectId == p.Id))
            .Where(p => p.Versions.OrderByDescending(v => v.Number).Select(v => v.State).First() == FormState.Approved);
        if (year is { } y) projects = projects.Where(p => p.Year == y);
        if (new ProjectListFilter(Q: query).Query is { } q) projects = projects.Where(p => p.Name.Contains(q) || p.Unit!.Name.Contains(q));
        return StartableOrder.PageAsync(projects, page, p => new StartableProject(p.Id, p.Name, p.Unit!.Name, p.Year), ct);
    }

    /// <summary>Projects of the user's scope whose current declaration version is approved and not yet evaluated.</summary>
    public async Task<IReadOnlyList<StartableProject>> StartableAsync(CancellationToken ct)
    {
        var rows = await me.Scope(db.Projects.AsNoTracking())
            .Where(p => !db.SelfEvaluations.Any(e => e.ProjectId == p.Id))
            .Select(p => new
            {
                p.Id,
                p.Name,
                UnitName = p.Unit!.Name,
                p.Year,
                State = p.Versions.OrderByDescending(v => v.Number).Select(v => (FormState?)v.State).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Where(r => r.State == FormState.Approved)
            .Select(r => new StartableProject(r.Id, r.Name, r.UnitName, r.Year))
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<LoadedSelfEvaluation?> LoadAsync(Guid id, CancellationToken ct)
    {
        var entity = await Scoped().SingleOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null) return null;
        var project = await db.Projects.Include(p => p.Unit).SingleAsync(p => p.Id == entity.ProjectId, ct);
        var version = await db.DeclarationVersions.SingleAsync(v => v.Id == entity.DeclarationVersionId, ct);
        return new LoadedSelfEvaluation(entity, project, version, ProjectService.ToDomain(version), EvaluationContentJson.Read(entity.Content))
        {
            Definition = DefinitionOf(entity.ProfileId) ?? definition.Form,
        };
    }

    /// <summary>Starts the 自评表 of a project (unit only) from its current, approved declaration version.</summary>
    public async Task<(Guid? Id, ChangeResult Result)> StartAsync(Guid projectId, CancellationToken ct)
    {
        SelfEvaluationEntity? started = null;
        var result = await commands.CreateAsync(
            () => me.Scope(db.Projects).SingleOrDefaultAsync(p => p.Id == projectId, ct),
            project => StartRefusalAsync(project, ct),
            async project =>
            {
                var version = await db.DeclarationVersions.Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number).FirstAsync(ct);
                if (version.State != FormState.Approved)
                    return Creation<ChangeResult>.Refused(
                        ChangeResult.Refused($"项目当前版本状态为“{FormStateNames.Chinese(version.State)}”，绩效目标批复后才能自评。"));
                // A 自评表 of the year's chosen template scores with its pools (ADR-032); the choice is kept on the form.
                // A department's own form is evaluated on the 部门整体绩效自评表 (ADR-065).
                var chosen = DepartmentRollUps.IsDepartmentForm(project.TemplateId)
                    ? await templates.ForAsync(Domain.Templates.TemplateKind.DepartmentSelfEvaluation, project.Year, ct)
                        ?? Domain.Templates.TemplateRegistry.Current.FindData(Domain.Templates.GenericTemplates.DepartmentSelfEvaluationId)
                    : await templates.ForAsync(Domain.Templates.TemplateKind.ProjectSelfEvaluation, project.Year, ct);
                // 年初预算数 is the budget as first approved; an approved adjustment supersedes that version but not the start of the year.
                var first = await db.DeclarationVersions.Where(v => v.ProjectId == projectId && v.ApprovedAt != null)
                    .OrderBy(v => v.Number).FirstOrDefaultAsync(ct);
                started = Start(project, version, chosen?.Profile, first is null || first.Id == version.Id ? null : first);
                // Two starts at once: the unique index on the project keeps the first.
                return Creation<ChangeResult>.Of(new FormTarget(EntityType, started.Id.ToString(), "该自评表", started,
                    CreateRace: AlreadyStarted.Error), ChangeResult.Done);
            },
            ct, missing: new ChangeResult(false, "未找到该项目。", NotFound: true));
        return (result.Ok ? started?.Id : null, result);
    }

    private async Task<ChangeResult?> StartRefusalAsync(ProjectEntity project, CancellationToken ct) =>
        FillerRefusal(project, "只有项目单位可以发起绩效自评。") is { } who ? who
        : await db.SelfEvaluations.AnyAsync(e => e.ProjectId == project.Id, ct) ? AlreadyStarted
        : null;

    /// <summary>
    /// Who fills in a 自评表: a unit's 填报人 its project's (the scope keeps it to its own unit); the 主管部门审核人 of a
    /// department its department's own 部门整体自评 (ADR-065), which no unit reaches. Null: the user may.
    /// </summary>
    private ChangeResult? FillerRefusal(ProjectEntity project, string unitOnly) =>
        DepartmentRollUps.IsDepartmentForm(project.TemplateId)
            ? me.Role == Role.SupervisorReviewer && project.UnitId == me.OrgId ? null : ChangeResult.Refused("部门整体自评由本部门的主管部门审核人填写。")
            : me.Role == Role.UnitPreparer ? null : ChangeResult.Refused(unitOnly);

    /// <summary>True when the form is on the user's own organisation (its unit's, or a department's own 部门整体 form).</summary>
    public bool OwnsForm(ProjectEntity project) => projectService.OwnsForm(project);

    private SelfEvaluationEntity Start(ProjectEntity project, DeclarationVersion version, RuleProfile? chosen, DeclarationVersion? firstApproved)
    {
        var declared = ProjectService.ToDomain(version);
        var profile = chosen ?? RuleProfiles.For(declared);
        var content = EvaluationContent.Start(declared, profile, firstApproved is null ? null : ProjectService.ToDomain(firstApproved));
        var entity = new SelfEvaluationEntity
        {
            Id = Guid.NewGuid(),
            ProjectId = project.Id,
            DeclarationVersionId = version.Id,
            ProfileId = profile.Id,
            Content = EvaluationContentJson.Write(content),
            UpdatedAt = clock.GetUtcNow(),
        };
        db.SelfEvaluations.Add(entity);
        audit.Record("Create", EntityType, entity.Id.ToString(), version.Number, [new FieldChange("Project", null, project.Name)]);
        return entity;
    }

    private static ChangeResult AlreadyStarted { get; } = new(false, "该项目已有绩效自评（可能刚被他人同时发起），请刷新后打开该自评表。", Conflict: true);

    /// <summary>Scores an unsaved form with the evaluation's profile (live entry); nothing is stored.</summary>
    public static ProjectScore ScoreForm(LoadedSelfEvaluation loaded, SelfEvaluationForm form)
    {
        if (loaded.Mode == ScoringMode.Historical || !FormStateNames.IsEditableByUnit(loaded.Entity.State)) return loaded.Score();
        var content = loaded.Entered(form);
        return Scorer.Score(Evaluated(loaded.Declared, content), loaded.Profile, ScoringMode.Live);
    }

    public Task<ChangeResult> SaveAsync(Guid id, SelfEvaluationForm form, CancellationToken ct) =>
        RunEditAsync(id, form, (loaded, before, _) =>
        {
            audit.Record("Update", EntityType, id.ToString(), loaded.Version.Number, Diff(loaded, before));
            return null;
        }, ct);

    /// <summary>Saves and submits: refused while the live score has blocking findings (e.g. SE-06 without 偏差原因).</summary>
    public Task<ChangeResult> SubmitAsync(Guid id, SelfEvaluationForm form, CancellationToken ct) =>
        RunEditAsync(id, form, (loaded, before, score) => Submit(loaded, before, score, form), ct);

    /// <summary>Save and submit share the unit's checks and the store; <paramref name="then"/> audits (and moves).</summary>
    private Task<ChangeResult> RunEditAsync(Guid id, SelfEvaluationForm form,
        Func<LoadedSelfEvaluation, string, ProjectScore, ChangeResult?> then, CancellationToken ct) =>
        commands.RunAsync(
            () => LoadAsync(id, ct),
            loaded => Target(loaded.Entity, form.ConcurrencyStamp),
            loaded => Task.FromResult(EditRefusal(loaded)),
            loaded =>
            {
                if ((OutOfRange(loaded, form) ?? OverLimit(loaded, form)) is { } refused) return Task.FromResult<ChangeResult?>(refused);
                var before = loaded.Entity.Content;
                var from = loaded.Entity.State;
                var score = Store(loaded, form);
                return NotifyAsync(then(loaded, before, score), loaded, from, WorkflowAction.Submit, ct);
            },
            _ => ChangeResult.Done, ct);

    // Without the stamp it was read with, a save could silently overwrite someone else's: refused.
    private static FormTarget Target(SelfEvaluationEntity entity, Guid? readStamp, bool stampRequired = true) =>
        new(EntityType, entity.Id.ToString(), "该自评表", entity, readStamp,
            MissingStamp: stampRequired ? "缺少读取时的版本标记（concurrencyStamp）：请先打开自评表，再保存。" : null);

    private ChangeResult? Submit(LoadedSelfEvaluation loaded, string before, ProjectScore score, SelfEvaluationForm form)
    {
        var id = loaded.Entity.Id;
        var all = score.AllFindings.ToList();
        var blocking = all.Where(f => f.Blocks).ToList();
        if (score.BlocksSubmit)
            return ChangeResult.Refused($"存在 {blocking.Count} 个错误级问题，不能提交：" + string.Join("；", blocking.Select(Describe)), blocking);
        var warnings = all.Count(f => f.Severity == Severity.Warning);
        var from = loaded.Entity.State;
        var move = loaded.Entity.Move(new TransitionRequest(loaded.Entity.State, WorkflowAction.Submit, me.Role ?? Role.UnitPreparer,
            ErrorFindings: blocking.Count, UnacknowledgedWarnings: form.AcknowledgeWarnings ? 0 : warnings, ActorOwnsForm: OwnsForm(loaded.Project)));
        if (!move.Allowed) return ChangeResult.Refused(move.Error!);

        loaded.Entity.ScoreSnapshot = ScoreSnapshotJson.Write(ScoreSnapshot.Of(score));
        audit.Record("Submit", EntityType, id.ToString(), loaded.Version.Number,
            [new FieldChange("State", from.ToString(), loaded.Entity.State.ToString()), .. Diff(loaded, before)]);
        return null;
    }

    /// <summary>Withdraw (unit), open / return / confirm (reviewers), reopen (admin), as the transition table allows.</summary>
    public Task<ChangeResult> TransitionAsync(Guid id, WorkflowAction action, string? comment, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return commands.RunAsync(
            () => LoadAsync(id, ct),
            loaded => Target(loaded.Entity, readStamp: null, stampRequired: false),
            _ => Task.FromResult(
                action == WorkflowAction.Submit ? ChangeResult.Refused("请使用提交功能提交自评表。")
                : text is not null && Domain.Review.ReviewCommentRules.TextError(text) is { } commentError ? ChangeResult.Refused(commentError)
                : null),
            loaded =>
            {
                var from = loaded.Entity.State;
                return NotifyAsync(Transition(loaded, action, text), loaded, from, action, ct);
            },
            _ => ChangeResult.Done, ct);
    }

    // A move that went through tells whom it concerns, in the same save; a plain save (no move) tells no one.
    private async Task<ChangeResult?> NotifyAsync(ChangeResult? refused, LoadedSelfEvaluation loaded, FormState from, WorkflowAction action, CancellationToken ct)
    {
        if (refused is null && loaded.Entity.State != from)
            await notifier.FormMovedAsync(new Notifications.FormMove(IsDepartmentEvaluation(loaded.Entity.ProfileId) ? "部门整体自评" : "绩效自评", loaded.Project.Name, loaded.Project.UnitId, action,
                loaded.Entity.State, $"/SelfEvaluations/{loaded.Entity.Id}"), ct);
        return refused;
    }

    private ChangeResult? Transition(LoadedSelfEvaluation loaded, WorkflowAction action, string? text)
    {
        var id = loaded.Entity.Id;
        var entity = loaded.Entity;
        var from = entity.State;
        var move = entity.Move(new TransitionRequest(entity.State, action, me.Role ?? Role.UnitPreparer,
            OpenComments: text is null ? 0 : 1, OpenedByReviewer: entity.OpenedByReviewer, Reason: text, ActorOwnsForm: OwnsForm(loaded.Project)));
        if (!move.Allowed) return ChangeResult.Refused(move.Error!);

        if (action == WorkflowAction.Open) entity.OpenedByReviewer = true;
        if (move.To == FormState.Returned) entity.OpenedByReviewer = false;
        if (action == WorkflowAction.Confirm)
        {
            // Confirmation freezes the score as it stands (workflow.md §5).
            var score = loaded.Score();
            entity.TotalScore = score.ComputedTotal;
            entity.Grade = score.ComputedGrade;
        }
        entity.UpdatedAt = clock.GetUtcNow();
        if (action == WorkflowAction.Return && text is not null)
            ReviewComments.Add(db, me, entity.UpdatedAt, ReviewForm.SelfEvaluation, id, versionId: null, Domain.Review.ReviewCommentRules.FormAnchor, text);
        audit.Record(action.ToString(), EntityType, id.ToString(), loaded.Version.Number,
            [new FieldChange("State", from.ToString(), entity.State.ToString())], text);
        return null;
    }

    /// <summary>FinanceAdmin chooses the rule profile of an evaluation that is not locked (scoring.md §1).</summary>
    public async Task<ChangeResult> SetProfileAsync(Guid id, string profileId, CancellationToken ct)
    {
        if (me.Role != Role.FinanceAdmin) return ChangeResult.Refused("只有管理员可以设置评分规则。");
        var profile = RuleProfiles.All.FirstOrDefault(p => p.Id == profileId);
        if (profile is null) return ChangeResult.Refused($"未知的评分规则“{profileId}”。");
        return await commands.RunAsync(
            () => Scoped().SingleOrDefaultAsync(e => e.Id == id, ct),
            entity => Target(entity, readStamp: null, stampRequired: false),
            entity => Task.FromResult(FormStateNames.IsLocked(entity.State) || entity.State is FormState.Submitted or FormState.Verification
                ? ChangeResult.Refused($"状态为“{FormStateNames.Chinese(entity.State)}”的自评表不能更换评分规则。")
                : null),
            entity =>
            {
                if (entity.ProfileId == profile.Id) return Task.FromResult<ChangeResult?>(ChangeResult.Done); // nothing to change
                var old = entity.ProfileId;
                entity.ProfileId = profile.Id;
                audit.Record("Update", EntityType, id.ToString(), diff: [new FieldChange("ProfileId", old, profile.Id)]);
                return Task.FromResult<ChangeResult?>(null);
            },
            _ => ChangeResult.Done, ct);
    }

    /// <summary>
    /// The year's choice (scoring.md §1): sets the profile on every evaluation of that year that may still change
    /// (draft or returned). Stored per evaluation — no settings entity exists — so later starts keep the default.
    /// </summary>
    public async Task<(int Changed, ChangeResult Result)> SetProfileForYearAsync(int year, string profileId, CancellationToken ct)
    {
        if (me.Role != Role.FinanceAdmin) return (0, ChangeResult.Refused("只有管理员可以设置评分规则。"));
        var ids = await Scoped().Where(e => e.Project!.Year == year && (e.State == FormState.Draft || e.State == FormState.Returned))
            .Select(e => e.Id).ToListAsync(ct);
        var changed = 0;
        foreach (var id in ids)
        {
            var before = await db.SelfEvaluations.Where(e => e.Id == id).Select(e => e.ProfileId).SingleAsync(ct);
            var result = await SetProfileAsync(id, profileId, ct);
            if (!result.Ok) return (changed, result);
            if (before != profileId) changed++;
        }
        return (changed, ChangeResult.Done);
    }

    /// <summary>The unit replies to a review comment; a reviewer resolves it (<see cref="ReviewCommentAnswers"/>).</summary>
    public Task<ChangeResult> ReplyAsync(Guid id, Guid commentId, string? text, CancellationToken ct, CommentAnswer? answer = null) =>
        answers.AnswerAsync(ReviewForm.SelfEvaluation, () => Scoped().SingleOrDefaultAsync(e => e.Id == id, ct), e => e.Id, commentId, answer, text,
            _ => ChangeResult.Done, ct);

    /// <summary>The comment of the latest return, shown to the unit.</summary>
    public Task<string?> LastReturnCommentAsync(Guid id, CancellationToken ct) =>
        ReviewComments.LatestOnFormAsync(db, ReviewForm.SelfEvaluation, id, ct);

    public static string Describe(Finding f) =>
        $"{f.RuleId} {(f.Indicator is { } i ? $"“{i}”" : "")}{(f.Field is { } field ? $"（{field}）" : "")}{f.Message}";

    /// <summary>Why the user may not fill in the 自评表 (null: may). The detail page asks the same.</summary>
    public ChangeResult? EditRefusal(LoadedSelfEvaluation loaded)
    {
        if (FillerRefusal(loaded.Project, "只有项目单位可以填写自评表。") is { } who) return who;
        if (!FormStateNames.IsEditableByUnit(loaded.Entity.State))
            return ChangeResult.Refused($"状态为“{FormStateNames.Chinese(loaded.Entity.State)}”的自评表不能修改。");
        return null;
    }

    // Only what the 自评表 itself holds is checked: the declaration's figures belong to the approved version.
    private static ChangeResult? OutOfRange(LoadedSelfEvaluation loaded, SelfEvaluationForm form) =>
        Domain.Bounds.ProjectValues.CheckEvaluation(Evaluated(loaded.Declared, loaded.Entered(form))) is { Count: > 0 } v
            ? ChangeResult.OutOfRange(v)
            : null;

    private static ChangeResult? OverLimit(LoadedSelfEvaluation loaded, SelfEvaluationForm form) =>
        Domain.Projects.ProjectTextLimits.CheckEvaluation(Evaluated(loaded.Declared, loaded.Entered(form))) is { Count: > 0 } v
            ? ChangeResult.OverLimit(v)
            : null;

    private static IReadOnlyList<FieldChange> Diff(LoadedSelfEvaluation loaded, string before) =>
        ContentDiff.Compare(before, loaded.Entity.Content, loaded.Declared.Indicators
            .Where(i => i.Key is not null).GroupBy(i => i.Key!.Value).ToDictionary(g => g.Key, g => g.First().Name));

    private ProjectScore Store(LoadedSelfEvaluation loaded, SelfEvaluationForm form)
    {
        var content = loaded.Entered(form);
        var score = Scorer.Score(Evaluated(loaded.Declared, content), loaded.Profile, ScoringMode.Live);
        var entity = loaded.Entity;
        entity.Content = EvaluationContentJson.Write(content);
        entity.TotalScore = score.ComputedTotal;
        entity.Grade = score.ComputedGrade;
        entity.UpdatedAt = clock.GetUtcNow();
        return score;
    }
}
