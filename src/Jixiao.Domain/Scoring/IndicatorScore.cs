using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// The scored row of one indicator. <see cref="ComputedScore"/> is the rule's score (null with
/// <see cref="NotScoredReason"/>); <see cref="PrintedScore"/> the entered/imported 得分; <see cref="Score"/> the
/// score counted in the total (computed, else the manual/printed one; null when the row has none).
/// All scores are rounded once to 2 dp (SC-50).
/// </summary>
public sealed record IndicatorScore
{
    public required Indicator Indicator { get; init; }
    public decimal? Weight { get; init; }
    public decimal? PrintedScore { get; init; }
    public decimal? ComputedScore { get; init; }
    public NotScoredReason? NotScoredReason { get; init; }
    public decimal? Score { get; init; }
    /// <summary>Rule that produced the score, e.g. `SC-13/TemplateRatio`.</summary>
    public required string Rule { get; init; }
    public Direction? Direction { get; init; }
    public Tier? Tier { get; init; }
    /// <summary>Target met by rule (null when the rule cannot tell).</summary>
    public bool? Met { get; init; }
    /// <summary>Score taken from the printed 得分 because nothing was computed (SC-70).</summary>
    public bool UsesPrintedScore { get; init; }
    /// <summary>SC-60 explanation of this row. Scoring a form does not build it; it is rendered on first read by
    /// scoring the row again with the same (immutable) project, indicator, profile and mode, so it is exactly the text
    /// an eager scorer would have produced.</summary>
    public IReadOnlyList<string> Trail
    {
        get => Explained ??= Source is { } s ? IndicatorScorer.Score(s.Project, Indicator, s.Profile, s.Mode, explain: true).Explained! : [];
        init => (Explained, Source) = (value, null);
    }

    internal IReadOnlyList<string>? Explained { get; set; }
    internal TrailSource? Source { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}

/// <summary>What is needed to score a row again and explain it (the indicator is on the score itself).</summary>
internal sealed record TrailSource(Project Project, RuleProfile Profile, ScoringMode Mode);
