using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>A unit's budget disclosure package for one year and version (workflow.md §6).</summary>
public class DisclosureEntity
{
    public Guid Id { get; set; }
    public int UnitId { get; set; }
    public Organization? Unit { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    public FormState State { get; set; }
    public required string Content { get; set; }
    public string? CorrectionNote { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }
}
