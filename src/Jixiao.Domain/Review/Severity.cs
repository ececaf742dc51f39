namespace Jixiao.Domain.Review;

/// <summary>E blocks submit/confirm, W needs an acknowledgement, I informs (review-rules.md).</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
