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

/// <summary>
/// What the reviewer sees beside a declaration copied from last year: last year's results (with where to read each), the
/// rule's suggestion and finance's decision. <paramref name="OpensEvaluation"/>: the user may open the evaluation (finance).
/// </summary>
public sealed record LastYearView(Guid LastYearProjectId, int LastYear, PriorYearResults Prior, BudgetSuggestion Suggestion, BudgetDecision? Decision,
    bool OpensEvaluation = false)
{
    public LastYearResults Results => Prior.Results;
}

/// <summary>
/// 结果应用 (issue 17 item 5, ADR-060): last year's 自评 result and, through the <see cref="IPriorYearResultsSource"/>s, the
/// 复核, 重点评价 and 整改 results beside next year's declaration of the same project, the administrator's rule
/// (<see cref="BudgetSuggestionRule"/>, settings in `ResultsApplied`) and finance's accept/override, recorded in the audit
/// trail through the form pipeline.
/// </summary>
public sealed class LastYearResultsService(JixiaoDbContext db, CurrentUser me, ProjectService projects, FormCommands commands,
    AuditLog audit, IConfiguration config, IEnumerable<IPriorYearResultsSource> sources)
{
    public const string DecisionAction = "BudgetDecision";

    public BudgetSuggestionSettings Settings => config.GetSection("ResultsApplied").Get<BudgetSuggestionSettings>() ?? new();

    /// <summary>
    /// Last year's results of each of <paramref name="lastYearProjectIds"/>: the latest confirmed (or imported historical)
    /// 自评 with a total, then each source's; one query for the 自评 and one per source, however many projects.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, PriorYearResults>> ResultsAsync(IReadOnlyCollection<Guid> lastYearProjectIds, CancellationToken ct)
    {
        if (lastYearProjectIds.Count == 0) return new Dictionary<Guid, PriorYearResults>();
        var ids = lastYearProjectIds.Distinct().ToList();
        var selfRows = await db.SelfEvaluations.AsNoTracking()
            .Where(e => ids.Contains(e.ProjectId) && e.TotalScore != null && (e.State == FormState.Confirmed || e.State == FormState.Imported))
            .Select(e => new { e.ProjectId, e.TotalScore, e.Grade, e.UpdatedAt }).ToListAsync(ct);
        // The order LastYearQuery.GradeRank reads in SQL: the latest; an uploaded history has a total and no grade stored.
        var self = selfRows.GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.UpdatedAt).First());
        IReadOnlyDictionary<Guid, PriorYearResults> results = ids.ToDictionary(id => id, id => self.TryGetValue(id, out var e)
            ? new PriorYearResults(new LastYearResults(e.TotalScore, e.Grade ?? Domain.Scoring.Grades.Of(e.TotalScore!.Value)))
            : PriorYearResults.None);
        foreach (var source in sources) results = await source.AddAsync(results, ct);
        return results;
    }

    /// <summary>Last year's results of the listed projects copied from last year's, by the listed project's id (the others have none).</summary>
    public async Task<IReadOnlyDictionary<Guid, LastYearResults>> ForListAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken ct)
    {
        var ids = projectIds.ToList();
        var copied = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.Id) && p.CopiedFromId != null)
            .Select(p => new { p.Id, LastId = p.CopiedFromId!.Value }).ToListAsync(ct);
        var results = await ResultsAsync(copied.Select(c => c.LastId).ToList(), ct);
        return copied.ToDictionary(c => c.Id, c => results[c.LastId].Results);
    }

    /// <summary>Null when the project was not copied from last year's (a new project has no results to apply).</summary>
    public async Task<LastYearView?> ForAsync(LoadedProject p, CancellationToken ct)
    {
        if (p.Entity.CopiedFromId is not { } lastId) return null;
        var prior = (await ResultsAsync([lastId], ct))[lastId];
        var suggestion = BudgetSuggestionRule.Suggest(prior.Results, p.Entity.FundsTotalYuan, Settings);
        return new LastYearView(lastId, p.Entity.Year - 1, prior, suggestion, await DecisionAsync(p.Entity.Id, ct), me.IsFinance);
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
                    new FieldChange("上年绩效等级", null, view.Results.Grade is { } g ? $"{Domain.Scoring.Grades.DisplayName(g)}（{view.Results.Basis!.Value.DisplayName()}）" : "—"),
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
