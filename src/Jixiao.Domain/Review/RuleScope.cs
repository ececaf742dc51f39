namespace Jixiao.Domain.Review;

/// <summary>Where a rule applies (review-rules.md scope column: D, S, U, P).</summary>
[Flags]
public enum RuleScope
{
    None = 0,
    /// <summary>D: declaration / adjustment forms.</summary>
    Declaration = 1,
    /// <summary>S: self-evaluation forms.</summary>
    SelfEvaluation = 2,
    /// <summary>U: a unit's package of projects for one year.</summary>
    Unit = 4,
    /// <summary>P: disclosure packages.</summary>
    Disclosure = 8,
    All = Declaration | SelfEvaluation | Unit | Disclosure,
}
