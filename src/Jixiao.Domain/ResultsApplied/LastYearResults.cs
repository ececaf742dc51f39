using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.ResultsApplied;

/// <summary>
/// What last year's cycle says about a project declared again (issue 17 item 5): the 自评 score and grade, the confirmed
/// 复核's final score and grade, the accepted 重点绩效评价's score and grade, and the rectification items still open (not
/// 已销号). Null: the stage has no result (shown as “—”).
/// </summary>
public sealed record LastYearResults(
    decimal? SelfScore,
    Grade? SelfGrade,
    decimal? ReReviewScore = null,
    Grade? EvaluationGrade = null,
    int? OpenRectifications = null,
    Grade? ReReviewGrade = null,
    decimal? EvaluationScore = null)
{
    public static LastYearResults None { get; } = new(null, null);

    /// <summary>
    /// The grade that counts (ADR-060): an external evaluation's, else the re-review's (its stored grade, else its score's),
    /// else the self-evaluation's.
    /// </summary>
    public Grade? Grade => EvaluationGrade ?? ReReviewGrade ?? (ReReviewScore is { } r ? Grades.Of(r) : SelfGrade);

    /// <summary>Which stage <see cref="Grade"/> comes from (null: no grade).</summary>
    public GradeBasis? Basis =>
        EvaluationGrade is not null ? GradeBasis.Evaluation
        : ReReviewGrade is not null || ReReviewScore is not null ? GradeBasis.ReReview
        : SelfGrade is not null ? GradeBasis.Self
        : null;
}

/// <summary>The stage the grade that counts was taken from, in the rule's order of precedence.</summary>
public enum GradeBasis
{
    Evaluation,
    ReReview,
    Self,
}

public static class GradeBases
{
    /// <summary>重点绩效评价 / 复核 / 自评.</summary>
    public static string DisplayName(this GradeBasis basis) => basis switch
    {
        GradeBasis.Evaluation => "重点绩效评价",
        GradeBasis.ReReview => "复核",
        _ => "自评",
    };
}
