namespace Jixiao.Web.Paging;

/// <summary>
/// One page of a list: its rows, how many rows match the filters in all, how many come before this page, and the
/// cursor of the next page (null on the last one).
/// </summary>
public sealed record PageResult<T>(IReadOnlyList<T> Items, int Total, int Before, string? Next)
{
    /// <summary>1-based position of the first row shown (0 when the page is empty).</summary>
    public int FirstShown => Items.Count == 0 ? 0 : Before + 1;
    public int LastShown => Before + Items.Count;

    public PageResult<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Before, Next);
}
