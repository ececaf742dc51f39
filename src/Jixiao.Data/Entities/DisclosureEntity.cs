using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>A unit's budget disclosure package for one year and version (workflow.md §6).</summary>
public class DisclosureEntity(FormState state) : FormAggregate(FormWorkflow.Disclosure, state)
{
    public Guid Id { get; set; }
    public int UnitId { get; set; }
    public Organization? Unit { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    /// <summary>A new form, in Draft (the other constructor: the state a historical record arrives in, Imported, workflow.md §9).</summary>
    public DisclosureEntity() : this(FormState.Draft) { }

    public required string Content { get; set; }
    public string? CorrectionNote { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
