using Jixiao.Domain.Review;

namespace Jixiao.Data.Entities;

/// <summary>
/// The administrator's setting of one review rule in the lint profile (issue 18): a severity other than the catalogue's,
/// or switched off. A rule without a row runs as catalogued.
/// </summary>
public class LintRuleSetting
{
    /// <summary>The catalogue id, e.g. `OP-03`.</summary>
    public required string RuleId { get; set; }
    /// <summary>Null: the catalogue's severity (and each variant's own).</summary>
    public Severity? Severity { get; set; }
    public bool Off { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
