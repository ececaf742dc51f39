using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// 重点绩效评价 of a project by a 第三方评价机构 (ADR-059): finance assigns it with a framework and a deadline, the
/// evaluator fills <see cref="Content"/> (the scores by dimension and the conclusion, EvaluationSheetJson), attaches its
/// report and submits; finance accepts (locked) or returns it with <see cref="ReturnReason"/>.
/// </summary>
public class ExternalEvaluationEntity(FormState state) : FormAggregate(FormWorkflow.ExternalEvaluation, state)
{
    public ExternalEvaluationEntity() : this(FormState.Draft) { }

    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }

    /// <summary>The 第三方评价机构 assigned; its users see this evaluation and nothing else.</summary>
    public int EvaluatorOrgId { get; set; }
    public Organization? EvaluatorOrg { get; set; }

    /// <summary>The data template whose framework is scored (EvaluationFramework).</summary>
    public required string FrameworkId { get; set; }
    public DateOnly Deadline { get; set; }
    public required string Content { get; set; }

    /// <summary>The final score and grade once every dimension is scored: what 结果应用 reads (EvaluationResults).</summary>
    public decimal? TotalScore { get; set; }
    public Grade? Grade { get; set; }

    /// <summary>Finance's reason for the latest return, shown to the evaluator.</summary>
    public string? ReturnReason { get; set; }
    public required string AssignedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? AcceptedAt { get; set; }
}
