namespace Jixiao.Domain.Review;

/// <summary>
/// One review finding: a rule id (`MNY-01`), severity, Chinese message with placeholders filled, and where it
/// points (project, indicator name/ordinal, field). <see cref="Evidence"/> carries the sums or values compared.
/// <see cref="NonBlocking"/> is set in historical import mode (SC-70): the severity is kept but nothing blocks.
/// <see cref="Facts"/> holds what the finding states (its variant and placeholder values), apart from the wording,
/// for <see cref="FindingFingerprint"/>.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Message,
    string? Project = null,
    string? Indicator = null,
    string? Field = null,
    int? Row = null,
    string? Evidence = null,
    string? MessageEn = null,
    bool NonBlocking = false,
    string? Facts = null)
{
    /// <summary>True when the finding blocks submit/confirm: an Error outside historical mode.</summary>
    public bool Blocks => Severity == Severity.Error && !NonBlocking;
}
