using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;

namespace Jixiao.Web.Services;

public sealed record FindingDto(string RuleId, string Severity, string Message, string? Indicator, string? Field, bool Blocks, string Text)
{
    public static FindingDto From(Finding f) =>
        new(f.RuleId, f.Severity.ToString(), f.Message, f.Indicator, f.Field, f.Blocks, SelfEvaluationService.Describe(f));
}

public sealed record RowScoreDto(
    Guid? Key, string Name, decimal? Weight, decimal? ComputedScore, decimal? Score, decimal? PrintedScore, string Rule,
    string? NotScoredReason, string? Tier, string? TierName, bool UsesPrintedScore, bool ManualEntry,
    IReadOnlyList<string> Trail, IReadOnlyList<FindingDto> Findings);

/// <summary>
/// <see cref="ProjectScore"/> over HTTP: per row the computed and counted score, rule and trail; the total and grade
/// (and, for imports, the printed ones beside them); findings, with <see cref="BlocksSubmit"/> as the domain says.
/// </summary>
public sealed record SelfEvaluationScoreDto(
    string ProfileTag, string Mode, decimal? ExecutionRateDisplay, decimal ExecutionWeight, decimal? ExecutionScore,
    decimal? PrintedExecutionScore, bool ExecutionApplicable, decimal ComputedTotal, string ComputedGrade, decimal? PrintedTotal,
    string? PrintedGrade, bool BlocksSubmit, decimal WeightTotal, decimal? AdjustedBudget, decimal? InitialBudget, decimal? Expenditure,
    IReadOnlyList<string> Trail, IReadOnlyList<FindingDto> Findings, IReadOnlyList<FindingDto> Blocking, IReadOnlyList<RowScoreDto> Rows)
{
    public static SelfEvaluationScoreDto From(ProjectScore s, FundRow? total = null) => new(
        s.ProfileTag, s.Mode.ToString(), s.ExecutionRateDisplay, s.ExecutionWeight, s.ExecutionScore, s.PrintedExecutionScore,
        s.ExecutionApplicable, s.ComputedTotal, s.ComputedGrade.DisplayName(), s.PrintedTotal, s.PrintedGrade?.DisplayName(),
        s.BlocksSubmit, s.ExecutionWeight + s.Rows.Sum(r => r.Weight ?? 0m),
        total?.AdjustedBudget, total?.InitialBudget, total?.Expenditure,
        s.Trail, s.Findings.Select(FindingDto.From).ToList(), s.AllFindings.Where(f => f.Blocks).Select(FindingDto.From).ToList(),
        s.Rows.Select(Row).ToList());

    private static RowScoreDto Row(IndicatorScore r) => new(
        r.Indicator.Key, r.Indicator.Name, r.Weight, r.ComputedScore, r.Score, r.PrintedScore, r.Rule, r.NotScoredReason?.ToString(),
        r.Tier?.ToString(), r.Tier?.DisplayName(), r.UsesPrintedScore,
        r.NotScoredReason is NotScoredReason.ManualTier or NotScoredReason.NotComparable,
        r.Trail, r.Findings.Select(FindingDto.From).ToList());
}
