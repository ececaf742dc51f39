using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using K = Jixiao.Domain.Monitoring.MonitoringForm.Keys;

namespace Jixiao.Web.Api.Contracts.V1;

// 运行监控 as /api/v1 exchanges it: what the unit enters for one period, mapped to and from the stored report
// (the domain's MonitoringContent, fields keyed by MonitoringForm) here, so the stored form can change without the
// browser noticing. Amounts travel as JSON numbers; a number's invariant digits are its original text.

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

    public static MonitoringEntry From(MonitoringContent c, Guid? stamp)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new()
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
            ConcurrencyStamp = stamp,
        };
    }

    public MonitoringContent ToContent() => new MonitoringContent
    {
        Rows = (Rows ?? []).Select(r => new MonitoringRowContent
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
    }
        .With(K.AnnualBudget, MonitoringContent.MoneyText(AnnualBudget))
        .With(K.ExpenditureToDate, MonitoringContent.MoneyText(ExpenditureToDate))
        .With(K.ForecastAnnualExpenditure, MonitoringContent.MoneyText(ForecastAnnualExpenditure))
        .With(K.BudgetDeviationReason, BudgetDeviationReason)
        .With(K.BudgetCorrectiveAction, BudgetCorrectiveAction);
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

/// <summary>偏差原因 categories by member name (`Funding`) in the API body.</summary>
internal sealed class DeviationCauseListConverter : JsonConverter<List<DeviationCause>>
{
    private static readonly JsonSerializerOptions ByName = new() { Converters = { new JsonStringEnumConverter<DeviationCause>() } };

    public override List<DeviationCause>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<DeviationCause>>(ref reader, ByName);

    public override void Write(Utf8JsonWriter writer, List<DeviationCause> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ByName);
}
