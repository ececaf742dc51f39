using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Data.Content;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;

namespace Jixiao.Web.Services;

/// <summary>
/// The stored 运行监控表 (<c>MonitoringReportEntity.Content</c>, forms.md §7): money to the end of the period and, per
/// indicator key of the approved version, the progress, the forecast 全年预计完成值 as its original text (re-parsed by
/// the one grammar) or the tier of a qualitative row, the likelihood and the deviation analysis. Mutable so that it
/// binds from the JSON API and from the Razor form alike.
/// </summary>
public sealed class MonitoringContent
{
    public int SchemaVersion { get; set; } = 1;
    /// <summary>全年预算数, 元.</summary>
    public decimal? AnnualBudget { get; set; }
    /// <summary>1–M月执行数, 元.</summary>
    public decimal? ExpenditureToDate { get; set; }
    /// <summary>预计全年执行数, 元.</summary>
    public decimal? ForecastAnnualExpenditure { get; set; }
    public string? BudgetDeviationReason { get; set; }
    public string? BudgetCorrectiveAction { get; set; }
    public List<MonitoringRow> Rows { get; set; } = [];
    /// <summary>Form only: the stamp the report was read with (not stored in the JSON's meaning).</summary>
    public Guid? ConcurrencyStamp { get; set; }

    public MonitoringRow? Row(Guid key) => Rows.FirstOrDefault(r => r.Key == key);

    public string ToJson() => JsonSerializer.Serialize(Normalised(), ContentJson.Options);

    // Blank texts stored as null, the form-only stamp left out.
    private MonitoringContent Normalised() => new()
    {
        SchemaVersion = SchemaVersion,
        AnnualBudget = AnnualBudget,
        ExpenditureToDate = ExpenditureToDate,
        ForecastAnnualExpenditure = ForecastAnnualExpenditure,
        BudgetDeviationReason = Blank(BudgetDeviationReason),
        BudgetCorrectiveAction = Blank(BudgetCorrectiveAction),
        Rows = Rows.Select(r => new MonitoringRow
        {
            Key = r.Key,
            ProgressText = Blank(r.ProgressText),
            ForecastText = Blank(r.ForecastText),
            Tier = r.Tier,
            Likelihood = r.Likelihood,
            DeviationCauses = [.. r.DeviationCauses.Distinct()],
            DeviationReason = Blank(r.DeviationReason),
            CorrectiveAction = Blank(r.CorrectiveAction),
        }).ToList(),
    };

    public static MonitoringContent FromJson(string json) =>
        JsonSerializer.Deserialize<MonitoringContent>(json, ContentJson.Options) ?? throw new JsonException("空的监控内容。");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class MonitoringRow
{
    public Guid Key { get; set; }
    /// <summary>1–M月实际完成值.</summary>
    public string? ProgressText { get; set; }
    /// <summary>全年预计完成值 (quantitative rows).</summary>
    public string? ForecastText { get; set; }
    /// <summary>达成情况 (qualitative rows).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter))]
    public Tier? Tier { get; set; }
    [JsonConverter(typeof(JsonStringEnumConverter))]
    public Likelihood? Likelihood { get; set; }
    [JsonConverter(typeof(DeviationCauseListConverter))]
    public List<DeviationCause> DeviationCauses { get; set; } = [];
    public string? DeviationReason { get; set; }
    public string? CorrectiveAction { get; set; }
}

public static class MonitoringNames
{
    public static string Chinese(Likelihood l) => l switch
    {
        Likelihood.Certain => "确定能",
        Likelihood.Possible => "有可能",
        _ => "完全不可能",
    };

    public static string Tier(Tier t) => t switch
    {
        Domain.Projects.Tier.Achieved => "达成",
        Domain.Projects.Tier.PartiallyAchieved => "部分达成",
        _ => "未达成",
    };
}

/// <summary>偏差原因 categories by member name (`Funding`), in the API body and the stored JSON alike.</summary>
internal sealed class DeviationCauseListConverter : JsonConverter<List<DeviationCause>>
{
    private static readonly JsonSerializerOptions ByName = new() { Converters = { new JsonStringEnumConverter<DeviationCause>() } };

    public override List<DeviationCause>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<List<DeviationCause>>(ref reader, ByName);

    public override void Write(Utf8JsonWriter writer, List<DeviationCause> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ByName);
}
