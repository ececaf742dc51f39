using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// What a unit entered on a 运行监控表 (forms.md §7), as the rules read it: money to the end of the period in 元 and,
/// per indicator key of the approved version, the forecast text or tier, the likelihood and the deviation analysis.
/// </summary>
public sealed record MonitoringEntry(
    decimal? AnnualBudget,
    decimal? ExpenditureToDate,
    string? BudgetDeviationReason,
    string? BudgetCorrectiveAction,
    IReadOnlyList<MonitoringRowEntry> Rows)
{
    /// <summary>The row entered for an indicator key, or null when the unit has not touched it.</summary>
    public MonitoringRowEntry? Row(Guid key) => Rows.FirstOrDefault(r => r.Key == key);
}

/// <param name="Key">The indicator key in the approved version.</param>
/// <param name="ForecastText">全年预计完成值 as typed (quantitative rows), parsed by the one grammar.</param>
/// <param name="Tier">达成情况 (qualitative rows).</param>
public sealed record MonitoringRowEntry(
    Guid Key,
    string? ForecastText,
    Tier? Tier,
    Likelihood? Likelihood,
    string? DeviationReason,
    string? CorrectiveAction);
