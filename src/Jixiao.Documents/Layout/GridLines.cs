using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layout;

/// <summary>
/// The text shape every reader produces and the importers understand: one line per heading, per paragraph line and
/// per table row; a row's cells joined by tabs, a cell covered by a merge written empty (as the seed documents
/// print merged cells), line breaks inside a cell written <see cref="CellBreak"/>, trailing empty cells dropped.
/// <see cref="FromDocument"/> is the canonical text of a layout: a reader of our own export must give back exactly
/// these lines (blank lines aside), which is what the round-trip tests assert.
/// </summary>
public static class GridLines
{
    public const string CellBreak = "<br>";

    public static string Cell(string? text) => (text ?? "")
        .ReplaceLineEndings("\n").Trim('\n').Replace("\t", " ", StringComparison.Ordinal).Replace("\n", CellBreak, StringComparison.Ordinal);

    public static string Row(IEnumerable<string?> cells) => string.Join('\t', cells.Select(Cell)).TrimEnd('\t');

    /// <summary>Rows of a placed table, covered positions empty.</summary>
    public static IEnumerable<string> Rows(FormTable table)
    {
        var grid = new string?[table.Rows.Count, table.ColumnCount];
        foreach (var p in TableGrid.Place(table)) grid[p.Row, p.Column] = p.Cell.Text;
        for (var r = 0; r < table.Rows.Count; r++)
            yield return Row(Enumerable.Range(0, table.ColumnCount).Select(c => grid[r, c]));
    }

    public static IReadOnlyList<SourceLine> FromDocument(FormDocument document)
    {
        var texts = new List<string>();
        foreach (var section in document.Sections)
        {
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock h: texts.Add(h.Text); break;
                    case ParagraphBlock p: texts.AddRange(p.Text.ReplaceLineEndings("\n").Split('\n')); break;
                    case FormTable t: texts.AddRange(Rows(t)); break;
                }
            }
            texts.Add("");
        }
        return texts.Select((t, i) => new SourceLine(i + 1, t)).ToList();
    }
}
