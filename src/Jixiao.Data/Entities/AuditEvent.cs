namespace Jixiao.Data.Entities;

/// <summary>
/// Append-only audit record (workflow.md §8): who did what to which entity, with a field diff. The context
/// refuses updates and deletes of these rows.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset AtUtc { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public string? Role { get; set; }
    public int? OrgId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public int? Version { get; set; }
    /// <summary>JSON array of { field, old, new }.</summary>
    public string? Diff { get; set; }
    public string? Comment { get; set; }
}
