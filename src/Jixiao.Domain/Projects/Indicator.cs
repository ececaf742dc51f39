using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Projects;

public enum Direction
{
    Positive,
    Reverse,
}

/// <summary>Qualitative achievement tier (scoring.md SC-20).</summary>
public enum Tier
{
    Achieved,
    PartiallyAchieved,
    NotAchieved,
}

/// <summary>
/// One 三级 row of the indicator tree, with its level-1/level-2 categories as resolved against the template
/// (labels normalised, e.g. `数量` ≡ `数量指标`). Self-evaluation columns are null on declarations.
/// </summary>
public sealed record Indicator
{
    public required string Level1 { get; init; }
    public required string Level2 { get; init; }
    public required string Name { get; init; }
    public required TargetValue Target { get; init; }
    public TargetValue? Actual { get; init; }
    /// <summary>分值.</summary>
    public decimal? Weight { get; init; }
    /// <summary>得分 as printed/entered (ImportedScore for historical imports).</summary>
    public decimal? Score { get; init; }
    public string? DeviationReason { get; init; }
    /// <summary>Explicit direction set in review; overrides the comparator (SC-11).</summary>
    public Direction? Direction { get; init; }
    public Tier? Tier { get; init; }
    /// <summary>Marked 不适用 by a reviewer (SC-44).</summary>
    public bool NotApplicable { get; init; }
    /// <summary>
    /// Stable identity across versions, monitoring, self-evaluation and next year's copy (workflow.md §3);
    /// null until the indicator is stored.
    /// </summary>
    public Guid? Key { get; init; }
    /// <summary>1-based position in the form.</summary>
    public int Ordinal { get; init; }
    /// <summary>Source line in the imported document, when imported.</summary>
    public int? SourceLine { get; init; }
    /// <summary>Texts of the form's own indicator columns by key (绩效标准, 指标解释, a template's new column); null when none (<see cref="Forms.IndicatorColumnTexts"/>).</summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }
}
