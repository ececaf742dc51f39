using System.Globalization;
using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Data.Content;

/// <summary>
/// The JSON of <c>SelfEvaluationEntity.Content</c>: written as <see cref="EvaluationContent"/> (schema 3, every figure as its
/// original text, the 项目资金 rows under <c>funds</c> by their grid key). Older schemas are still read, so stored forms need
/// no data migration: schema 2 held each row as a property named by the same key; schema 1 held figures as JSON numbers,
/// each number's digits becoming its text.
/// </summary>
public static class EvaluationContentJson
{
    // The computed total row (EvaluationContent.Total) is read from `funds`, never stored beside it.
    private static readonly JsonSerializerOptions Options = new(ContentJson.Options) { IgnoreReadOnlyProperties = true };

    public static string Write(EvaluationContent content) => JsonSerializer.Serialize(content, Options);

    public static EvaluationContent Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var version = ContentJson.SchemaVersion(root);
        if (version >= EvaluationContent.CurrentSchemaVersion)
            return root.Deserialize<EvaluationContent>(Options) ?? throw new JsonException("空的自评内容。");
        if (version == 2)
        {
            var v2 = root.Deserialize<EvaluationContent>(Options) ?? throw new JsonException("空的自评内容。");
            return v2 with { SchemaVersion = EvaluationContent.CurrentSchemaVersion, Funds = RowsByKey<FundTexts>(root, t => t) };
        }
        var v1 = root.Deserialize<V1>(Options) ?? throw new JsonException("空的自评内容。");
        return v1.ToContent(RowsByKey<FundRow>(root, V1.Texts));
    }

    /// <summary>The 项目资金 rows of schemas 1 and 2: a property per grid row, named by the row's key (`total`, …).</summary>
    private static Dictionary<string, FundTexts> RowsByKey<T>(JsonElement root, Func<T, FundTexts> texts) where T : class
    {
        var rows = new Dictionary<string, FundTexts>(StringComparer.Ordinal);
        foreach (var row in SelfEvaluationForms.Funds.Rows)
            if (root.TryGetProperty(row.Key, out var cell) && cell.ValueKind == JsonValueKind.Object && cell.Deserialize<T>(Options) is { } value)
                rows[row.Key] = texts(value);
        return rows;
    }

    // Schema 1 as it was stored (decimals; 执行率 as a fraction); its fund rows are read by key (RowsByKey).
    private sealed record V1
    {
        public decimal? ExecutionWeight { get; init; } = 10m;
        public decimal? PrintedExecutionRate { get; init; }
        public decimal? PrintedExecutionScore { get; init; }
        public decimal? PrintedWeightTotal { get; init; }
        public decimal? PrintedTotal { get; init; }
        public string? ExpectedGoal { get; init; }
        public string? ActualOutcome { get; init; }
        public Dictionary<Guid, V1Row> Rows { get; init; } = [];

        public EvaluationContent ToContent(IReadOnlyDictionary<string, FundTexts> funds) => new()
        {
            Funds = funds,
            ExecutionWeight = Text(ExecutionWeight),
            PrintedExecutionRate = EvaluationText.Keep(null, PrintedExecutionRate, MoneyGridValue.Percent),
            PrintedExecutionScore = Text(PrintedExecutionScore),
            PrintedWeightTotal = Text(PrintedWeightTotal),
            PrintedTotal = Text(PrintedTotal),
            ExpectedGoal = ExpectedGoal,
            ActualOutcome = ActualOutcome,
            Rows = Rows.ToDictionary(r => r.Key, r => new EvaluationRow
            {
                ActualText = r.Value.ActualText,
                Weight = Text(r.Value.Weight),
                Score = Text(r.Value.Score),
                Tier = r.Value.Tier,
                DeviationReason = r.Value.DeviationReason,
            }),
        };

        public static FundTexts Texts(FundRow row) => new(Text(row.InitialBudget), Text(row.AdjustedBudget), Text(row.Expenditure));

        // The digits as stored (`1443356.00` keeps its scale).
        private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record V1Row
    {
        public string? ActualText { get; init; }
        public decimal? Weight { get; init; }
        public decimal? Score { get; init; }
        public Tier? Tier { get; init; }
        public string? DeviationReason { get; init; }
    }
}
