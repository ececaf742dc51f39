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
public sealed record FindingPanel(IReadOnlyList<FindingEntry> Open, IReadOnlyList<FindingEntry> Dismissed, bool CanDismiss, bool CanAnswer);

/// <summary>
/// Reviewers dismiss a declaration's findings with a reason, units answer them (说明), issue 18. Both are kept under the
/// finding's <see cref="FindingFingerprint"/> and run through <see cref="FormCommands"/> with their audit events; who
/// may do which is <see cref="FindingDismissals"/>'. Findings themselves (and so submit checks, exports, scores) are
/// never changed: a dismissal only moves a finding to the panel's dismissed list.
/// </summary>
public sealed class FindingReviews(JixiaoDbContext db, CurrentUser me, ProjectService projects, DeclarationService declarations,
    AuditLog audit, TimeProvider clock, FormCommands commands)
{
    private const string EntityType = "Project";

    public async Task<FindingPanel> PanelAsync(LoadedProject p, CancellationToken ct)
    {
        var responses = await ResponsesAsync(p.Entity.Id, ct);
        var entries = p.Findings.OrderByDescending(f => f.Severity).Select(f =>
        {
            var fp = FindingFingerprint.Of(f).Value;
            return new FindingEntry(f, fp,
                responses.FirstOrDefault(r => r.Fingerprint == fp && r.Kind == FindingResponseKind.Dismissal),
                responses.FirstOrDefault(r => r.Fingerprint == fp && r.Kind == FindingResponseKind.Answer));
        }).ToList();
        return new FindingPanel(entries.Where(e => e.Dismissal is null).ToList(), entries.Where(e => e.Dismissal is not null).ToList(),
            DismissRefusal(p) is null, AnswerRefusal(p) is null);
    }

    public Task<WriteResult> DismissAsync(Guid projectId, string? fingerprint, string? reason, string? note, CancellationToken ct) =>
        commands.RunAsync(
            () => projects.LoadAsync(projectId, ct),
            p => new FormTarget(EntityType, p.Entity.Id.ToString(), "该项目", Row: null), // the form itself is not changed
            async p => DismissRefusal(p) ?? FindingRefusal(p, fingerprint, out _)
                ?? (FindingDismissals.ReasonError(reason, note) is { } error ? WriteResult.Refused(error) : null)
                ?? (await ExistsAsync(p, fingerprint!, FindingResponseKind.Dismissal, ct) ? WriteResult.Refused("该审核问题已被忽略。") : null),
            p =>
            {
                FindingRefusal(p, fingerprint, out var finding);
                var why = FindingDismissals.ParseReason(reason)!.Value;
                var row = Add(p, finding!, FindingResponseKind.Dismissal, note);
                row.Reason = why;
                audit.Record("Dismiss", EntityType, p.Entity.Id.ToString(), p.Version.Number,
                    comment: $"{Describe(finding!).TrimEnd('。')}；原因：{FindingDismissals.Chinese(why)}" + (row.Text is null ? "" : $"（{row.Text}）"));
                return Task.FromResult<WriteResult?>(null);
            },
            _ => WriteResult.Done, ct);

    public Task<WriteResult> AnswerAsync(Guid projectId, string? fingerprint, string? text, CancellationToken ct) =>
        commands.RunAsync(
            () => projects.LoadAsync(projectId, ct),
            p => new FormTarget(EntityType, p.Entity.Id.ToString(), "该项目", Row: null),
            p => Task.FromResult(FindingRefusal(p, fingerprint, out var finding)
                ?? (FindingDismissals.AnswerError(me.Role, p.Entity.UnitId == me.OrgId, p.Version.State, finding!, text) is { } error
                    ? WriteResult.Refused(error) : null)),
            async p =>
            {
                FindingRefusal(p, fingerprint, out var finding);
                // One 说明 per fact: answering again replaces the text (the audit trail keeps each one).
                var row = await db.FindingResponses.SingleOrDefaultAsync(r => r.FormType == ReviewForm.Declaration && r.FormId == p.Entity.Id
                    && r.Fingerprint == fingerprint && r.Kind == FindingResponseKind.Answer, ct);
                if (row is null) row = Add(p, finding!, FindingResponseKind.Answer, text);
                else
                {
                    row.Text = text!.Trim();
                    row.CreatedAt = clock.GetUtcNow();
                    row.VersionId = p.Version.Id;
                    row.VersionNumber = p.Version.Number;
                }
                audit.Record("Explain", EntityType, p.Entity.Id.ToString(), p.Version.Number, comment: $"{Describe(finding!).TrimEnd('。')}；说明：{row.Text}");
                return null;
            },
            _ => WriteResult.Done, ct);

    private WriteResult? DismissRefusal(LoadedProject p) =>
        FindingDismissals.DismissError(me.Role, p.Version.State, declarations.CommentRefusal(p) is null) is { } error ? WriteResult.Refused(error) : null;

    private WriteResult? AnswerRefusal(LoadedProject p) =>
        me.Role != Role.UnitPreparer || p.Entity.UnitId != me.OrgId || FormStateNames.IsLocked(p.Version.State)
            ? WriteResult.Refused("只有填报单位可以对本单位的审核问题作出说明。")
            : null;

    // The finding must be one the current version states now: a stale page's fingerprint is refused, not stored.
    private static WriteResult? FindingRefusal(LoadedProject p, string? fingerprint, out Finding? finding)
    {
        finding = FindingFingerprint.Parse(fingerprint) is { } fp ? p.Findings.FirstOrDefault(f => FindingFingerprint.Of(f) == fp) : null;
        return finding is null ? WriteResult.Refused("该审核问题已不存在（表单可能已修改），请刷新页面后重试。") : null;
    }

    private Task<bool> ExistsAsync(LoadedProject p, string fingerprint, FindingResponseKind kind, CancellationToken ct) =>
        db.FindingResponses.AnyAsync(r => r.FormType == ReviewForm.Declaration && r.FormId == p.Entity.Id && r.Fingerprint == fingerprint && r.Kind == kind, ct);

    private async Task<List<FindingResponse>> ResponsesAsync(Guid projectId, CancellationToken ct) =>
        await db.FindingResponses.AsNoTracking().Where(r => r.FormType == ReviewForm.Declaration && r.FormId == projectId).ToListAsync(ct);

    private FindingResponse Add(LoadedProject p, Finding finding, FindingResponseKind kind, string? text)
    {
        var row = new FindingResponse
        {
            Id = Guid.NewGuid(),
            FormType = ReviewForm.Declaration,
            FormId = p.Entity.Id,
            VersionId = p.Version.Id,
            VersionNumber = p.Version.Number,
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
