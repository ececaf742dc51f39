using Jixiao.Documents.Text;

namespace Jixiao.Documents.Cells;

/// <summary>
/// Turns document lines into rows of positioned cells. This first cut knows tab-separated and `|` rows only; every
/// other line is one <see cref="RowShape.Flat"/> cell.
/// </summary>
public static class CellReader
{
    public static CellDocument Read(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<CellRow>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line.Text)) continue;
            var (shape, texts) = Split(line.Text);
            var index = rows.Count;
            rows.Add(new CellRow(index, texts.Select((t, column) => new Cell(index, column, t, line)).ToList(), shape));
        }
        return new CellDocument(rows);
    }

    private static (RowShape Shape, IReadOnlyList<string> Texts) Split(string text)
    {
        if (text.Contains('\t')) return (RowShape.Tabbed, text.Split('\t').Select(t => t.Trim()).ToList());
        var trimmed = text.Trim();
        if (trimmed.StartsWith('|') && trimmed.Length > 1)
            return (RowShape.Piped, trimmed.Trim('|').Split('|').Select(t => t.Trim()).ToList());
        return (RowShape.Flat, [trimmed]);
    }
}
