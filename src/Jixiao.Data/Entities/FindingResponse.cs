using Jixiao.Domain.Review;

namespace Jixiao.Data.Entities;

/// <summary>What a stored response to a review finding is. Stored as its name.</summary>
public enum FindingResponseKind
{
    /// <summary>A reviewer set the finding aside with a <see cref="DismissalReason"/>.</summary>
    Dismissal,
    /// <summary>The filing unit explained it (说明).</summary>
    Answer,
}

/// <summary>
/// A reviewer's dismissal of, or the unit's 说明 to, one review finding of a form (issue 18). Kept under the finding's
/// <see cref="FindingFingerprint"/>, so it applies to every later save and version of the form that still states the
/// same facts, and to none once they change. <see cref="VersionId"/> names the version it was made on.
/// </summary>
public class FindingResponse
{
    public Guid Id { get; set; }
    public ReviewForm FormType { get; set; }
    public Guid FormId { get; set; }
    public Guid VersionId { get; set; }
    public int VersionNumber { get; set; }
    public required string Fingerprint { get; set; }
    public required string RuleId { get; set; }
    public FindingResponseKind Kind { get; set; }
    public DismissalReason? Reason { get; set; }
    /// <summary>The reviewer's optional note, or the unit's 说明.</summary>
    public string? Text { get; set; }
    /// <summary>What the finding said when answered (its message), for readers once the finding itself is gone.</summary>
    public required string Message { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorRole { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
