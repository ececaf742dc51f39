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
        IReadOnlyList<Indicator> indicators, Func<Indicator, IReadOnlyList<TableCell>> valueCells, string? leadingLabel)
    {
        for (var i = 0; i < indicators.Count; i++)
        {
            var row = new List<TableCell>();
            var indicator = indicators[i];
            if (i == 0 && leadingLabel is not null) row.Add(TableCell.Label(leadingLabel, rowSpan: indicators.Count));
            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1)
                row.Add(TableCell.Centered(indicator.Level1, rowSpan: RunLength(indicators, i, x => x.Level1)));
            if (i == 0 || indicators[i - 1].Level1 != indicator.Level1 || indicators[i - 1].Level2 != indicator.Level2)
                row.Add(TableCell.Centered(indicator.Level2, rowSpan: RunLength(indicators, i, x => (x.Level1, x.Level2))));
            row.Add(TableCell.Value(indicator.Name));
            row.AddRange(valueCells(indicator));
            yield return row;
        }
    }

    private static int RunLength<T>(IReadOnlyList<Indicator> indicators, int start, Func<Indicator, T> key)
    {
        var first = key(indicators[start]);
        var end = start + 1;
        while (end < indicators.Count && EqualityComparer<T>.Default.Equals(key(indicators[end]), first)) end++;
        return end - start;
    }
}
