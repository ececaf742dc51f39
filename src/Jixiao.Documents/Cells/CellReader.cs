using Jixiao.Documents.Text;

namespace Jixiao.Documents.Cells;

/// <summary>
/// Turns document lines into rows of positioned cells, deciding the shape of each stretch of lines by its separators and
/// neighbours, never by file:
/// <list type="bullet">
/// <item>tab rows (what the xlsx/docx/pdf/html readers write) → <see cref="RowShape.Tabbed"/>, one row per line;</item>
/// <item>`a | b | c` rows → <see cref="RowShape.Piped"/>; a trailing `||||` run holds no cells, `| |` is an empty cell; a
/// leading `|` is an empty first cell (a merged cell above) unless every row of the stretch is framed `| … |`; indented
/// `    | b` lines continue the row started on the line above;</item>
/// <item>one cell per line ending in ` |` or separated by lone `|` lines → <see cref="RowShape.CellPerLine"/>; a run of
/// two or more pipes ends a row, else every cell is its own row;</item>
/// <item>plain lines: stretches where most lines hold separated words → <see cref="RowShape.Aligned"/> (split on every
/// space; a line standing alone only on runs of two or more spaces); a short line standing alone between blank lines →
/// <see cref="RowShape.CellPerLine"/>; anything else → <see cref="RowShape.Flat"/>, one cell for the recognisers to split.</item>
/// </list>
/// </summary>
public static class CellReader
{
    /// <summary>A line alone between blank lines longer than this is running text, not one cell.</summary>
    private const int MaxCellLine = 60;

    /// <summary>A row closed by `||||` with more cells than this had lost its row markers: its cells become rows of one.</summary>
    private const int MaxStreamRow = 24;

    public static CellDocument Read(IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = lines.Select(TextLine.Of).ToList();
        var rows = new RowList();
        var i = 0;
        while (i < text.Count)
        {
            var line = text[i];
            switch (line.Kind)
            {
                case TextLineKind.Blank:
                    i++;
                    break;
                case TextLineKind.Tabbed:
                    rows.Add(RowShape.Tabbed, line.Source.Text.Split('\t').Select(t => (t.Trim(), line.Source)));
                    i++;
                    break;
                case TextLineKind.Bars or TextLineKind.PipeCell:
                    i = ReadStream(text, i, rows);
                    break;
                case TextLineKind.PipeRow:
                    i = ReadPiped(text, i, rows);
                    break;
                default:
                    if (Next(text, i) is { Kind: TextLineKind.Bars }) i = ReadStream(text, i, rows);
                    else if (Next(text, i) is { Kind: TextLineKind.PipeRow, Indented: true }) i = ReadPiped(text, i, rows);
                    else i = ReadParagraph(text, i, rows);
                    break;
            }
        }
        return new CellDocument(rows.Rows);
    }

    /// <summary>
    /// Cells one per line: text lines up to a `|` make one cell, a `|` with no text before it is an empty cell, two or more
    /// pipes close the row. Ends at a blank line not followed by more of it, or at a tab or `a | b` row.
    /// </summary>
    private static int ReadStream(List<TextLine> text, int i, RowList rows)
    {
        var group = new List<(string Text, SourceLine Line)>();
        string? buffer = null;
        SourceLine? bufferLine = null;
        var closedRows = false;

        void Flush(bool always)
        {
            if (buffer is null && !always) return;
            group.Add((buffer ?? "", bufferLine ?? text[Math.Min(i, text.Count - 1)].Source));
            buffer = null;
            bufferLine = null;
        }

        void CloseRow()
        {
            while (group.Count > 0 && group[^1].Text.Length == 0) group.RemoveAt(group.Count - 1);
            if (group.Count is > 0 and <= MaxStreamRow) rows.Add(RowShape.CellPerLine, group);
            else foreach (var cell in group.Where(c => c.Text.Length > 0)) rows.Add(RowShape.CellPerLine, [cell]);
            group.Clear();
            closedRows = true;
        }

        for (; i < text.Count; i++)
        {
            var line = text[i];
            if (line.Kind == TextLineKind.Blank)
            {
                if (Next(text, i) is { Kind: TextLineKind.Bars or TextLineKind.PipeCell }) continue;
                break;
            }
            if (line.Kind is TextLineKind.Tabbed or TextLineKind.PipeRow) break;
            if (line.Kind == TextLineKind.Text)
            {
                buffer = buffer is null ? line.Trimmed : Join(buffer, line.Trimmed);
                bufferLine ??= line.Source;
                continue;
            }
            if (line.Kind == TextLineKind.PipeCell)
            {
                buffer = buffer is null ? line.Trimmed : Join(buffer, line.Trimmed);
                bufferLine ??= line.Source;
                Flush(always: true);
                if (line.Pipes >= 2) CloseRow();
                continue;
            }
            // Bars: a lone pipe ends the pending cell (or is an empty one); a run ends the row.
            if (line.Pipes == 1) Flush(always: true);
            else { Flush(always: false); CloseRow(); }
        }
        Flush(always: false);
        // Without any row marker the cells stand alone; after the last marker, the remainder is one more row.
        if (!closedRows)
        {
            foreach (var cell in group.Where(c => c.Text.Length > 0)) rows.Add(RowShape.CellPerLine, [cell]);
            group.Clear();
        }
        else CloseRow();
        return i;
    }

    /// <summary>`a | b | c` rows, with the text lines that start a row continued by indented `| b` lines below them.</summary>
    private static int ReadPiped(List<TextLine> text, int i, RowList rows)
    {
        var end = i;
        while (end < text.Count && InPipedStretch(text, end)) end++;
        var rowLines = text.Skip(i).Take(end - i).Where(l => l.Kind == TextLineKind.PipeRow && !l.Indented).ToList();
        var framed = rowLines.Count > 0 && rowLines.All(l => l.Trimmed.StartsWith('|') && l.Trimmed.EndsWith('|'));

        List<(string Text, SourceLine Line)>? open = null;
        void Close()
        {
            if (open is null) return;
            if (open.Any(c => c.Text.Length > 0)) rows.Add(RowShape.Piped, open);
            open = null;
        }

        for (; i < end; i++)
        {
            var line = text[i];
            switch (line.Kind)
            {
                case TextLineKind.PipeRow when line.Indented && open is not null:
                    open.AddRange(Pieces(line.Trimmed).Skip(1).Select(t => (t, line.Source)));
                    break;
                case TextLineKind.PipeRow:
                    Close();
                    var pieces = Pieces(line.Trimmed);
                    if (framed) pieces = pieces.Skip(1).ToList();
                    open = pieces.Select(t => (t, line.Source)).ToList();
                    break;
                case TextLineKind.Text when open is not null && char.IsWhiteSpace(line.Source.Text[0]):
                    // A label broken over two lines inside a continued row (`社会效益` / `指标`).
                    open[^1] = (Join(open[^1].Text, line.Trimmed), open[^1].Line);
                    break;
                case TextLineKind.Text:
                    Close();
                    open = [(line.Trimmed, line.Source)];
                    break;
                case TextLineKind.Bars when line.Indented || char.IsWhiteSpace(line.Source.Text[0]):
                    Close();
                    break;
                default:
                    break;
            }
        }
        Close();
        return end;
    }

    private static bool InPipedStretch(List<TextLine> text, int i) => text[i].Kind switch
    {
        TextLineKind.PipeRow => true,
        // A lone `|` between rows (an empty row of a flattened table) stays inside the stretch.
        TextLineKind.Bars => NextIndex(text, i) is { } next && InPipedStretch(text, next),
        TextLineKind.Text => Next(text, i) is { Kind: TextLineKind.PipeRow, Indented: true },
        _ => false,
    };

    /// <summary>
    /// Plain lines up to a blank line: aligned rows when most lines hold separated words, a lone short line as one cell,
    /// anything else as flat text.
    /// </summary>
    private static int ReadParagraph(List<TextLine> text, int i, RowList rows)
    {
        var start = i;
        while (i < text.Count && text[i].Kind == TextLineKind.Text
            && (i == start || (Next(text, i) is not { Kind: TextLineKind.Bars } && Next(text, i) is not { Kind: TextLineKind.PipeRow, Indented: true })))
            i++;
        var paragraph = text.Skip(start).Take(i - start).ToList();
        var spaced = paragraph.Count(l => Words(l.Trimmed, wideOnly: false).Count > 1);
        var aligned = paragraph.Count > 1 ? spaced * 10 >= paragraph.Count * 4 : WideGap(paragraph[0].Trimmed);
        foreach (var line in paragraph)
        {
            if (aligned) rows.Add(RowShape.Aligned, Words(line.Trimmed, wideOnly: paragraph.Count == 1).Select(w => (w, line.Source)));
            // Among running lines, a line of a few separated words (none a lone character, as in `2024 年 1 月`) or with a
            // wide gap is a spreadsheet row on its own.
            else if (paragraph.Count > 1 && IsRowOfWords(line.Trimmed)) rows.Add(RowShape.Aligned, Words(line.Trimmed, wideOnly: false).Select(w => (w, line.Source)));
            else if (paragraph.Count == 1 && line.Trimmed.Length <= MaxCellLine) rows.Add(RowShape.CellPerLine, [(line.Trimmed, line.Source)]);
            else rows.Add(RowShape.Flat, [(line.Trimmed, line.Source)]);
        }
        return i;
    }

    /// <summary>
    /// The words of an aligned line: in a stretch of such lines, split on every space (spreadsheet text prints single
    /// spaces between cells); a line standing alone is split only on runs of two or more spaces.
    /// </summary>
    private static List<string> Words(string line, bool wideOnly)
    {
        var wide = wideOnly && WideGap(line);
        var words = new List<string>();
        var start = 0;
        for (var k = 0; k <= line.Length; k++)
        {
            if (k < line.Length && !char.IsWhiteSpace(line[k])) continue;
            var run = k;
            while (run < line.Length && char.IsWhiteSpace(line[run])) run++;
            if (k == line.Length || !wide || run - k >= 2)
            {
                if (k > start) words.Add(line[start..k].Trim());
                start = run;
            }
            if (k == line.Length) break;
            k = run - 1;
        }
        return words.Where(w => w.Length > 0).ToList();
    }

    private static bool IsRowOfWords(string line)
    {
        if (WideGap(line)) return true;
        var words = Words(line, wideOnly: false);
        return words.Count is >= 3 and <= 8 && words.All(w => w.Length >= 2);
    }

    private static bool WideGap(string line)
    {
        for (var k = 1; k < line.Length; k++)
            if (char.IsWhiteSpace(line[k]) && char.IsWhiteSpace(line[k - 1])) return true;
        return false;
    }

    /// <summary>
    /// The texts between the pipes of a row, trimmed (the first is the text before the first pipe). A trailing run of
    /// adjacent pipes (`||||`, a flattened colspan) holds no cells; `| |` is an empty cell and is kept.
    /// </summary>
    private static List<string> Pieces(string row)
    {
        var raw = row.Split('|').ToList();
        while (raw.Count > 1 && raw[^1].Length == 0) raw.RemoveAt(raw.Count - 1);
        return raw.Select(t => t.Trim()).ToList();
    }

    /// <summary>A cell broken over lines: Chinese text joins directly, other text with a space.</summary>
    private static string Join(string a, string b) =>
        a.Length > 0 && b.Length > 0 && IsCjk(a[^1]) && IsCjk(b[0]) ? a + b : a.Length == 0 ? b : a + " " + b;

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uff00' and <= '\uffef' or >= '\u3000' and <= '\u303f';

    private static TextLine? Next(List<TextLine> text, int i) => NextIndex(text, i) is { } k ? text[k] : null;

    private static int? NextIndex(List<TextLine> text, int i)
    {
        for (var k = i + 1; k < text.Count; k++)
            if (text[k].Kind != TextLineKind.Blank) return k;
        return null;
    }

    /// <summary>The rows as they are read, numbered in order.</summary>
    private sealed class RowList
    {
        public List<CellRow> Rows { get; } = [];

        public void Add(RowShape shape, IEnumerable<(string Text, SourceLine Line)> cells)
        {
            var index = Rows.Count;
            Rows.Add(new CellRow(index, cells.Select((c, column) => new Cell(index, column, c.Text, c.Line)).ToList(), shape));
        }
    }
}
