using System.Text.Json;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;

namespace Jixiao.Data.Content;

/// <summary>
/// The stored 自评表 of a project (<c>SelfEvaluationEntity.Content</c>): fund rows, goals and, per indicator key of the
/// evaluated declaration version, the actual's original text, weight, score, tier and deviation reason. Printed
/// values of imported forms are kept as they were (SC-70).
/// </summary>
public sealed record EvaluationContent
{
    public int SchemaVersion { get; init; } = 1;
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
    public Dictionary<Guid, EvaluationRow> Rows { get; init; } = [];

    public static EvaluationContent FromDomain(Project evaluated, IReadOnlyList<Guid> keys)
    {
        var e = evaluated.Evaluation ?? throw new ArgumentException("项目没有自评数据。", nameof(evaluated));
        return new EvaluationContent
        {
            Total = e.Total,
            CurrentYearAppropriation = e.CurrentYearAppropriation,
            PriorYearCarryover = e.PriorYearCarryover,
            OtherFunds = e.OtherFunds,
            ExecutionWeight = e.ExecutionWeight,
            PrintedExecutionRate = e.PrintedExecutionRate,
            PrintedExecutionScore = e.PrintedExecutionScore,
            PrintedWeightTotal = e.PrintedWeightTotal,
            PrintedTotal = e.PrintedTotal,
            ExpectedGoal = e.ExpectedGoal,
            ActualOutcome = e.ActualOutcome,
            Rows = evaluated.Indicators.Select((i, n) => (Key: keys[n], Row: new EvaluationRow
            {
                ActualText = i.Actual?.OriginalText,
                Weight = i.Weight,
                Score = i.Score,
                Tier = i.Tier,
                DeviationReason = i.DeviationReason,
            })).ToDictionary(x => x.Key, x => x.Row),
        };
    }

    /// <summary>The declared project with this evaluation laid over it: what the scorer takes.</summary>
    public Project Apply(Project declared, Func<string?, TargetValue> parseActual) => declared with
    {
        Form = FormKind.SelfEvaluation,
        Evaluation = new SelfEvaluation
        {
            Total = Total,
            CurrentYearAppropriation = CurrentYearAppropriation,
            PriorYearCarryover = PriorYearCarryover,
            OtherFunds = OtherFunds,
            ExecutionWeight = ExecutionWeight,
            PrintedExecutionRate = PrintedExecutionRate,
            PrintedExecutionScore = PrintedExecutionScore,
            PrintedWeightTotal = PrintedWeightTotal,
            PrintedTotal = PrintedTotal,
            ExpectedGoal = ExpectedGoal ?? declared.AnnualGoal,
            ActualOutcome = ActualOutcome,
        },
        Indicators = declared.Indicators.Select(i => Rows.TryGetValue(i.Key ?? Guid.Empty, out var r)
            ? i with { Actual = parseActual(r.ActualText), Weight = r.Weight, Score = r.Score, Tier = r.Tier, DeviationReason = r.DeviationReason }
            : i).ToList(),
    };

    public string ToJson() => JsonSerializer.Serialize(this, ContentJson.Options);
    public static EvaluationContent FromJson(string json) =>
        JsonSerializer.Deserialize<EvaluationContent>(json, ContentJson.Options) ?? throw new JsonException("空的自评内容。");
}

public sealed record EvaluationRow
{
    public string? ActualText { get; init; }
    public decimal? Weight { get; init; }
    public decimal? Score { get; init; }
    public Tier? Tier { get; init; }
    public string? DeviationReason { get; init; }
}
