using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One finding of a form with its fingerprint and what the reviewer and the unit said about it.</summary>
public sealed record FindingEntry(Finding Finding, string Fingerprint, FindingResponse? Dismissal, FindingResponse? Answer)
{
    public bool AsksForExplanation => FindingDismissals.AsksForExplanation(Finding);
}

/// <summary>A form's findings as the panel shows them: open ones first, dismissed ones apart, and what the user may do.</summary>
public sealed record FindingPanel(IReadOnlyList<FindingEntry> Open, IReadOnlyList<FindingEntry> Dismissed, bool CanDismiss, bool CanAnswer)
{
    /// <summary>The dismissal of the finding with <paramref name="fingerprint"/>, or null when it is open (or not stated).</summary>
    public FindingResponse? DismissalOf(string fingerprint) => Dismissed.FirstOrDefault(e => e.Fingerprint == fingerprint)?.Dismissal;
}

/// <summary>
/// A form whose findings can be dismissed and answered, as <see cref="FindingReviews"/> needs it: where the responses
/// are kept (<paramref name="Type"/>, <paramref name="Id"/>), the version they are made on, the audit entity, the
/// findings it states now, and whether the user reviews it (<paramref name="Reviewing"/>) or fills it in for its unit.
/// </summary>
public sealed record ReviewedForm(ReviewForm Type, Guid Id, string EntityType, string Label, Guid VersionId, int VersionNumber,
    FormState State, bool Reviewing, bool OwnUnit, IReadOnlyList<Finding> Findings);

/// <summary>
/// Reviewers dismiss a form's findings with a reason and may withdraw the dismissal, units answer them (说明), issue 18;
/// on the declaration (项目申报) and the 自评表 alike. All are kept under the finding's <see cref="FindingFingerprint"/>
/// and run through <see cref="FormCommands"/> with their audit events; who may do which is
/// <see cref="FindingDismissals"/>'. Findings themselves (and so submit checks, exports, scores) are never changed: a
/// dismissal only moves a finding to the panel's dismissed list.
/// </summary>
public sealed class FindingReviews(JixiaoDbContext db, CurrentUser me, ProjectService projects, DeclarationService declarations,
    SelfEvaluationService evaluations, AuditLog audit, TimeProvider clock, FormCommands commands)
{
    // ---- the two forms that have the panel ----

    /// <summary>The declaration as a reviewed form: reviewing where the user may write review comments on it.</summary>
    public ReviewedForm Of(LoadedProject p) =>
        new(ReviewForm.Declaration, p.Entity.Id, "Project", "该项目", p.Version.Id, p.Version.Number, p.Version.State,
            declarations.CommentRefusal(p) is null, p.Entity.UnitId == me.OrgId, p.Findings);

    /// <summary>
    /// The 自评表 as a reviewed form: its findings are the scorer's on the stored content; it is made on the declaration
    /// version it evaluates; reviewing where the user may open, return or confirm it.
    /// </summary>
    public ReviewedForm Of(LoadedSelfEvaluation e) =>
        new(ReviewForm.SelfEvaluation, e.Entity.Id, "SelfEvaluation", "该自评表", e.Version.Id, e.Version.Number, e.Entity.State,
            me.Role is { } role && FormWorkflow.SelfEvaluation.ActionsFor(e.Entity.State, role, e.Project.UnitId == me.OrgId)
                .Any(a => a is WorkflowAction.Open or WorkflowAction.Return or WorkflowAction.Confirm),
            e.Project.UnitId == me.OrgId, e.Score().AllFindings.ToList());

    private async Task<ReviewedForm?> DeclarationAsync(Guid id, CancellationToken ct) =>
        await projects.LoadAsync(id, ct) is { } p ? Of(p) : null;

    private async Task<ReviewedForm?> EvaluationAsync(Guid id, CancellationToken ct) =>
        await evaluations.LoadAsync(id, ct) is { } e ? Of(e) : null;

    public Task<FindingPanel> PanelAsync(LoadedProject p, CancellationToken ct) => PanelAsync(Of(p), ct);

    public Task<FindingPanel> PanelAsync(LoadedSelfEvaluation e, CancellationToken ct) => PanelAsync(Of(e), ct);

    public Task<WriteResult> DismissAsync(Guid projectId, string? fingerprint, string? reason, string? note, CancellationToken ct) =>
        DismissAsync(() => DeclarationAsync(projectId, ct), fingerprint, reason, note, ct);

    public Task<WriteResult> UndismissAsync(Guid projectId, string? fingerprint, CancellationToken ct) =>
        UndismissAsync(() => DeclarationAsync(projectId, ct), fingerprint, ct);

    public Task<WriteResult> AnswerAsync(Guid projectId, string? fingerprint, string? text, CancellationToken ct) =>
        AnswerAsync(() => DeclarationAsync(projectId, ct), fingerprint, text, ct);

    public Task<WriteResult> DismissEvaluationAsync(Guid id, string? fingerprint, string? reason, string? note, CancellationToken ct) =>
        DismissAsync(() => EvaluationAsync(id, ct), fingerprint, reason, note, ct);

    public Task<WriteResult> UndismissEvaluationAsync(Guid id, string? fingerprint, CancellationToken ct) =>
        UndismissAsync(() => EvaluationAsync(id, ct), fingerprint, ct);

    public Task<WriteResult> AnswerEvaluationAsync(Guid id, string? fingerprint, string? text, CancellationToken ct) =>
        AnswerAsync(() => EvaluationAsync(id, ct), fingerprint, text, ct);

    // ---- one implementation for every form ----

    public async Task<FindingPanel> PanelAsync(ReviewedForm form, CancellationToken ct)
    {
        var responses = await db.FindingResponses.AsNoTracking().Where(r => r.FormType == form.Type && r.FormId == form.Id).ToListAsync(ct);
        var entries = form.Findings.OrderByDescending(f => f.Severity).Select(f =>
        {
            var fp = FindingFingerprint.Of(f).Value;
            return new FindingEntry(f, fp,
                responses.FirstOrDefault(r => r.Fingerprint == fp && r.Kind == FindingResponseKind.Dismissal),
                responses.FirstOrDefault(r => r.Fingerprint == fp && r.Kind == FindingResponseKind.Answer));
        }).ToList();
        return new FindingPanel(entries.Where(e => e.Dismissal is null).ToList(), entries.Where(e => e.Dismissal is not null).ToList(),
            DismissRefusal(form) is null, AnswerRefusal(form) is null);
    }

    /// <summary>The standing dismissals of a form by fingerprint (the editor's live panel marks those findings).</summary>
    public async Task<IReadOnlyDictionary<string, FindingResponse>> DismissalsAsync(ReviewForm type, Guid id, CancellationToken ct) =>
        (await db.FindingResponses.AsNoTracking().Where(r => r.FormType == type && r.FormId == id && r.Kind == FindingResponseKind.Dismissal)
            .ToListAsync(ct)).ToDictionary(r => r.Fingerprint);

    private Task<WriteResult> DismissAsync(Func<Task<ReviewedForm?>> load, string? fingerprint, string? reason, string? note, CancellationToken ct) =>
        commands.RunAsync(
            load,
            Target, // the form itself is not changed
            async f => DismissRefusal(f) ?? FindingRefusal(f, fingerprint, out _)
                ?? (FindingDismissals.ReasonError(reason, note) is { } error ? WriteResult.Refused(error) : null)
                ?? (await FindAsync(f, fingerprint!, FindingResponseKind.Dismissal, ct) is not null ? WriteResult.Refused("该审核问题已被忽略。") : null),
            f =>
            {
                FindingRefusal(f, fingerprint, out var finding);
                var why = FindingDismissals.ParseReason(reason)!.Value;
                var row = Add(f, finding!, FindingResponseKind.Dismissal, note);
                row.Reason = why;
                audit.Record("Dismiss", f.EntityType, f.Id.ToString(), f.VersionNumber,
                    comment: $"{Describe(finding!).TrimEnd('。')}；原因：{FindingDismissals.Chinese(why)}" + (row.Text is null ? "" : $"（{row.Text}）"));
                return Task.FromResult<WriteResult?>(null);
            },
            _ => WriteResult.Done, ct);

    /// <summary>
    /// Withdraws a dismissal: the finding is open again. The same reviewers who may dismiss may withdraw; the finding
    /// must still be stated (a lapsed dismissal is no longer shown, so there is nothing to withdraw).
    /// </summary>
    private Task<WriteResult> UndismissAsync(Func<Task<ReviewedForm?>> load, string? fingerprint, CancellationToken ct) =>
        commands.RunAsync(
            load,
            Target,
            async f => DismissRefusal(f) ?? FindingRefusal(f, fingerprint, out _)
                ?? (await FindAsync(f, fingerprint!, FindingResponseKind.Dismissal, ct) is null ? WriteResult.Refused("该审核问题未被忽略，无需撤销。") : null),
            async f =>
            {
                FindingRefusal(f, fingerprint, out var finding);
                var row = (await FindAsync(f, fingerprint!, FindingResponseKind.Dismissal, ct))!;
                db.FindingResponses.Remove(row);
                audit.Record("Undismiss", f.EntityType, f.Id.ToString(), f.VersionNumber,
                    comment: $"{Describe(finding!).TrimEnd('。')}；撤销原因为“{FindingDismissals.Chinese(row.Reason!.Value)}”的忽略（{row.AuthorName}）");
                return null;
            },
            _ => WriteResult.Done, ct);

    private Task<WriteResult> AnswerAsync(Func<Task<ReviewedForm?>> load, string? fingerprint, string? text, CancellationToken ct) =>
        commands.RunAsync(
            load,
            Target,
            f => Task.FromResult(FindingRefusal(f, fingerprint, out var finding)
                ?? (FindingDismissals.AnswerError(me.Role, f.OwnUnit, f.State, finding!, text) is { } error
                    ? WriteResult.Refused(error) : null)),
            async f =>
            {
                FindingRefusal(f, fingerprint, out var finding);
                // One 说明 per fact: answering again replaces the text (the audit trail keeps each one).
                var row = await FindAsync(f, fingerprint!, FindingResponseKind.Answer, ct);
                if (row is null) row = Add(f, finding!, FindingResponseKind.Answer, text);
                else
                {
                    row.Text = Domain.Text.TextHygiene.Clean(text!.Trim());
                    row.CreatedAt = clock.GetUtcNow();
                    row.VersionId = f.VersionId;
                    row.VersionNumber = f.VersionNumber;
                }
                audit.Record("Explain", f.EntityType, f.Id.ToString(), f.VersionNumber, comment: $"{Describe(finding!).TrimEnd('。')}；说明：{row.Text}");
                return null;
            },
            _ => WriteResult.Done, ct);

    private static FormTarget Target(ReviewedForm f) => new(f.EntityType, f.Id.ToString(), f.Label, Row: null);

    private WriteResult? DismissRefusal(ReviewedForm f) =>
        FindingDismissals.DismissError(me.Role, f.State, f.Reviewing) is { } error ? WriteResult.Refused(error) : null;

    private WriteResult? AnswerRefusal(ReviewedForm f) =>
        me.Role != Role.UnitPreparer || !f.OwnUnit || FormStateNames.IsLocked(f.State)
            ? WriteResult.Refused("只有填报单位可以对本单位的审核问题作出说明。")
            : null;

    // The finding must be one the current version states now: a stale page's fingerprint is refused, not stored.
    private static WriteResult? FindingRefusal(ReviewedForm f, string? fingerprint, out Finding? finding)
    {
        finding = FindingFingerprint.Parse(fingerprint) is { } fp ? f.Findings.FirstOrDefault(x => FindingFingerprint.Of(x) == fp) : null;
        return finding is null ? WriteResult.Refused("该审核问题已不存在（表单可能已修改），请刷新页面后重试。") : null;
    }

    private Task<FindingResponse?> FindAsync(ReviewedForm f, string fingerprint, FindingResponseKind kind, CancellationToken ct) =>
        db.FindingResponses.SingleOrDefaultAsync(r => r.FormType == f.Type && r.FormId == f.Id && r.Fingerprint == fingerprint && r.Kind == kind, ct);

    private FindingResponse Add(ReviewedForm f, Finding finding, FindingResponseKind kind, string? text)
    {
        var row = new FindingResponse
        {
            Id = Guid.NewGuid(),
            FormType = f.Type,
            FormId = f.Id,
            VersionId = f.VersionId,
            VersionNumber = f.VersionNumber,
            Fingerprint = FindingFingerprint.Of(finding).Value,
            RuleId = finding.RuleId,
            Kind = kind,
            Text = string.IsNullOrWhiteSpace(text) ? null : Domain.Text.TextHygiene.Clean(text.Trim()),
            Message = Describe(finding) is var said && said.Length > 1000 ? said[..999] + "…" : said,
            AuthorName = me.DisplayName,
            AuthorRole = me.Role?.ToString(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.FindingResponses.Add(row);
        return row;
    }

    /// <summary>The finding as the history names it: `OP-03 指标“验收合格率”：比率类指标宜用“≥”。`.</summary>
    public static string Describe(Finding f) =>
        $"{f.RuleId} " + (f.Indicator is not null ? $"指标“{f.Indicator}”：" : f.Field is not null ? $"{f.Field}：" : "") + f.Message;
}
