using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>A unit's budget disclosure package for one year and version (workflow.md §6).</summary>
public class DisclosureEntity : IForm
{
    public Guid Id { get; set; }
    public int UnitId { get; set; }
    public Organization? Unit { get; set; }
    public int Year { get; set; }
    public int Version { get; set; }
    /// <summary>A new form, in Draft.</summary>
    public DisclosureEntity() : this(FormState.Draft) { }

    /// <summary>A new form in its first state: the state a historical record arrives in (Imported, workflow.md §9).</summary>
    public DisclosureEntity(FormState state) => State = state;

    /// <summary>Moves only through <see cref="FormWorkflow.Disclosure"/>: <see cref="Move"/>, <see cref="Supersede"/>.</summary>
    public FormState State { get; private set; }
    public required string Content { get; set; }
    public string? CorrectionNote { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: a save that read an older stamp is refused. Renewed only by <see cref="JixiaoDbContext"/>.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// A user's move through the transition table (the request's From is this form's state); a refused move changes
    /// nothing and says why in Chinese.
    /// </summary>
    public TransitionResult Move(TransitionRequest request)
    {
        var result = FormWorkflow.Disclosure.Apply(request with { From = State });
        if (result.Allowed) State = result.To!.Value;
        return result;
    }

    /// <summary>The system move to Superseded when a newer version takes this one's place (the table says from where).</summary>
    public TransitionResult Supersede()
    {
        var result = FormWorkflow.Disclosure.ApplySystem(State, WorkflowAction.Supersede);
        if (result.Allowed) State = result.To!.Value;
        return result;
    }
}
