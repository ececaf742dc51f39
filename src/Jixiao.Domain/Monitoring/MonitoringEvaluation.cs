using Jixiao.Domain.Bounds;
using Jixiao.Domain.Numbers;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Monitoring;

/// <summary>The light of one indicator row and whether its deviation analysis is required and missing.</summary>
public sealed record MonitoringRowResult(
    Guid Key, int Ordinal, string Level1, string Level2, string Name, string Target, bool Qualitative, LightResult Light,
    bool ReasonRequired, bool ReasonMissing);

/// <summary>
/// The lights of one 运行监控表 (workflow.md §4): the budget light with its 执行率, one light per indicator of the approved
/// version, the project light (the worst), and what still blocks submission (<see cref="MonitoringSubmitRule"/>).
/// </summary>
public sealed record MonitoringEvaluation(
    LightResult Budget, bool BudgetReasonMissing, decimal? ExecutionRatePercent, IReadOnlyList<MonitoringRowResult> Rows, Light ProjectLight,
    IReadOnlyList<string> Problems)
{
    /// <summary>
    /// Evaluates <paramref name="content"/> against the approved <paramref name="declared"/> version for the period 1–M月.
    /// Rows are the declared indicators in order; an indicator the content has no row for counts as untouched.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodEndMonth"/> outside 1…12.</exception>
    public static MonitoringEvaluation Of(Project declared, MonitoringContent content, int periodEndMonth)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(content);
        var (annualBudget, spent) = (content.AnnualBudget, content.ExpenditureToDate);
        var budget = MonitoringLights.Budget(annualBudget ?? 0m, spent ?? 0m, periodEndMonth);
        var budgetMissing = MonitoringSubmitRule.ReasonMissing(budget.Light, content.BudgetDeviationReason, content.BudgetCorrectiveAction);

        var profile = RuleProfiles.ShDistrict;
        List<MonitoringRowResult> rows = [];
        foreach (var indicator in declared.Indicators)
        {
            var key = indicator.Key ?? Guid.Empty;
            var row = content.Row(key) ?? new MonitoringRowContent { Key = key };
            var qualitative = indicator.Target.Kind is TargetKind.Qualitative or TargetKind.Conditional;
            var forecast = qualitative || string.IsNullOrWhiteSpace(row.ForecastText) ? null : TargetParser.ParseActual(row.ForecastText);
            var light = MonitoringLights.Indicator(declared, new MonitoredIndicator(indicator, forecast, row.Tier, row.Likelihood), profile);
            rows.Add(new MonitoringRowResult(key, indicator.Ordinal, indicator.Level1, indicator.Level2, indicator.Name,
                indicator.Target.OriginalText, qualitative, light, MonitoringSubmitRule.ReasonRequired(light.Light),
                MonitoringSubmitRule.ReasonMissing(light.Light, row.DeviationReason, row.CorrectiveAction)));
        }
        var worst = MonitoringLights.Worst(rows.Select(r => r.Light.Light).Append(budget.Light));
        var rate = ExecutionRate(annualBudget, spent);
        var problems = MonitoringSubmitRule.Problems(content, periodEndMonth, budget, budgetMissing, rows);
        return new MonitoringEvaluation(budget, budgetMissing, rate, rows, worst, problems);
    }

    /// <summary>
    /// 执行率 = 1–M月执行数 ÷ 全年预算数 in percent, 2 dp half away from zero; null when the budget is missing or 0, the
    /// expenditure missing, or the ratio beyond decimal's range (stored figures may predate the range checks).
    /// </summary>
    public static decimal? ExecutionRate(decimal? annualBudget, decimal? expenditureToDate) =>
        annualBudget is > 0m && expenditureToDate is { } spent
            && SafeMath.Ratio(spent, annualBudget.Value) is { } fraction && SafeMath.Product(fraction, 100m) is { } percent
            ? Rounding.Percent(percent)
            : null;
}
