namespace Jixiao.Data.Entities;

public enum CommentStatus
{
    Open,
    Answered,
    Resolved,
}

/// <summary>
/// A reviewer comment anchored to a stable id (`project`, `field:Funds.ProjectFundsTotal`, `indicator:{key}`),
/// so it survives re-editing (workflow.md §2).
/// </summary>
public class ReviewComment
{
    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public required string Anchor { get; set; }
    public required string Text { get; set; }
    public required string AuthorName { get; set; }
    public string? AuthorId { get; set; }
    public string? AuthorRole { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public CommentStatus Status { get; set; }
    public string? Reply { get; set; }
    public DateTimeOffset? RepliedAt { get; set; }
}
