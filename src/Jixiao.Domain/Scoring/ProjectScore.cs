using Jixiao.Domain.Review;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The result of <see cref="Scorer.Score"/>. <see cref="ExecutionRate"/> is exact (a fraction, unrounded);
/// <see cref="ExecutionRateDisplay"/> is the percentage with 2 dp per the profile. Totals are sums of rounded parts
/// (SC-30), capped (SC-40) or renormalised (SC-05/SC-44) as the trail says.
/// </summary>
public sealed record ProjectScore
{
    public required string ProfileTag { get; init; }
    public required ScoringMode Mode { get; init; }
    public decimal? ExecutionRate { get; init; }
    /// <summary>Percentage, e.g. 86.18 for 86.18 %.</summary>
    public decimal? ExecutionRateDisplay { get; init; }
    public decimal ExecutionWeight { get; init; }
    /// <summary>全年预算数 and 全年执行数 the rate was computed from (for the 得分计算说明).</summary>
    public decimal? AdjustedBudget { get; init; }
    public decimal? Expenditure { get; init; }
    /// <summary>Null when the rate is not computable (SC-05, SE-13).</summary>
    public decimal? ExecutionScore { get; init; }
    public decimal? PrintedExecutionScore { get; init; }
    /// <summary>False under SC-05 (全年预算数 = 0): the execution row is 不适用.</summary>
    public bool ExecutionApplicable { get; init; } = true;
    public IReadOnlyList<IndicatorScore> Rows { get; init; } = [];
    public decimal ComputedTotal { get; init; }
    public Grade ComputedGrade { get; init; }
    public decimal? PrintedTotal { get; init; }
    public Grade? PrintedGrade { get; init; }
    /// <summary>SC-60 project trail (profile, SC-02…SC-05, SC-30, SC-40, SC-31). Rendered on first read by scoring the
    /// same immutable project again with the trail on, so it is exactly what an eager scorer would have written.</summary>
    public IReadOnlyList<string> Trail
    {
        get => Explained ??= Source is { } s ? Scorer.ScoreAll(s.Project, s.Profile, s.Mode, explain: true).Explained! : [];
        init => (Explained, Source) = (value, null);
    }

    internal IReadOnlyList<string>? Explained { get; set; }
    internal TrailSource? Source { get; init; }
    /// <summary>Project-level findings (SE-09, SE-10, SE-13, SE-14, SE-16).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Project findings followed by every row's findings.</summary>
    public IEnumerable<Finding> AllFindings => Findings.Concat(Rows.SelectMany(r => r.Findings));

    /// <summary>A live form with an Error finding cannot be submitted; historical imports never block (SC-70).</summary>
    public bool BlocksSubmit => Mode == ScoringMode.Live && AllFindings.Any(f => f.Severity == Severity.Error);
}
