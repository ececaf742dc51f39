using Jixiao.Web.Paging;

namespace Jixiao.Web.Services;

/// <summary>
/// What the 指标库 list (page and GET /api/v1/indicators) may be narrowed to — a search on name or category, one
/// 一级指标 — and its order, paged like every list (ADR-040, ADR-049).
/// </summary>
public sealed record IndicatorListFilter(string? Q = null, string? Level1 = null, string? Sort = null)
{
    public const int MaxQueryLength = ProjectListFilter.MaxQueryLength;

    public string? Query => new ProjectListFilter(Q: Q).Query;

    public KeysetOrder<IndicatorEntry> Order => Sort == "name" ? IndicatorOrders.ByName : IndicatorOrders.Recent;
}

/// <summary>The orders of the 指标库 list, each ending on the entry's id.</summary>
public static class IndicatorOrders
{
    /// <summary>Most recently used first, then the most used, then by name (the order the editor's lookup has always had).</summary>
    public static readonly KeysetOrder<IndicatorEntry> Recent = KeysetOrder<IndicatorEntry>.ByDescending("ind", e => e.LastTargetYear ?? 0)
        .ThenByDescending(e => e.Projects).ThenBy(e => e.Name).ThenBy(e => e.Id);

    public static readonly KeysetOrder<IndicatorEntry> ByName = KeysetOrder<IndicatorEntry>.By("ind-name", e => e.Name)
        .ThenBy(e => e.Level1).ThenBy(e => e.Id);

    public static readonly IReadOnlyList<(string Value, string Label)> Choices = [("recent", "按最近使用"), ("name", "按指标名称")];
}

/// <summary>One page of the 指标库 entries in the user's scope, and the 一级指标 the filter offers.</summary>
public sealed class IndicatorListing(IndicatorLibrary library)
{
    public sealed record Listing(PageResult<IndicatorEntry> Page, IReadOnlyList<string> Level1Choices);

    public async Task<Listing> PageAsync(IndicatorListFilter filter, PageRequest page, CancellationToken ct)
    {
        // The library computes the scope's entries per request; the page is cut from them with the same cursors as SQL lists.
        var entries = await library.SearchAsync(filter.Query, int.MaxValue, ct);
        var level1 = entries.Select(e => e.Level1).Where(l => l.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var matching = filter.Level1 is { Length: > 0 } l1 ? entries.Where(e => e.Level1 == l1) : entries;
        return new Listing(filter.Order.Page(matching, page, e => e), level1);
    }
}
