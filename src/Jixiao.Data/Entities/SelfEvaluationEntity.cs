using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// The 自评表 of a project (workflow.md §5), generated from the approved declaration version it evaluates.
/// <see cref="Content"/> holds actuals, fund rows and reasons by indicator key; <see cref="ScoreSnapshot"/> the
/// score and trail frozen at submission.
/// </summary>
public class SelfEvaluationEntity : IForm
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public Guid DeclarationVersionId { get; set; }
    /// <summary>A new form, in Draft.</summary>
    public SelfEvaluationEntity() : this(FormState.Draft) { }

    /// <summary>A new form in its first state: the state a historical record arrives in (Imported, workflow.md §9).</summary>
    public SelfEvaluationEntity(FormState state) => State = state;

    /// <summary>Moves only through <see cref="FormWorkflow.SelfEvaluation"/>: <see cref="Move"/>.</summary>
    public FormState State { get; private set; }
    public required string ProfileId { get; set; }
    public required string Content { get; set; }
    public string? ScoreSnapshot { get; set; }
    public decimal? TotalScore { get; set; }
    public string? Grade { get; set; }
    public bool OpenedByReviewer { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: a save that read an older stamp is refused. Renewed only by <see cref="JixiaoDbContext"/>.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    /// <summary>
    /// A user's move through the transition table (the request's From is this form's state); a refused move changes
    /// nothing and says why in Chinese.
    /// </summary>
    public TransitionResult Move(TransitionRequest request)
    {
        var result = FormWorkflow.SelfEvaluation.Apply(request with { From = State });
        if (result.Allowed) State = result.To!.Value;
        return result;
    }
}
