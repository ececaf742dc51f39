using Jixiao.Documents.Cells;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The document's cells in reading order, as the grid recogniser reads them. A flat line whose cells are separated by
/// single spaces (`产出指标 数量指标 建设数量 100%`) is split at the spaces when it reads as several cells: three or more
/// words, or a label or name followed by a value or name. Everything else is taken as the reader gave it.
/// </summary>
internal static class IndicatorGridCells
{
    public static IReadOnlyList<Cell> Of(CellDocument document)
    {
        var cells = new List<Cell>();
        foreach (var row in document.Rows)
            foreach (var cell in row.Cells)
            {
                var words = row.Shape == RowShape.Flat
                    ? cell.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [];
                if (words.Length >= 3 || (words.Length == 2 && IsNameAndValue(words[0], words[1])))
                    cells.AddRange(words.Select((w, i) => cell with { Column = cell.Column + i, Text = w }));
                else
                    cells.Add(cell);
            }
        return cells;
    }

    /// <summary>`成本指标  基本支出`, `资金拨付 12月底到位`: a label or name, then a value or name; not `产出 指标` or `≧ %`.</summary>
    private static bool IsNameAndValue(string first, string second) =>
        second != "指标" && !IndicatorValueShape.LooksLikeValue(first)
        && (IndicatorValueShape.LooksLikeValue(second) || IndicatorCategoryWords.IsCategory(first) || IndicatorGridVocabulary.Classify(first) is not null);
}
