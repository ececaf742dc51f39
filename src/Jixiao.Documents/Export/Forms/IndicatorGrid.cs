using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// The 一级/二级/三级 rows shared by every form: consecutive rows with the same 一级 (and, within it, the same 二级)
/// merge their category cell, as the official forms print them. Order is kept (Ordinal), never regrouped.
/// </summary>
public static class IndicatorGrid
{
    /// <param name="valueCells">The cells right of 三级指标 for one row (target, actual, weight, …).</param>
    /// <param name="leadingLabel">A label merged down the left of all rows (`绩效指标`), or null for none.</param>
    public static IEnumerable<IReadOnlyList<TableCell>> Rows(
        IReadOnlyList<Indicator> indicators, Func<Indicator, IReadOnlyList<TableCell>> valueCells, string? leadingLabel) =>
        Rows(indicators, i => i.Level1, i => i.Level2, i => i.Name, valueCells, leadingLabel);

    /// <summary>The same grid for rows that are not <see cref="Indicator"/>s (e.g. a monitoring row), by their category texts.</summary>
    public static IEnumerable<IReadOnlyList<TableCell>> Rows<T>(
        IReadOnlyList<T> items, Func<T, string> level1, Func<T, string> level2, Func<T, string> name,
        Func<T, IReadOnlyList<TableCell>> valueCells, string? leadingLabel)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var row = new List<TableCell>();
            var item = items[i];
            var sameLevel1 = i > 0 && level1(items[i - 1]) == level1(item);
            if (i == 0 && leadingLabel is not null) row.Add(TableCell.Label(leadingLabel, rowSpan: items.Count));
            if (!sameLevel1)
                row.Add(TableCell.Centered(level1(item), rowSpan: RunLength(items, i, level1)));
            if (!sameLevel1 || level2(items[i - 1]) != level2(item))
                row.Add(TableCell.Centered(level2(item), rowSpan: RunLength(items, i, x => (level1(x), level2(x)))));
            row.Add(TableCell.Value(name(item)));
            row.AddRange(valueCells(item));
            yield return row;
        }
    }

    private static int RunLength<T, TKey>(IReadOnlyList<T> items, int start, Func<T, TKey> key)
    {
        var first = key(items[start]);
        var end = start + 1;
        while (end < items.Count && EqualityComparer<TKey>.Default.Equals(key(items[end]), first)) end++;
        return end - start;
    }
}
