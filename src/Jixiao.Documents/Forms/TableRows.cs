using Jixiao.Documents.Text;

namespace Jixiao.Documents.Forms;

/// <summary>One table row: cleaned cell texts, the source line it starts on, and whether a blank line (a page break
/// inside a table in Word/HTML extractions) preceded it.</summary>
internal sealed record TableRow(int Line, IReadOnlyList<string> Cells, bool AfterBreak)
{
    public IEnumerable<(int Index, string Text)> NonEmpty()
    {
        for (var i = 0; i < Cells.Count; i++)
            if (!CellText.IsBlank(Cells[i])) yield return (i, Cells[i]);
    }

    /// <summary><see cref="NonEmpty"/> as a list, built without an iterator (grid rows are read by the thousand).</summary>
    public List<(int Index, string Text)> NonEmptyList()
    {
        var list = new List<(int Index, string Text)>(Cells.Count);
        for (var i = 0; i < Cells.Count; i++)
            if (!CellText.IsBlank(Cells[i])) list.Add((i, Cells[i]));
        return list;
    }

    public TableRow WithCells(IReadOnlyList<string> cells) => this with { Cells = cells };
}

internal enum BodyLayout
{
    /// <summary>One table row per line, cells separated by tabs (Word/HTML extractions).</summary>
    Tabbed,
    /// <summary>One cell per line, each starting with a tab; rows separated by blank lines (2021 disclosure).</summary>
    CellPerLine,
    /// <summary>PDF text: cells on their own lines or several on one line separated by spaces.</summary>
    Pdf,
}

internal static class TableRows
{
    public static BodyLayout DetectLayout(IReadOnlyList<SourceLine> lines)
    {
        var counts = new LayoutCounts();
        foreach (var l in lines) counts.Add(l.Text);
        return counts.Layout;
    }

    /// <summary>The layout of at most <paramref name="count"/> lines from <paramref name="start"/>.</summary>
    public static BodyLayout DetectLayout(DocumentLines lines, int start, int count)
    {
        var counts = new LayoutCounts();
        for (var k = start; k < lines.Count && k < start + count; k++) counts.Add(lines[k].Text);
        return counts.Layout;
    }

    private struct LayoutCounts
    {
        private int multiTab, singleLeadingTab, plain;

        public void Add(string text)
        {
            if (CellText.IsBlank(text)) return;
            var tabs = text.AsSpan().Count('\t');
            if (tabs == 0) plain++;
            else if (tabs == 1 && text.StartsWith('\t')) singleLeadingTab++;
            else multiTab++;
        }

        public readonly BodyLayout Layout =>
            singleLeadingTab > multiTab && singleLeadingTab >= plain / 2 ? BodyLayout.CellPerLine
            : multiTab == 0 && singleLeadingTab == 0 ? BodyLayout.Pdf
            : BodyLayout.Tabbed;
    }

    public static List<TableRow> ReadTabbed(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<TableRow>();
        var afterBreak = false;
        foreach (var l in lines)
        {
            if (CellText.IsBlank(l.Text))
            {
                afterBreak = rows.Count > 0;
                continue;
            }
            if (IsUnderline(l.Text)) continue;
            var cells = l.Text.Split('\t');
            for (var c = 0; c < cells.Length; c++) cells[c] = CellText.Clean(cells[c]);
            rows.Add(new TableRow(l.Number, cells, afterBreak));
            afterBreak = false;
        }
        return rows;
    }

    /// <summary>
    /// Cell-per-line layout: a line starting with a tab opens a cell, a line without one continues the open cell
    /// (joined with a newline), a blank line closes the row.
    /// </summary>
    public static List<TableRow> ReadCellPerLine(IReadOnlyList<SourceLine> lines)
    {
        var rows = new List<TableRow>();
        List<string>? cells = null;
        var start = 0;
        foreach (var l in lines)
        {
            if (CellText.IsBlank(l.Text) && !l.Text.StartsWith('\t'))
            {
                Flush();
                continue;
            }
            if (l.Text.StartsWith('\t'))
            {
                if (cells is null) { cells = []; start = l.Number; }
                cells.AddRange(l.Text[1..].Split('\t').Select(CellText.Clean));
            }
            else if (cells is { Count: > 0 })
            {
                cells[^1] = cells[^1].Length == 0 ? CellText.Clean(l.Text) : cells[^1] + "\n" + CellText.Clean(l.Text);
            }
            else
            {
                cells = [CellText.Clean(l.Text)];
                start = l.Number;
            }
        }
        Flush();
        return rows;

        void Flush()
        {
            if (cells is { Count: > 0 } && cells.Any(c => !CellText.IsBlank(c)))
                rows.Add(new TableRow(start, cells, false));
            cells = null;
        }
    }

    /// <summary>Markdown setext underline (`------`) under a bold title.</summary>
    public static bool IsUnderline(string text)
    {
        var t = CellText.Compact(text);
        return t.Length >= 3 && t.All(c => c is '-' or '=' or '|' or ':');
    }
}
