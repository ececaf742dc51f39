using Jixiao.Data;
using Jixiao.Domain.Projects;
using Jixiao.Web.Auth;
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

    public KeysetOrder<IndicatorListRow> Order => Sort == "name" ? IndicatorOrders.ByName : IndicatorOrders.Recent;
}

/// <summary>The orders of the 指标库 list, each ending on the entry's id; names compare ordinally (<see cref="LibraryFacts.Entries"/>).</summary>
public static class IndicatorOrders
{
    /// <summary>Most recently used first, then the most used, then by name (the order the editor's lookup has always had).</summary>
    public static readonly KeysetOrder<IndicatorListRow> Recent = KeysetOrder<IndicatorListRow>.ByDescending("ind", e => e.LastTargetYear)
        .ThenByDescending(e => e.Projects).ThenBy(e => e.Name).ThenBy(e => e.Id);

    public static readonly KeysetOrder<IndicatorListRow> ByName = KeysetOrder<IndicatorListRow>.By("ind-name", e => e.Name)
        .ThenBy(e => e.Level1).ThenBy(e => e.Id);

    public static readonly IReadOnlyList<(string Value, string Label)> Choices = [("recent", "按最近使用"), ("name", "按指标名称")];
}

/// <summary>One page of the 指标库 entries in the user's scope, and the 一级指标 the filter offers.</summary>
public sealed class IndicatorListing(JixiaoDbContext db, CurrentUser me, IndicatorLibrary library)
{
    public sealed record Listing(PageResult<IndicatorEntry> Page, IReadOnlyList<string> Level1Choices);

    /// <summary>
    /// The page as SQL keyset paging over the entries read from the per-identity aggregates (ADR-056, ADR-066): the
    /// filters, the order and the "after" test run in the database, the page reads at most <see cref="PageRequest.MaxSize"/> + 1
    /// entries, and only those get their latest target.
    /// </summary>
    public async Task<Listing> PageAsync(IndicatorListFilter filter, PageRequest page, CancellationToken ct)
    {
        var query = IndicatorIdentity.NameKey(filter.Query);
        var rows = await filter.Order.PageAsync(LibraryFacts.Entries(db, me, query, filter.Level1), page, r => r,
            c => LibraryFacts.CountAsync(db, me, query, filter.Level1, c), ct);
        var entries = await library.EntriesAsync(rows.Items, ct);
        var level1 = await LibraryFacts.Level1ChoicesAsync(db, me, query, ct);
        return new Listing(new PageResult<IndicatorEntry>(entries, rows.Total, rows.Before, rows.Next), level1);
    }
}
