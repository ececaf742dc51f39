using Jixiao.Documents.Cells;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The document's cells in reading order, as the grid recogniser reads them. A flat line whose cells are separated by
/// single spaces (`产出指标 数量指标 建设数量 100%`) is split at the spaces when it reads as several cells: three or more
/// words, or a label or name followed by a value or name; text run together is cut by <see cref="IndicatorGridFlatText"/>.
/// Cells of rows the reader split are taken as it gave them; a lone cell is checked for run-together text.
/// </summary>
internal static class IndicatorGridCells
{
    public static IReadOnlyList<Cell> Of(CellDocument document)
    {
        var cells = new List<Cell>();
        IReadOnlyList<IndicatorGridColumnRole>? runTogether = null;
        foreach (var row in PageBreakMarkers.Join(document.Rows))
            foreach (var cell in row.Cells)
            {
                if (row.Shape != RowShape.Flat && row.Cells.Count > 1)
                {
                    cells.Add(cell);
                    continue;
                }
                var words = row.Shape == RowShape.Flat
                    ? cell.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [];
                IReadOnlyList<string> texts = words.Length >= 3 || (words.Length == 2 && IsNameAndValue(words[0], words[1])) ? words : [cell.Text];
                var column = cell.Column;
                foreach (var text in texts)
                    foreach (var piece in RunTogether(text, ref runTogether))
                        cells.Add(cell with { Column = column++, Text = piece });
            }
        return cells;
    }

    /// <summary>
    /// A text with header labels run together is cut into them (and its rest into cells); once such a header was seen,
    /// later run-together text is cut into cells too.
    /// </summary>
    private static IReadOnlyList<string> RunTogether(string text, ref IReadOnlyList<IndicatorGridColumnRole>? seen)
    {
        var pieces = new List<string>();
        var afterHeader = false;
        while (IndicatorGridFlatText.FindHeader(text) is { } header)
        {
            var roles = header.Labels.Select(l => IndicatorGridVocabulary.Classify(l)?.Role ?? IndicatorGridColumnRole.Other);
            // A label the vocabulary reads only as a whole (OCR's `考值参分`) between two runs of labels: one header.
            if (afterHeader && header.Start > 0 && IndicatorGridVocabulary.Classify(text[..header.Start]) is { } between)
            {
                pieces.Add(text[..header.Start]);
                seen = [.. seen!, between.Role, .. roles];
            }
            else
            {
                if (header.Start > 0) pieces.AddRange(Body(text[..header.Start], seen));
                seen = [.. roles];
            }
            pieces.AddRange(header.Labels);
            text = text[header.End..];
            afterHeader = true;
        }
        if (text.Length > 0) pieces.AddRange(Body(text, seen));
        return pieces;
    }

    /// <summary>Text after a run-together header (whose column roles are <paramref name="header"/>) is cut into cells.</summary>
    private static IReadOnlyList<string> Body(string text, IReadOnlyList<IndicatorGridColumnRole>? header) =>
        header is not null && text.Length > 1 ? IndicatorGridFlatText.SplitBody(text, header) : [text];

    /// <summary>`成本指标  基本支出`, `资金拨付 12月底到位`: a label or name, then a value or name; not `产出 指标` or `≧ %`.</summary>
    private static bool IsNameAndValue(string first, string second) =>
        second != "指标" && !IndicatorValueShape.LooksLikeValue(first)
        && (IndicatorValueShape.LooksLikeValue(second) || IndicatorCategoryWords.IsCategory(first) || IndicatorGridVocabulary.Classify(first) is not null);
}
