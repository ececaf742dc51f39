using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.ResultsApplied;

/// <summary>
/// What last year's cycle says about a project declared again (issue 17 item 5): the 自评 score and grade, and — where
/// 复核 and 重点评价 exist — the re-review score, the evaluation grade and the rectification items still open. Null: the
/// stage has no result (shown as “—”).
/// </summary>
public sealed record LastYearResults(
    decimal? SelfScore,
    Grade? SelfGrade,
    decimal? ReReviewScore = null,
    Grade? EvaluationGrade = null,
    int? OpenRectifications = null)
{
    public static LastYearResults None { get; } = new(null, null);

    /// <summary>The grade that counts: an external evaluation's over the self-evaluation's (a re-review changes the score, and so the self grade).</summary>
    public Grade? Grade => EvaluationGrade ?? (ReReviewScore is { } r ? Grades.Of(r) : SelfGrade);
}
