using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;

namespace Jixiao.Web.Api.Contracts.V1;

// 运行监控 as /api/v1 exchanges it: what the unit enters for one period, mapped to and from the stored report
// (the domain's MonitoringContent) by MonitoringEntryMapper, so the stored form can change without the browser noticing.

/// <summary>
/// What a unit enters on the 运行监控表 for one period. <see cref="Fields"/> holds every entered field of the form
/// definition (<see cref="MonitoringForm.Definition"/>: money in 元, the budget deviation analysis…) by its key, each as its
/// original text (`1392000`, `1,392,000.00`); per indicator key, the progress and the deviation. A save replaces them all.
/// </summary>
public sealed record MonitoringEntry
{
    [JsonConverter(typeof(FieldTextsJsonConverter))]
    public Dictionary<string, string?> Fields { get; init; } = [];
    public List<MonitoringEntryRow> Rows { get; init; } = [];
    /// <summary>The stamp the report was read with; a stale one is refused on save.</summary>
    public Guid? ConcurrencyStamp { get; init; }
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
