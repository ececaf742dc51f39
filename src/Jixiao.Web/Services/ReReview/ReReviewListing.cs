using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Paging;

namespace Jixiao.Web.Services.ReReview;

/// <summary>
/// What the 复核 list may be narrowed to (all optional, combined with AND) and its order: the same filter for /ReReviews
/// and GET /api/v1/re-reviews, applied inside the user's scope and paged in SQL (ADR-063).
/// </summary>
/// <param name="Sampled">true: drawn by 抽评 only; false: the department's own 复核 only.</param>
/// <param name="Differs">true: only those with a row or total beyond the flag threshold (差异较大); false: only those without.</param>
public sealed record ReReviewListFilter(int? Year = null, FormState? State = null, int? UnitId = null, bool? Sampled = null, bool? Differs = null,
    string? Sort = null)
{
    public KeysetOrder<ReReviewEntity> Order => ReReviewOrders.Named(Sort);

    public IQueryable<ReReviewEntity> Apply(IQueryable<ReReviewEntity> reReviews)
    {
        if (Year is { } y) reReviews = reReviews.Where(r => r.Project!.Year == y);
        if (State is { } s) reReviews = reReviews.Where(r => r.State == s);
        if (UnitId is { } u) reReviews = reReviews.Where(r => r.Project!.UnitId == u);
        if (Sampled is { } sampled) reReviews = sampled ? reReviews.Where(r => r.SampleDrawId != null) : reReviews.Where(r => r.SampleDrawId == null);
        if (Differs is { } differs) reReviews = reReviews.Where(r => r.HasDifference == differs);
        return reReviews;
    }

    /// <summary>The states a 复核 passes through, as the 状态 filter offers them.</summary>
    public static readonly IReadOnlyList<FormState> StateChoices = [FormState.SupervisorReview, FormState.FinanceReview, FormState.Confirmed];
}

/// <summary>The orders the 复核 list offers, each ending on the id so ties page exactly once.</summary>
public static class ReReviewOrders
{
    public static readonly KeysetOrder<ReReviewEntity> Newest = KeysetOrder<ReReviewEntity>.ByDescending("rr-new", r => r.UpdatedAt)
        .ThenByDescending(r => r.Id);

    public static readonly KeysetOrder<ReReviewEntity> ByUnit = KeysetOrder<ReReviewEntity>.By("rr-unit", r => r.Project!.Unit!.Name)
        .ThenByDescending(r => r.Project!.Year).ThenBy(r => r.Project!.Name).ThenBy(r => r.Id);

    public static readonly KeysetOrder<ReReviewEntity> ByYear = KeysetOrder<ReReviewEntity>.ByDescending("rr-year", r => r.Project!.Year)
        .ThenBy(r => r.Project!.Unit!.Name).ThenBy(r => r.Project!.Name).ThenBy(r => r.Id);

    /// <summary>The choices of the 排序 select, in the order shown (value, Chinese label); the first is the default.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Choices =
        [("new", "按复核时间（新到旧）"), ("unit", "按单位"), ("year", "按年度（新到旧）")];

    public static KeysetOrder<ReReviewEntity> Named(string? name) => name switch
    {
        "unit" => ByUnit,
        "year" => ByYear,
        _ => Newest,
    };
}
