namespace Jixiao.Domain.Targets;

/// <summary>What a 指标值 / 实际完成值 expresses (target-grammar.md §1).</summary>
public enum TargetKind
{
    Empty,
    Quantitative,
    Qualitative,
    Deadline,
    Frequency,
    Boolean,
    Conditional,
    /// <summary>Actuals only: an actual written as a comparison (`<=1 次`), AV-2.</summary>
    Comparison,
}

public enum Comparator
{
    None,
    Eq,
    Ge,
    Le,
    Gt,
    Lt,
}

/// <summary>What a relative or conditional target compares against.</summary>
public enum RefKind
{
    Budget,
    PriorYear,
    PriorPeriod,
    OperatingCost,
    Other,
}

public enum ParseNote
{
    RedundantEquals,
    LatexOperator,
    PdfSpacing,
    IncompleteUnit,
    MissingUnit,
    ZeroTarget,
    TypoCorrected,
    Unrecognised,
    UnitAssumed,
    UnitConverted,
    ActualIsComparison,
    /// <summary>A target written without a comparator (`12场`, `100%`) was read as `=` (ADR-033).</summary>
    OperatorAssumed,
}
