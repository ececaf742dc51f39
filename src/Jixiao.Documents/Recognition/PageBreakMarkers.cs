using System.Text.RegularExpressions;
using Jixiao.Documents.Cells;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Document-sharing sites print a long document as numbered pages, each a line that starts `1、`, `2、`, `3、` and runs
/// on from the last one (often mid-word: `…社会效益` / `2、指标效果显著…`). Such a line is no numbered heading that closes a
/// grid: the pages are one text, joined here with the markers after the first left out.
/// </summary>
internal static partial class PageBreakMarkers
{
    /// <summary>A page is long running text, unlike a numbered list item (`1、业务工作经费`).</summary>
    private const int MinimumPageLength = 100;

    /// <summary>
    /// The rows with every run of numbered page lines (flat rows of one cell, numbered 1, 2, 3 … on consecutive rows,
    /// each but the last at least a page long) joined into the first row's cell.
    /// </summary>
    public static IReadOnlyList<CellRow> Join(IReadOnlyList<CellRow> rows)
    {
        var result = new List<CellRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (Number(row) != 1 || row.Cells[0].Text.Length < MinimumPageLength)
            {
                result.Add(row);
                continue;
            }
            var text = new System.Text.StringBuilder(row.Cells[0].Text.TrimEnd());
            var next = r + 1;
            while (next < rows.Count && Number(rows[next]) == next - r + 1 && rows[next - 1].Cells[0].Text.Length >= MinimumPageLength)
            {
                var page = rows[next].Cells[0].Text.TrimStart();
                text.Append(page[(Marker().Match(page).Length)..].TrimEnd());
                next++;
            }
            result.Add(next == r + 1 ? row : row with { Cells = [row.Cells[0] with { Text = text.ToString() }] });
            r = next - 1;
        }
        return result;
    }

    /// <summary>The page number a flat one-cell row starts with (`2、…`), or 0.</summary>
    private static int Number(CellRow row) =>
        row.Shape == RowShape.Flat && row.Cells.Count == 1 && Marker().Match(row.Cells[0].Text.TrimStart()) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    [GeneratedRegex(@"^(\d{1,2})、")]
    private static partial Regex Marker();
}
