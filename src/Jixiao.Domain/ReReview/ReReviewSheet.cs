using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.ReReview;

/// <summary>One indicator row side by side: 自评得分, each stage's 复核得分, the final score and whether they differ by more than the threshold.</summary>
/// <param name="Final">The last re-review's score where there is one (财政 over 主管部门), else the 自评得分.</param>
/// <param name="Difference">Final − 自评得分 (null when the row has no 自评得分 to compare).</param>
public sealed record ReReviewRow(
    Guid IndicatorKey, string Name, decimal? Weight, decimal? SelfScore,
    RowReReview? Supervisor, RowReReview? Finance, decimal? Final, decimal? Difference, bool Flagged);

/// <summary>
/// The 复核 of a whole 自评表: every row side by side and the totals. The final total is the self-evaluation's total with
/// each re-scored row's difference applied (so the 预算执行率 row and the profile's own treatment of the rest stay as the
/// self-evaluation scored them), kept within 0–100; its grade is SC-31's (<see cref="Grades.Of"/>).
/// </summary>
public sealed record ReReviewSheet(
    IReadOnlyList<ReReviewRow> Rows, decimal SelfTotal, Grade SelfGrade, decimal FinalTotal, Grade FinalGrade, decimal Threshold)
{
    /// <summary>The totals differ by more than the threshold.</summary>
    public bool TotalFlagged => Math.Abs(FinalTotal - SelfTotal) > Threshold;

    public bool AnyFlagged => TotalFlagged || Rows.Any(r => r.Flagged);

    public bool AnyReReviewed => Rows.Any(r => r.Supervisor is not null || r.Finance is not null);

    /// <summary>A self-evaluation row as it was scored: its key, name, 分值 and the 得分 counted.</summary>
    public sealed record SelfRow(Guid IndicatorKey, string Name, decimal? Weight, decimal? Score);

    /// <param name="selfRows">The scored rows of the 自评表, in its order.</param>
    /// <param name="selfTotal">The self-evaluation's 总分 as scored.</param>
    /// <param name="reReviews">The recorded re-reviews (at most one per row and stage; rows not on the form are ignored).</param>
    /// <param name="threshold">A row (and the total) is flagged when |final − 自评得分| exceeds it; must not be negative.</param>
    public static ReReviewSheet Compose(IReadOnlyList<SelfRow> selfRows, decimal selfTotal, IEnumerable<RowReReview> reReviews, decimal threshold)
    {
        ArgumentNullException.ThrowIfNull(selfRows);
        ArgumentNullException.ThrowIfNull(reReviews);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        var byRow = reReviews.ToLookup(r => r.IndicatorKey);
        var rows = selfRows.Select(s =>
        {
            var supervisor = byRow[s.IndicatorKey].LastOrDefault(r => r.Stage == ReReviewStage.Supervisor);
            var finance = byRow[s.IndicatorKey].LastOrDefault(r => r.Stage == ReReviewStage.Finance);
            var final = (finance ?? supervisor)?.Score ?? s.Score;
            var difference = final is { } f && (finance ?? supervisor) is not null ? f - (s.Score ?? 0m) : (decimal?)null;
            return new ReReviewRow(s.IndicatorKey, s.Name, s.Weight, s.Score, supervisor, finance, final, difference,
                difference is { } d && Math.Abs(d) > threshold);
        }).ToList();
        var finalTotal = Math.Clamp(selfTotal + rows.Sum(r => r.Difference ?? 0m), 0m, 100m);
        return new ReReviewSheet(rows, selfTotal, Grades.Of(selfTotal), finalTotal, Grades.Of(finalTotal), threshold);
    }
}
