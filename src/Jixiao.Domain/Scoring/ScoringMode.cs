namespace Jixiao.Domain.Scoring;

/// <summary>
/// Live: a form being filled; Error findings block submit. Historical (SC-70): an imported form; printed scores are
/// kept beside recomputed ones and no finding blocks.
/// </summary>
public enum ScoringMode
{
    Live,
    Historical,
}

/// <summary>Why a row has no automatic <see cref="IndicatorScore.ComputedScore"/>.</summary>
public enum NotScoredReason
{
    /// <summary>Actual written as a comparison (AV-2, SE-01).</summary>
    Comparison,
    /// <summary>Target and actual units not comparable (AV-4, SE-03): manual score.</summary>
    NotComparable,
    /// <summary>Actual blank (AV-0, CMP-07).</summary>
    Empty,
    /// <summary>Scored by tier within a band (SC-20): qualitative, conditional, unmet deadline/coverage.</summary>
    ManualTier,
    /// <summary>Actual of the wrong kind for the target (SE-02).</summary>
    Unusable,
    /// <summary>Row has no 分值.</summary>
    NoWeight,
    /// <summary>Marked 不适用 and excluded (SC-44).</summary>
    NotApplicable,
}
