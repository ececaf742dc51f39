using System.Globalization;
using System.Text.Json;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Data.Content;

/// <summary>
/// The JSON of <c>SelfEvaluationEntity.Content</c>: written as <see cref="EvaluationContent"/> (schema 2, every figure as its
/// original text); schema 1 (figures as JSON numbers) is still read, each number's digits becoming its text, so stored
/// forms need no data migration.
/// </summary>
public static class EvaluationContentJson
{
    public static string Write(EvaluationContent content) => JsonSerializer.Serialize(content, ContentJson.Options);

    public static EvaluationContent Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var version = ContentJson.SchemaVersion(root);
        if (version >= EvaluationContent.CurrentSchemaVersion)
            return root.Deserialize<EvaluationContent>(ContentJson.Options) ?? throw new JsonException("空的自评内容。");
        var v1 = root.Deserialize<V1>(ContentJson.Options) ?? throw new JsonException("空的自评内容。");
        return v1.ToContent();
    }

    // Schema 1 as it was stored (decimals; 执行率 as a fraction).
    private sealed record V1
    {
        public FundRow Total { get; init; } = new(null, null, null);
        public FundRow? CurrentYearAppropriation { get; init; }
        public FundRow? PriorYearCarryover { get; init; }
        public FundRow? OtherFunds { get; init; }
        public decimal? ExecutionWeight { get; init; } = 10m;
        public decimal? PrintedExecutionRate { get; init; }
        public decimal? PrintedExecutionScore { get; init; }
        public decimal? PrintedWeightTotal { get; init; }
        public decimal? PrintedTotal { get; init; }
        public string? ExpectedGoal { get; init; }
        public string? ActualOutcome { get; init; }
        public Dictionary<Guid, V1Row> Rows { get; init; } = [];

        public EvaluationContent ToContent() => new()
        {
            Total = Texts(Total)!,
            CurrentYearAppropriation = Texts(CurrentYearAppropriation),
            PriorYearCarryover = Texts(PriorYearCarryover),
            OtherFunds = Texts(OtherFunds),
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

        private static FundTexts? Texts(FundRow? row) =>
            row is null ? null : new(Text(row.InitialBudget), Text(row.AdjustedBudget), Text(row.Expenditure));

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
