using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Jixiao.Web.Paging;

namespace Jixiao.Web.Services.ReReview;

/// <summary>
/// What the 整改事项 list may be narrowed to (状态, 单位 or 主管部门 — its units' items —, 来源, 只看逾期) and its sort
/// (<see cref="Choices"/>), as every other list (keyset paging, ADR-040).
/// </summary>
public sealed record RectificationListFilter(
    RectificationState? State = null, int? Org = null, RectificationSourceKind? Source = null, bool Overdue = false, string? Sort = null)
{
    /// <summary>By due date (the default: the most urgent first).</summary>
    public static readonly KeysetOrder<RectificationItem> ByDue = KeysetOrder<RectificationItem>.By("due", i => i.DueDate).ThenBy(i => i.Id);

    public static readonly KeysetOrder<RectificationItem> ByUnit = KeysetOrder<RectificationItem>.By("unit", i => i.OwnerUnit!.Name)
        .ThenBy(i => i.DueDate).ThenBy(i => i.Id);

    public static readonly KeysetOrder<RectificationItem> Newest = KeysetOrder<RectificationItem>.ByDescending("new", i => i.RaisedAt)
        .ThenByDescending(i => i.Id);

    /// <summary>The choices of the 排序 select, in the order shown (value, Chinese label).</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Choices = [("due", "按整改期限"), ("unit", "按责任单位"), ("new", "按下达时间（新到旧）")];

    public KeysetOrder<RectificationItem> Order => Sort switch
    {
        "unit" => ByUnit,
        "new" => Newest,
        _ => ByDue,
    };

    /// <param name="orgPath">The materialised path of <see cref="Org"/> (null: no such organisation in reach, nothing matches).</param>
    public IQueryable<RectificationItem> Apply(IQueryable<RectificationItem> items, string? orgPath, DateOnly today)
    {
        if (State is { } s) items = items.Where(i => i.State == s);
        if (Source is { } k) items = items.Where(i => i.SourceKind == k);
        if (Overdue) items = items.Where(i => i.State == RectificationState.Open && i.DueDate < today);
        if (Org is not null) items = orgPath is null ? items.Where(_ => false) : items.Where(i => i.OwnerUnit!.Path.StartsWith(orgPath));
        return items;
    }
}

/// <summary>整改 counts of one organisation (a 主管部门 with its units, or a unit): 待整改, of them 逾期, and 已答复 waiting for 销号.</summary>
public sealed record RectificationCounts(int OrgId, string Name, int Open, int Overdue, int Answered)
{
    public int Total => Open + Answered;
}
