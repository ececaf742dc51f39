using Jixiao.Documents.Cells;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>Made-up documents for the grid recogniser's tests.</summary>
internal static class GridText
{
    /// <summary>The grids of <paramref name="text"/> read by the cell reader (`|` and tab rows).</summary>
    public static IReadOnlyList<RecognisedGrid> Grids(string text) =>
        IndicatorGridRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(text)));

    /// <summary>The grids of a document written one cell per line (each line one cell, blank lines kept as empty cells).</summary>
    public static IReadOnlyList<RecognisedGrid> OneCellPerLine(params string[] lines)
    {
        var rows = lines.Select((t, i) => new CellRow(i, [new Cell(i, 0, t, new SourceLine(i + 1, t))], RowShape.CellPerLine)).ToList();
        return IndicatorGridRecogniser.Find(new CellDocument(rows));
    }

    /// <summary>A row as `level1 | level2 | name | target | actual | weight | score` for compact assertions.</summary>
    public static string Show(RecognisedIndicator r) =>
        string.Join(" | ", r.Level1, r.Level2, r.Name, r.Target, r.Actual, r.Weight, r.Score).TrimEnd(' ', '|');
}
