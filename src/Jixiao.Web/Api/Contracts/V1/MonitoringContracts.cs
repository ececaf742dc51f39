using System.Text.Json.Serialization;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Web.Services;

namespace Jixiao.Web.Api.Contracts.V1;

// 运行监控 as /api/v1 exchanges it: what the unit enters for one period, mapped to and from the stored report
// (MonitoringContent) here, so the stored form can change without the browser noticing.

/// <summary>What a unit enters on the 运行监控表 for one period: money in 元 and, per indicator key, progress and deviation.</summary>
public sealed record MonitoringEntry
{
    public decimal? AnnualBudget { get; init; }
    public decimal? ExpenditureToDate { get; init; }
    public decimal? ForecastAnnualExpenditure { get; init; }
    public string? BudgetDeviationReason { get; init; }
    public string? BudgetCorrectiveAction { get; init; }
    public List<MonitoringEntryRow> Rows { get; init; } = [];
    /// <summary>The stamp the report was read with; a stale one is refused on save.</summary>
    public Guid? ConcurrencyStamp { get; init; }

    public static MonitoringEntry From(MonitoringContent c) => new()
    {
        AnnualBudget = c.AnnualBudget,
        ExpenditureToDate = c.ExpenditureToDate,
        ForecastAnnualExpenditure = c.ForecastAnnualExpenditure,
        BudgetDeviationReason = c.BudgetDeviationReason,
        BudgetCorrectiveAction = c.BudgetCorrectiveAction,
        Rows = c.Rows.Select(r => new MonitoringEntryRow
        {
            Key = r.Key,
            ProgressText = r.ProgressText,
            ForecastText = r.ForecastText,
            Tier = r.Tier,
            Likelihood = r.Likelihood,
            DeviationCauses = [.. r.DeviationCauses],
            DeviationReason = r.DeviationReason,
            CorrectiveAction = r.CorrectiveAction,
        }).ToList(),
        ConcurrencyStamp = c.ConcurrencyStamp,
    };

    public MonitoringContent ToContent() => new()
    {
        AnnualBudget = AnnualBudget,
        ExpenditureToDate = ExpenditureToDate,
        ForecastAnnualExpenditure = ForecastAnnualExpenditure,
        BudgetDeviationReason = BudgetDeviationReason,
        BudgetCorrectiveAction = BudgetCorrectiveAction,
        Rows = (Rows ?? []).Select(r => new MonitoringRow
        {
            Key = r.Key,
            ProgressText = r.ProgressText,
            ForecastText = r.ForecastText,
            Tier = r.Tier,
            Likelihood = r.Likelihood,
            DeviationCauses = [.. r.DeviationCauses ?? []],
            DeviationReason = r.DeviationReason,
            CorrectiveAction = r.CorrectiveAction,
        }).ToList(),
        ConcurrencyStamp = ConcurrencyStamp,
    };
}

public sealed record MonitoringEntryRow
{
    public Guid Key { get; init; }
    public string? ProgressText { get; init; }
    public string? ForecastText { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Tier>))]
    public Tier? Tier { get; init; }
    [JsonConverter(typeof(JsonStringEnumConverter<Likelihood>))]
    public Likelihood? Likelihood { get; init; }
    [JsonConverter(typeof(DeviationCauseListConverter))]
    public List<DeviationCause> DeviationCauses { get; init; } = [];
    public string? DeviationReason { get; init; }
    public string? CorrectiveAction { get; init; }
}
