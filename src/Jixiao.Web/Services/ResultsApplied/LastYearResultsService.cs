using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.ResultsApplied;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ResultsApplied;

/// <summary>Finance's recorded answer to a budget suggestion (read back from the audit trail, where it is kept).</summary>
public sealed record BudgetDecision(bool Accepted, decimal FinalYuan, string? Reason, string? By, DateTimeOffset At);

/// <summary>What the reviewer sees beside a declaration copied from last year: last year's results, the rule's suggestion, finance's decision.</summary>
public sealed record LastYearView(Guid LastYearProjectId, int LastYear, LastYearResults Results, BudgetSuggestion Suggestion, BudgetDecision? Decision);

/// <summary>
/// 结果应用 (issue 17 item 5, ADR-060): last year's 自评 result (and, through <see cref="IPriorYearResultsSource"/>, the
/// re-review, evaluation and rectification results) beside next year's declaration of the same project, the
/// administrator's rule (<see cref="BudgetSuggestionRule"/>, settings in `ResultsApplied`) and finance's accept/override,
/// recorded in the audit trail through the form pipeline.
/// </summary>
public sealed class LastYearResultsService(JixiaoDbContext db, CurrentUser me, ProjectService projects, FormCommands commands,
    AuditLog audit, IConfiguration config, IEnumerable<IPriorYearResultsSource> sources)
{
    public const string DecisionAction = "BudgetDecision";

    public BudgetSuggestionSettings Settings => config.GetSection("ResultsApplied").Get<BudgetSuggestionSettings>() ?? new();

    /// <summary>Last year's results of <paramref name="lastYearProjectId"/>: the confirmed (or imported historical) 自评, then each source's.</summary>
    public async Task<LastYearResults> ResultsAsync(Guid lastYearProjectId, CancellationToken ct)
    {
        var self = await db.SelfEvaluations.AsNoTracking()
            .Where(e => e.ProjectId == lastYearProjectId && e.TotalScore != null && (e.State == FormState.Confirmed || e.State == FormState.Imported))
            .OrderByDescending(e => e.UpdatedAt).Select(e => new { e.TotalScore, e.Grade }).FirstOrDefaultAsync(ct);
        var results = new LastYearResults(self?.TotalScore, self?.Grade ?? (self?.TotalScore is { } t ? Domain.Scoring.Grades.Of(t) : null));
        foreach (var source in sources) results = await source.AddAsync(lastYearProjectId, results, ct);
        return results;
    }

    /// <summary>Null when the project was not copied from last year's (a new project has no results to apply).</summary>
    public async Task<LastYearView?> ForAsync(LoadedProject p, CancellationToken ct)
    {
        if (p.Entity.CopiedFromId is not { } lastId) return null;
        var results = await ResultsAsync(lastId, ct);
        var suggestion = BudgetSuggestionRule.Suggest(results, p.Entity.FundsTotalYuan, Settings);
        return new LastYearView(lastId, p.Entity.Year - 1, results, suggestion, await DecisionAsync(p.Entity.Id, ct));
    }

    /// <summary>Why the user may not record a decision now (null: may): finance, on a declaration in 财政审核.</summary>
    public WriteResult? DecisionRefusal(LoadedProject p)
    {
        if (me.Role is not (Role.FinanceReviewer or Role.FinanceAdmin)) return WriteResult.Refused("只有财政局审核人可以确定预算建议。");
        if (p.Entity.CopiedFromId is null) return WriteResult.Refused("该项目不是上年延续项目，没有可应用的上年绩效结果。");
        if (p.Version.State != FormState.FinanceReview)
            return WriteResult.Refused($"当前状态为“{FormStateNames.Chinese(p.Version.State)}”，只有财政审核中的申报可以确定预算建议。");
        return null;
    }

    /// <summary>
    /// Finance accepts the rule's suggestion, or overrides it with its own amount and a reason; kept in the audit trail
    /// against the version finance read (<paramref name="expectedStamp"/>: a stale read is refused in Chinese).
    /// </summary>
    public Task<WriteResult> DecideAsync(Guid projectId, bool accept, decimal? overrideYuan, string? reason, Guid expectedStamp, CancellationToken ct) =>
        commands.RunAsync(
            () => projects.LoadAsync(projectId, ct),
            p => new FormTarget("Project", p.Entity.Id.ToString(), "该项目", p.Version, expectedStamp),
            p => Task.FromResult(DecisionRefusal(p)
                ?? (BudgetSuggestionRule.DecisionError(accept, overrideYuan, reason, p.Entity.FundsTotalYuan) is { } error ? WriteResult.Refused(error)
                : ReviewCommentRules.OptionalTextError(reason, "理由") is { } tooLong ? WriteResult.Refused(tooLong) : null)),
            async p =>
            {
                var view = (await ForAsync(p, ct))!;
                var s = view.Suggestion;
                var final = accept ? s.SuggestedYuan : overrideYuan!.Value;
                audit.Record(DecisionAction, "Project", p.Entity.Id.ToString(), p.Version.Number,
                [
                    new FieldChange("上年绩效等级", null, view.Results.Grade is { } g ? Domain.Scoring.Grades.DisplayName(g) : "—"),
                    new FieldChange("建议压减比例", null, $"{s.CutPercent:0.##}%"),
                    new FieldChange("建议预算金额", null, Domain.Money.MoneyText.Format(s.SuggestedYuan)),
                    new FieldChange("处理方式", null, accept ? "采纳建议" : "不采纳建议"),
                    new FieldChange("财政确定金额", null, Domain.Money.MoneyText.Format(final)),
                ], comment: accept ? reason?.Trim() : reason!.Trim());
                return null;
            },
            _ => WriteResult.Done, ct);

    /// <summary>Finance's latest decision on the project, from the audit trail (null: none yet).</summary>
    public async Task<BudgetDecision?> DecisionAsync(Guid projectId, CancellationToken ct)
    {
        var e = await db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == "Project" && a.EntityId == projectId.ToString() && a.Action == DecisionAction)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        if (e?.Diff is null) return null;
        var changes = System.Text.Json.JsonSerializer.Deserialize<List<FieldChange>>(e.Diff, Data.Content.ContentJson.Options) ?? [];
        string? Get(string f) => changes.FirstOrDefault(c => c.Field == f)?.New;
        return new BudgetDecision(Get("处理方式") == "采纳建议", Domain.Money.MoneyText.TryParse(Get("财政确定金额"), out var v) ? v : 0m, e.Comment, e.UserName, e.AtUtc);
    }
}
