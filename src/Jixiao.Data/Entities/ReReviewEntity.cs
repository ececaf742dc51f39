using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;

namespace Jixiao.Data.Entities;

/// <summary>
/// The 复核 of one submitted 自评表 (issue 17): the re-scored rows by stage (<see cref="Content"/>, JSON of
/// <see cref="Domain.ReReview.RowReReview"/>), and the final total and grade they give. A form of its own, so a confirmed
/// 自评表 (locked) can still be re-reviewed; locked itself once finance completes it.
/// </summary>
public class ReReviewEntity(FormState state) : FormAggregate(FormWorkflow.ReReview, state)
{
    public ReReviewEntity() : this(FormState.SupervisorReview) { }

    public Guid Id { get; set; }
    public Guid SelfEvaluationId { get; set; }

    /// <summary>The evaluated project: what the scope rules read.</summary>
    public Guid ProjectId { get; set; }
    public ProjectEntity? Project { get; set; }
    public required string Content { get; set; }

    /// <summary>最终得分 and 最终等级 (the last re-review where present); what 结果应用 reads beside the self-score.</summary>
    public decimal FinalTotal { get; set; }
    public Grade FinalGrade { get; set; }

    /// <summary>A row or the total differs from the self-evaluation by more than the threshold (差异较大), as last scored: the list's 有差异 filter.</summary>
    public bool HasDifference { get; set; }

    /// <summary>Drawn by 抽评 (<see cref="SampleDrawEntity"/>), not started by a reviewer.</summary>
    public Guid? SampleDrawId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
