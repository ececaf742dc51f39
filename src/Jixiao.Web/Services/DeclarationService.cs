using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>The outcome of a write: done, or refused with the Chinese reason (and the findings that block it).</summary>
public sealed record WriteResult(bool Ok, string? Error, IReadOnlyList<Finding>? Blocking = null, bool Conflict = false, bool NotFound = false,
    Domain.Refusals.ValueRefusal? Refusal = null)
    : IFormOutcome<WriteResult>
{
    /// <summary>Texts longer than their field allows: nothing written, HTTP 400 naming each field.</summary>
    public static WriteResult TooLongText(IReadOnlyList<Domain.Text.TextLimitViolation> violations) => Refused(Domain.Refusals.ValueRefusal.TooLong(violations));
    /// <summary>Figures outside their ranges: nothing written, HTTP 400 naming each field.</summary>
    public static WriteResult OutOfRange(IReadOnlyList<Domain.Bounds.ValueViolation> violations) => Refused(Domain.Refusals.ValueRefusal.OutOfRange(violations));
    private static WriteResult Refused(Domain.Refusals.ValueRefusal refusal) => new(false, refusal.Summary(), Refusal: refusal);
    public static WriteResult Done { get; } = new(true, null);
    public static WriteResult Refused(string error, IReadOnlyList<Finding>? blocking = null) => new(false, error, blocking);
    public static WriteResult Missing { get; } = new(false, "项目不存在或无权访问。", NotFound: true);
    public static WriteResult Stale(string explanation) => new(false, explanation, Conflict: true);
    static WriteResult IFormOutcome<WriteResult>.Refused(string reason) => Refused(reason);
}

/// <summary>
/// Editing and the review chain of declarations (workflow.md §2–§3): save drafts with optimistic concurrency, move
/// versions through <see cref="FormWorkflow.Declaration"/>, comments per row, adjustments as new versions.
/// </summary>
public sealed class DeclarationService(JixiaoDbContext db, CurrentUser me, ProjectService projects, AuditLog audit, TimeProvider clock,
    IndicatorLibrary library, FormCommands commands, ReviewCommentAnswers answers, TemplateAssignments templates,
    Notifications.Notifier notifier, FormAttachmentService attachments, ExAnteAssessments exAnte)
{
    private const string EntityType = "Project";

    private static FormTarget Target(LoadedProject p, Guid? readStamp = null) =>
        new(EntityType, p.Entity.Id.ToString(), "该项目", p.Version, readStamp);

    public async Task<WriteResult> SaveDraftAsync(Guid projectId, Project content, Guid expectedStamp, CancellationToken ct)
    {
        DeclarationContent? saved = null;
        var result = await commands.RunAsync(
            () => projects.LoadAsync(projectId, ct),
            p => Target(p, expectedStamp),
            p => Task.FromResult(EditRefusal(p)),
            p => Task.FromResult(ApplyDraft(p, content, out saved)),
            _ => WriteResult.Done, ct);
        // New or renamed indicators are searchable in the 指标库 at once.
        if (result.Ok && saved is not null) await library.SyncAsync(saved.Indicators, saved.Year ?? 0, ct);
        return result;
    }

    /// <summary>Why the user may not edit the draft (null: may). The editor page asks the same.</summary>
    public WriteResult? EditRefusal(LoadedProject loaded)
    {
        if (!projects.OwnsForm(loaded))
            return WriteResult.Refused(ProjectService.IsDepartmentForm(loaded)
                ? "只有本部门的主管部门审核人可以修改部门整体支出绩效目标表。"
                : "只有本单位填报人可以修改申报内容。");
        if (!FormStateNames.IsEditableByUnit(loaded.Version.State))
            return WriteResult.Refused($"当前状态为“{FormStateNames.Chinese(loaded.Version.State)}”，不能修改。");
        return null;
    }

    private WriteResult? ApplyDraft(LoadedProject loaded, Project content, out DeclarationContent? saved)
    {
        saved = null;
        var projectId = loaded.Entity.Id;
        var version = loaded.Version;
        if (content is null) return WriteResult.Refused("请求中缺少申报内容。");

        var before = loaded.Model;
        // Targets stay as parsed from the request; a row without a key gets one, rows are numbered in order.
        var after = content with
        {
            Form = before.Form,
            TemplateId = before.TemplateId,
            Year = before.Year,
            Indicators = content.Indicators.Select((i, n) => i with { Key = i.Key is { } k && k != Guid.Empty ? k : Guid.NewGuid(), Ordinal = n + 1 }).ToList(),
        };
        if (Domain.Bounds.ProjectValues.Check(after) is { Count: > 0 } outOfRange) return WriteResult.OutOfRange(outOfRange);
        if (Domain.Projects.ProjectTextLimits.Check(after) is { Count: > 0 } tooLong) return WriteResult.TooLongText(tooLong);
        var stored = DeclarationContent.FromProject(after);
        version.Content = DeclarationContentJson.Write(stored);
        version.UpdatedAt = clock.GetUtcNow();
        version.UpdatedBy = me.UserName;
        loaded.Entity.Name = after.Name;
        loaded.Entity.FundsTotalYuan = UnitSummary.FundsOf(after);
        loaded.Entity.KeepListColumns(after);
        var diff = ProjectDiff.Compare(before, after).Select(c => new FieldChange(c.Where, c.Old, c.New)).ToList();
        audit.Record("Update", EntityType, projectId.ToString(), version.Number, diff);
        saved = stored with { Year = loaded.Entity.Year };
        return null;
    }

    public sealed record TransitionInput(WorkflowAction Action, string? Comment = null, string? Acknowledgement = null, string? Reason = null);

    public Task<WriteResult> TransitionAsync(Guid projectId, TransitionInput input, CancellationToken ct) =>
        commands.RunAsync(
            async () => await projects.LoadAsync(projectId, ct) is { } p && me.Role is { } role
                && (role != Role.UnitPreparer || projects.OwnsForm(p)) ? p : null,
            p => Target(p),
            p => Task.FromResult(NoteRefusal(input)),
            p => ApplyTransitionAsync(p, me.Role!.Value, input, ct),
            _ => WriteResult.Done, ct);

    // Every note of a move is kept in the audit trail and shown beside the form: capped like a review comment.
    private static WriteResult? NoteRefusal(TransitionInput input) =>
        (ReviewCommentRules.OptionalTextError(input.Comment) ?? ReviewCommentRules.OptionalTextError(input.Acknowledgement, "警告确认说明")
            ?? ReviewCommentRules.OptionalTextError(input.Reason, "理由")) is { } commentError
            ? WriteResult.Refused(commentError)
            : null;

    private async Task<WriteResult?> ApplyTransitionAsync(LoadedProject loaded, Role role, TransitionInput input, CancellationToken ct)
    {
        var projectId = loaded.Entity.Id;
        var version = loaded.Version;
        var findings = loaded.Findings; // live rules already run by LoadAsync (imported versions cannot move)
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var openComments = await db.ReviewComments.CountAsync(c => c.VersionId == version.Id && c.Status == CommentStatus.Open, ct);
        if (input.Action == WorkflowAction.Return && !string.IsNullOrWhiteSpace(input.Comment)) openComments++;
        var request = new TransitionRequest(version.State, input.Action, role,
            ErrorFindings: findings.Count(f => f.Blocks),
            UnacknowledgedWarnings: warnings > 0 && string.IsNullOrWhiteSpace(input.Acknowledgement) ? warnings : 0,
            OpenComments: openComments,
            OpenedByReviewer: version.OpenedByReviewer,
            Reason: input.Reason,
            SupervisorIsFinance: await projects.SupervisorIsFinanceAsync(loaded, ct),
            // A new project above the threshold needs its 事前绩效评估 (ADR-060): the same guard for page, API and batch.
            ExAnteRefusal: input.Action == WorkflowAction.Submit ? await exAnte.SubmitRefusalAsync(loaded, ct) : null,
            ActorOwnsForm: projects.OwnsForm(loaded));
        if (OpenFirst(version, role, input.Action, request) is { } notOpened) return notOpened;
        var from = version.State;
        var result = version.Move(request);
        if (!result.Allowed)
            return WriteResult.Refused(result.Error!, input.Action == WorkflowAction.Submit ? findings.Where(f => f.Blocks).ToList() : null);

        var now = clock.GetUtcNow();
        version.UpdatedAt = now;
        version.UpdatedBy = me.UserName;
        switch (input.Action)
        {
            case WorkflowAction.Submit:
                version.SubmittedAt = now;
                version.OpenedByReviewer = false;
                version.FindingsSnapshot = JsonSerializer.Serialize(findings, ContentJson.Options);
                break;
            case WorkflowAction.Open:
                version.OpenedByReviewer = true;
                break;
            case WorkflowAction.Approve:
                version.ApprovedAt = now;
                await SupersedePreviousApprovedAsync(version, ct);
                break;
        }
        if (input.Action == WorkflowAction.Return && !string.IsNullOrWhiteSpace(input.Comment))
            AddComment(version, ReviewCommentRules.FormAnchor, input.Comment!);
        audit.Record(input.Action.ToString(), EntityType, projectId.ToString(), version.Number,
            [new FieldChange("State", from.ToString(), version.State.ToString())],
            comment: input.Comment ?? input.Acknowledgement ?? input.Reason);
        // The notice names the move's own outcome (退回), before the returned version is kept aside as superseded.
        await notifier.FormMovedAsync(new Notifications.FormMove("申报项目", loaded.Entity.Name, loaded.Entity.UnitId, input.Action,
            version.State, $"/Projects/{projectId}"), ct);
        if (input.Action == WorkflowAction.Return) await KeepReturnedVersionAsync(version, now, ct);
        return null; // two reviewers acting at once: the first move wins, the second is told who moved it
    }

    /// <summary>
    /// A returned form keeps what the reviewer saw: version n stays as returned (read-only, superseded) and the unit edits
    /// n+1, a copy in Returned. The resubmission is then version n+1, so the reviewer compares "what changed since the
    /// return" (n against n+1) with one click. The comments stay on the project, shown on both.
    /// </summary>
    private async Task KeepReturnedVersionAsync(DeclarationVersion returned, DateTimeOffset now, CancellationToken ct)
    {
        var next = new DeclarationVersion(FormState.Returned)
        {
            Id = Guid.NewGuid(),
            ProjectId = returned.ProjectId,
            Number = returned.Number + 1,
            Origin = VersionOrigin.Resubmission,
            Reason = returned.Reason,
            Content = returned.Content,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = me.UserName,
        };
        db.DeclarationVersions.Add(next);
        await attachments.CarryOverAsync(returned.Id, next.Id, ct);
        returned.Supersede().EnsureAllowed(); // Returned → Superseded is the table's system move; content untouched
    }

    // No separate 开始审核 click: a reviewer's first act on a submitted form opens it first, through the transition table
    // and audited as its own move; a refusal of the act itself then saves neither (the command writes nothing).
    private WriteResult? OpenFirst(DeclarationVersion version, Role role, WorkflowAction action, TransitionRequest request)
    {
        if (!FormWorkflow.Declaration.NeedsOpening(version.State, action, role, request.ActorOwnsForm)) return null;
        var from = version.State;
        var opened = version.Move(request with { Action = WorkflowAction.Open });
        if (!opened.Allowed) return WriteResult.Refused(opened.Error!);
        version.OpenedByReviewer = true;
        audit.Record(nameof(WorkflowAction.Open), EntityType, version.ProjectId.ToString(), version.Number,
            [new FieldChange("State", from.ToString(), version.State.ToString())]);
        return null;
    }

    /// <summary>Starts an adjustment (调整): version n+1 as a Draft copy of the approved version n, with a reason.</summary>
    public Task<WriteResult> StartAdjustmentAsync(Guid projectId, string? reason, CancellationToken ct) =>
        commands.CreateAsync(
            () => projects.LoadAsync(projectId, ct),
            loaded => Task.FromResult(AdjustRefusal(loaded)
                ?? (string.IsNullOrWhiteSpace(reason) ? WriteResult.Refused("请填写调整原因。")
                : ReviewCommentRules.TextError(reason, "调整原因") is { } reasonError ? WriteResult.Refused(reasonError)
                : null)),
            async loaded => Creation<WriteResult>.Of(await AdjustAsync(loaded, reason!, ct), WriteResult.Done),
            ct);

    private async Task<FormTarget> AdjustAsync(LoadedProject loaded, string reason, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var next = new DeclarationVersion
        {
            Id = Guid.NewGuid(),
            ProjectId = loaded.Entity.Id,
            Number = loaded.Version.Number + 1,
            Origin = VersionOrigin.Adjustment,
            Reason = reason.Trim(),
            Content = loaded.Version.Content,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = me.UserName,
        };
        db.DeclarationVersions.Add(next);
        await attachments.CarryOverAsync(loaded.Version.Id, next.Id, ct);
        audit.Record("Adjust", EntityType, loaded.Entity.Id.ToString(), next.Number, comment: reason);
        // Two adjustments started at once: the unique (project, number) index keeps the first.
        return new FormTarget(EntityType, loaded.Entity.Id.ToString(), "该项目", next, CreateRace: AdjustmentInProgress(next).Error);
    }

    /// <summary>Why the user may not start an adjustment (null: may). The project page asks the same.</summary>
    public WriteResult? AdjustRefusal(LoadedProject loaded)
    {
        if (me.Role is not (Role.UnitPreparer or Role.FinanceAdmin)) return WriteResult.Refused("只有填报单位或管理员可以发起调整。");
        if (loaded.Version.Origin == VersionOrigin.Adjustment && loaded.Version.State != FormState.Approved)
            return AdjustmentInProgress(loaded.Version);
        if (loaded.Version.State != FormState.Approved) return WriteResult.Refused("只有已批复的版本可以调整。");
        return null;
    }

    private static WriteResult AdjustmentInProgress(DeclarationVersion version) => new(false,
        $"该项目已有进行中的调整（第 {version.Number} 版），不能重复发起。请刷新后在该版本上修改。", Conflict: true);

    /// <summary>
    /// "Copy last year's project": the current version's content as next year's draft. Indicator keys are kept, so
    /// the indicator library sees one identity across the years (workflow.md §3).
    /// </summary>
    public async Task<(WriteResult Result, Guid? NewId)> CopyToNextYearAsync(Guid projectId, CancellationToken ct)
    {
        var loaded = await projects.LoadAsync(projectId, ct);
        if (loaded is null) return (WriteResult.Missing, null);
        if (!projects.OwnsForm(loaded)) return (WriteResult.Refused("只有本单位填报人可以复制项目。"), null);
        var department = ProjectService.IsDepartmentForm(loaded);
        var year = loaded.Entity.Year + 1;
        if (await db.Projects.AnyAsync(p => p.UnitId == loaded.Entity.UnitId && p.Year == year && p.Name == loaded.Entity.Name, ct))
            return (new WriteResult(false, $"{year} 年度已有同名项目。", Conflict: true), null);
        static DateOnly? Shift(DateOnly? d) => d?.AddYears(1);
        // Next year's draft is on next year's template (the administrator's choice, ADR-032).
        // A 部门整体 form stays on its department-level template (ADR-064).
        var chosen = department ? null : await templates.ForAsync(Domain.Templates.TemplateKind.ProjectDeclaration, year, ct);
        var next = loaded.Model with
        {
            Year = year,
            TemplateId = department ? loaded.Entity.TemplateId : chosen?.Id ?? Domain.Templates.TemplateCatalog.ForDistrictYear(year).Id,
            Form = FormKind.DistrictDeclaration,
            PlannedStart = Shift(loaded.Model.PlannedStart),
            PlannedEnd = Shift(loaded.Model.PlannedEnd),
            Evaluation = null,
            // Last year's 事前绩效评估 stays with last year's project: a continuing project needs none (ADR-060).
            Fields = loaded.Model.Fields.Where(kv => ExAnteAssessmentForm.Definition.Field(kv.Key) is null).ToDictionary(),
        };
        var (entity, created) = await projects.CreateAsync(loaded.Entity.UnitId, next, VersionOrigin.CopiedFromPriorYear,
            $"{year} 年度已有同名项目（刚被他人同时复制）。", ct, copiedFrom: projectId);
        if (entity is null) return (created, null);
        await library.SyncAsync(DeclarationContent.FromProject(next).Indicators, year, ct);
        return (WriteResult.Done, entity.Id);
    }

    public Task<WriteResult> CommentAsync(Guid projectId, string anchor, string text, CancellationToken ct) =>
        commands.RunAsync(
            () => projects.LoadAsync(projectId, ct),
            p => Target(p) with { Row = null }, // a comment leaves the version (and its stamp) as it is
            p => Task.FromResult(CommentRefusal(p)
                ?? (ReviewCommentRules.TextError(text) is { } textError ? WriteResult.Refused(textError)
                : ReviewCommentRules.AnchorError(anchor, p.Model.Indicators.Where(i => i.Key is not null).Select(i => i.Key!.Value)) is { } anchorError
                    ? WriteResult.Refused(anchorError)
                : null)),
            async p =>
            {
                // A comment is a review act: on a submitted form it opens the form first (no separate 开始审核 click).
                if (FormWorkflow.Declaration.NeedsOpening(p.Version.State, WorkflowAction.Return, me.Role!.Value, projects.OwnsForm(p))
                    && OpenFirst(p.Version, me.Role!.Value, WorkflowAction.Return,
                        new TransitionRequest(p.Version.State, WorkflowAction.Open, me.Role!.Value, SupervisorIsFinance: await projects.SupervisorIsFinanceAsync(p, ct),
                            ActorOwnsForm: projects.OwnsForm(p))) is { } refused)
                    return refused;
                AddComment(p.Version, anchor, text, AnchorLabel(anchor, p.Model.Indicators));
                return null;
            },
            _ => WriteResult.Done, ct);

    /// <summary>The unit replies to a comment; a reviewer resolves it (the one rule for every form, <see cref="ReviewCommentAnswers"/>).</summary>
    public Task<WriteResult> ReplyAsync(Guid projectId, Guid commentId, string? text, CancellationToken ct, CommentAnswer? answer = null) =>
        answers.AnswerAsync(ReviewForm.Declaration, () => projects.LoadAsync(projectId, ct), p => p.Entity.Id, commentId, answer, text,
            _ => WriteResult.Done, ct, projects.OwnsForm);

    /// <summary>Why the user may not write a review comment now (null: may). The project page asks the same.</summary>
    public WriteResult? CommentRefusal(LoadedProject loaded)
    {
        if (me.Role is not (Role.SupervisorReviewer or Role.FinanceReviewer or Role.FinanceAdmin))
            return WriteResult.Refused("只有审核人可以填写审核意见。");
        if (projects.OwnsForm(loaded))
            return WriteResult.Refused("本部门填报的部门整体支出绩效目标表由财政局审核，不能自行填写审核意见。");
        if (loaded.Version.State is not (FormState.SupervisorReview or FormState.FinanceReview)
            && !(loaded.Version.State == FormState.Submitted && FormWorkflow.Declaration.ActionsFor(FormState.Submitted, me.Role.Value).Contains(WorkflowAction.Open)))
            return WriteResult.Refused("当前状态不能填写审核意见。");
        return null;
    }

    private void AddComment(DeclarationVersion version, string anchor, string text, string? label = null)
    {
        ReviewComments.Add(db, me, clock.GetUtcNow(), ReviewForm.Declaration, version.ProjectId, version.Id, anchor, text);
        // The history shows what the comment is about by name (`指标“…”`), never the anchor's key.
        audit.Record("Comment", "Project", version.ProjectId.ToString(), version.Number,
            comment: label is null ? text.Trim() : $"{label}：{text.Trim()}");
    }

    private static string? AnchorLabel(string anchor, IEnumerable<Indicator> indicators) =>
        indicators.FirstOrDefault(i => i.Key is { } key && ReviewCommentRules.IndicatorAnchor(key) == anchor) is { } row
            ? $"指标“{row.Name}”" : null;

    private async Task SupersedePreviousApprovedAsync(DeclarationVersion approved, CancellationToken ct)
    {
        var older = await db.DeclarationVersions
            .Where(v => v.ProjectId == approved.ProjectId && v.Id != approved.Id && v.State == FormState.Approved)
            .ToListAsync(ct);
        foreach (var v in older) v.Supersede().EnsureAllowed(); // content untouched: the guard allows the state move
    }
}
