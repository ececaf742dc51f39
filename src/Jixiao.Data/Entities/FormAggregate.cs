using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// The workflow half every form aggregate shares: the state moves only here, through the form's own transition table
/// (<see cref="FormWorkflow"/>), and the stamp is renewed only by <see cref="JixiaoDbContext"/>. Not an EF entity
/// itself: each form keeps its own table.
/// </summary>
public abstract class FormAggregate(FormWorkflow workflow, FormState state) : IForm
{
    private readonly FormWorkflow workflow = workflow;

    public FormState State { get; private set; } = state;

    /// <summary>Optimistic concurrency: a save that read an older stamp is refused. Renewed only by <see cref="JixiaoDbContext"/>.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// A user's move through the transition table (the request's From is this form's state); a refused move changes
    /// nothing and says why in Chinese.
    /// </summary>
    public TransitionResult Move(TransitionRequest request) => Set(workflow.Apply(request with { From = State }));

    /// <summary>
    /// The system move to Superseded when a newer version takes this one's place; allowed only where the form's table
    /// has it (declaration and disclosure), refused elsewhere.
    /// </summary>
    public TransitionResult Supersede() => Set(workflow.ApplySystem(State, WorkflowAction.Supersede));

    private TransitionResult Set(TransitionResult result)
    {
        if (result.Allowed) State = result.To!.Value;
        return result;
    }
}
