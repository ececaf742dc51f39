using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

public enum VersionOrigin
{
    New,
    CopiedFromPriorYear,
    Adjustment,
    Imported,
}

/// <summary>
/// Version n of a project's declared targets (workflow.md §3). The form content is a JSON snapshot
/// (<see cref="Content"/>, <c>DeclarationContent</c> as JSON) holding every target's original text; approved versions are
/// immutable (guarded in <see cref="JixiaoDbContext"/>).
/// </summary>
public class DeclarationVersion : IForm
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public int Number { get; set; }
    /// <summary>A new form, in Draft.</summary>
    public DeclarationVersion() : this(FormState.Draft) { }

    /// <summary>A new form in its first state: the state a historical record arrives in (Imported, workflow.md §9).</summary>
    public DeclarationVersion(FormState state) => State = state;

    /// <summary>Moves only through <see cref="FormWorkflow.Declaration"/>: <see cref="Move"/>, <see cref="Supersede"/>.</summary>
    public FormState State { get; private set; }
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
    /// <summary>Optimistic concurrency: a save that read an older stamp is refused. Renewed only by <see cref="JixiaoDbContext"/>.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// A user's move through the transition table (the request's From is this form's state); a refused move changes
    /// nothing and says why in Chinese.
    /// </summary>
    public TransitionResult Move(TransitionRequest request)
    {
        var result = FormWorkflow.Declaration.Apply(request with { From = State });
        if (result.Allowed) State = result.To!.Value;
        return result;
    }

    /// <summary>The system move to Superseded when a newer version takes this one's place (the table says from where).</summary>
    public TransitionResult Supersede()
    {
        var result = FormWorkflow.Declaration.ApplySystem(State, WorkflowAction.Supersede);
        if (result.Allowed) State = result.To!.Value;
        return result;
    }
}
