namespace Jixiao.Data.Entities;

public enum CommentStatus
{
    Open,
    Answered,
    Resolved,
}

/// <summary>The form a review comment belongs to. Stored as its name.</summary>
public enum ReviewForm
{
    /// <summary>项目申报 (the form is the project; the comment also names the declaration version).</summary>
    Declaration,
    /// <summary>绩效信息公开.</summary>
    Disclosure,
    /// <summary>绩效自评.</summary>
    SelfEvaluation,
    /// <summary>运行监控 (one monthly report).</summary>
    Monitoring,
}

/// <summary>
/// A reviewer comment on one form of any type, anchored to a stable id (`project`, `field:Funds.ProjectFundsTotal`,
/// `indicator:{key}`), so it survives re-editing (workflow.md §2). A return's reason is a comment on the whole form.
/// </summary>
public class ReviewComment
{
    public Guid Id { get; set; }
    public ReviewForm FormType { get; set; }
    /// <summary>The form's own id: the project (declaration), disclosure, self-evaluation or monitoring report.</summary>
    public Guid FormId { get; set; }
    /// <summary>The declaration version commented on; null for forms without separate versions.</summary>
    public Guid? VersionId { get; set; }
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
