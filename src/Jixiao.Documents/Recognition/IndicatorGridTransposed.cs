using Jixiao.Documents.Cells;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// A grid printed column by column (a PDF whose text came out down the columns): the name header followed by every
/// row's name, then a value header (年度目标值) followed by every row's value in the same order, and so on for each
/// value column (实施周期目标值 is kept by its header). Sought only where no grid has a header row.
/// </summary>
internal static class IndicatorGridTransposed
{
    private const int MinimumRows = 2;

    /// <summary>The grid read down its columns, or null when the cells do not make one.</summary>
    public static RecognisedGrid? Find(IReadOnlyList<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (IndicatorGridVocabulary.Classify(cells[i].Text) is not { Role: R.Name } nameHeader) continue;
            var names = Run(cells, i + 1, c => !IndicatorValueShape.LooksLikeValue(c.Text) && !IndicatorCategoryWords.IsCategory(c.Text));
            if (names.Count < MinimumRows) continue;
            var at = i + 1 + names.Count;
            var columns = new List<(IndicatorGridColumn Column, IReadOnlyList<Cell> Values)>();
            while (at < cells.Count && IndicatorGridVocabulary.Classify(cells[at].Text) is { } header && header.Role is R.Target or R.Actual or R.Weight or R.Score or R.Other)
            {
                var values = cells.Skip(at + 1).Take(names.Count).ToList();
                if (values.Count < names.Count || !values.All(v => IndicatorValueShape.LooksLikeValue(v.Text))) break;
                columns.Add((header, values));
                at += 1 + names.Count;
            }
            if (!columns.Any(c => c.Column.Role == R.Target)) continue;
            return Build(cells, i, at, nameHeader, names, columns);
        }
        return null;
    }

    /// <summary>The cells from <paramref name="from"/> that are no header label and fit <paramref name="fits"/>.</summary>
    private static List<Cell> Run(IReadOnlyList<Cell> cells, int from, Func<Cell, bool> fits)
    {
        var run = new List<Cell>();
        for (var j = from; j < cells.Count && !IndicatorGridHeader.IsBlank(cells[j].Text) && IndicatorGridVocabulary.Classify(cells[j].Text) is null && fits(cells[j]); j++)
            run.Add(cells[j]);
        return run;
    }

    private static RecognisedGrid Build(IReadOnlyList<Cell> cells, int start, int end, IndicatorGridColumn nameHeader, List<Cell> names,
        List<(IndicatorGridColumn Column, IReadOnlyList<Cell> Values)> columns)
    {
        // The year's column of a role is its member (the first not marked 长期/实施期); the others are kept by their header.
        var main = new Dictionary<R, int>();
        foreach (var role in new[] { R.Target, R.Actual, R.Weight, R.Score })
            if (columns.FindIndex(c => c.Column.Role == role && !c.Column.LongTerm) is var k && k >= 0) main[role] = k;
        string? Member(R role, int row) => main.TryGetValue(role, out var k) ? columns[k].Values[row].Text.Trim() : null;
        var rows = new List<RecognisedIndicator>();
        for (var r = 0; r < names.Count; r++)
        {
            var kept = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < columns.Count; k++)
                if (!main.ContainsValue(k)) kept.TryAdd(columns[k].Column.Header, columns[k].Values[r].Text.Trim());
            rows.Add(new RecognisedIndicator(null, null, null, names[r].Text.Trim(), Member(R.Target, r), Member(R.Actual, r),
                Member(R.Weight, r), Member(R.Score, r), kept, names[r])
            { Columns = kept });
        }
        IReadOnlyList<IndicatorGridColumn> roles = [nameHeader, .. columns.Select(c => c.Column)];
        return new RecognisedGrid([.. roles.Select(c => c.Header)], rows, cells[start].Row, cells[end - 1].Row, []) { ColumnRoles = roles };
    }
}
