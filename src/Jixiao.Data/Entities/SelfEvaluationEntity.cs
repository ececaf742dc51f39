using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// The 自评表 of a project (workflow.md §5), generated from the approved declaration version it evaluates.
/// <see cref="Content"/> holds actuals, fund rows and reasons by indicator key; <see cref="ScoreSnapshot"/> the
/// score and trail frozen at submission.
/// </summary>
public class SelfEvaluationEntity(FormState state) : FormAggregate(FormWorkflow.SelfEvaluation, state)
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public Guid DeclarationVersionId { get; set; }
    /// <summary>A new form, in Draft (the other constructor: the state a historical record arrives in, Imported, workflow.md §9).</summary>
    public SelfEvaluationEntity() : this(FormState.Draft) { }

    public required string ProfileId { get; set; }
    public required string Content { get; set; }
    public string? ScoreSnapshot { get; set; }
    public decimal? TotalScore { get; set; }
    /// <summary>评价等级 of <see cref="TotalScore"/>, stored as its value by name (`Excellent`); shown as 优/良/中/差 (<see cref="Grades.DisplayName"/>).</summary>
    public Grade? Grade { get; set; }
    public bool OpenedByReviewer { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
