using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

public enum VersionOrigin
{
    New,
    CopiedFromPriorYear,
    Adjustment,
    Imported,
    /// <summary>The copy of a returned version that the unit edits and resubmits; the returned one is kept as it was.</summary>
    Resubmission,
}

/// <summary>
/// Version n of a project's declared targets (workflow.md §3). The form content is a JSON snapshot
/// (<see cref="Content"/>, <c>DeclarationContent</c> as JSON) holding every target's original text; approved versions are
/// immutable (guarded in <see cref="JixiaoDbContext"/>).
/// </summary>
public class DeclarationVersion(FormState state) : FormAggregate(FormWorkflow.Declaration, state)
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public int Number { get; set; }
    /// <summary>A new form, in Draft (the other constructor: the state a historical record arrives in, Imported, workflow.md §9).</summary>
    public DeclarationVersion() : this(FormState.Draft) { }

    public VersionOrigin Origin { get; set; }
    public string? Reason { get; set; }
    public required string Content { get; set; }
    public bool OpenedByReviewer { get; set; }
    public string? FindingsSnapshot { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
}
