namespace Jixiao.Data.Entities;

/// <summary>
/// An in-app notice to one user (a form returned, approved, submitted to them, a deadline near). Written in the same
/// unit of work as the change it reports, so a notice exists exactly when its change was saved.
/// </summary>
public class Notification
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public NotificationKind Kind { get; set; }
    /// <summary>The Chinese sentence shown to the user, naming the form.</summary>
    public required string Text { get; set; }
    /// <summary>Where the form is (a local path such as /Projects/{id}); null for a notice without a form.</summary>
    public string? Link { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    /// <summary>Set on notices that must exist once only (a deadline reminder per user and deadline): unique.</summary>
    public string? DedupKey { get; set; }
    /// <summary>E-mail sent for this notice (null: not sent, or e-mail is off).</summary>
    public DateTimeOffset? EmailedAt { get; set; }
}

public enum NotificationKind
{
    Submitted,
    Returned,
    Approved,
    DeadlineNear,
    Published,
    /// <summary>A 整改事项 of the unit became overdue (told once per item).</summary>
    RectificationOverdue,
}
