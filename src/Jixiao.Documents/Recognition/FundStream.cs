using Jixiao.Documents.Cells;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// One row of a money grid read from running text: its printed label (null when the figures come first), its figures, and
/// whether they came from flat text (where figures of several cells may run together).
/// </summary>
internal sealed record FundStreamRow(string? Label, bool Colon, List<string> Figures, Cell At)
{
    public bool Flat { get; set; }
}

/// <summary>A money grid read from running text: its columns in printed order, its rows, and whether it states 万元.</summary>
internal sealed record FundStreamGrid(IReadOnlyList<FundColumn> Columns, IReadOnlyList<FundStreamRow> Rows, bool WanYuan);

/// <summary>
/// A money grid whose cells lost their places: flat PDF/OCR text (`全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:
/// 202010100.00%10`), one cell per line, or rows whose cells ran into each other. The text is read as words and
/// figures in order: the grid's header is a run of words holding at least two column headings (one of them an amount),
/// then each word is a row's label and the figures after it are that row's. A bracketed note (`(A)`, `(万元`) belongs to
/// the word before it. The grid ends at the goals or indicators, or at two labels in a row with no figure.
/// </summary>
internal static class FundStream
{
    /// <summary>Most rows a money grid has (年度资金总额 and its parts).</summary>
    private const int MaxRows = 8;

    /// <summary>A label longer than this is running text, not a row of the grid.</summary>
    private const int MaxLabel = 30;

    /// <summary>Words that start the next block (the goals, the indicator grid): the money grid ends before them.</summary>
    private static readonly string[] Ends = ["年度总体目标", "总体目标", "年度目标", "绩效指标", "一级指标", "预期目标"];

    private sealed record Piece(string Text, bool Figure, Cell Cell, bool StartsCell, bool Flat);

    public static FundStreamGrid? Find(IEnumerable<CellRow> rows)
    {
        var words = MoneyColumnWords.Current();
        var pieces = Pieces(rows).ToList();
        for (var p = 0; p < pieces.Count; p++)
        {
            if (pieces[p].Figure || Header(pieces, p, words) is not { } header) continue;
            var grid = Rows(pieces, header.Next, header.FirstLabel, header.At);
            if (grid.Count == 0) continue;
            var near = pieces.Skip(Math.Max(0, p - 2)).Take(header.Next - Math.Max(0, p - 2));
            return new FundStreamGrid(header.Columns, grid, near.Any(x => x.Text.Contains("万元", StringComparison.Ordinal)));
        }
        return null;
    }

    private sealed record HeaderRead(List<FundColumn> Columns, string? FirstLabel, Cell At, int Next);

    /// <summary>
    /// The grid's header starting in word piece <paramref name="p"/>: the column headings found in it (and in the word
    /// pieces after it, each a heading of its own), a piece between two headings being a column of another form; the
    /// words after the last heading in its piece are the first row's label.
    /// </summary>
    private static HeaderRead? Header(List<Piece> pieces, int p, IReadOnlyList<(string Word, string Key)> words)
    {
        var columns = new List<FundColumn>();
        var pending = new List<FundColumn>();
        string? label = null;
        var next = p;
        for (var i = p; i < pieces.Count && !pieces[i].Figure; i++)
        {
            next = i + 1;
            var text = pieces[i].Text;
            if (MoneyColumnWords.Column(text, words) is { } whole)
            {
                columns.AddRange(pending);
                pending.Clear();
                columns.Add(new FundColumn(whole, text));
                continue;
            }
            var hits = Scan(text, words);
            // After the first piece, a piece is a heading of its own: headings found inside other words (全年到位资金) do not count.
            if (i > p && !Covered(text, hits)) hits = [];
            if (hits.Count == 0)
            {
                // A heading of another form between two known ones (统筹整合资金数(B)); after the last one, the first row.
                if (columns.Count > 0 && text.Length <= MaxLabel) pending.Add(new FundColumn(null, Forms.CellText.LabelKey(text)));
                else if (columns.Count > 0) break;
                continue;
            }
            // Headings run together in one piece: only brackets may stand between them; the text after the last is a label.
            columns.AddRange(pending);
            pending.Clear();
            var at = hits[0].Start;
            var broken = false;
            foreach (var (start, length, key) in hits)
            {
                if (start > at && !OnlyBrackets(text[at..start])) { broken = true; break; }
                columns.Add(new FundColumn(key, text.Substring(start, length)));
                at = start + length;
                at = SkipBrackets(text, at);
            }
            if (broken) break;
            if (at < text.Length) { label = text[at..]; break; }
        }
        if (label is null && pending.Count > 0)
        {
            label = pending[0].Label;
            pending.Clear();
            next = pieces.FindIndex(p, x => Forms.CellText.LabelKey(x.Text) == label) + 1;
        }
        var data = columns.Where(c => c.IsData && c.Key is not null).ToList();
        if (data.Count < 2 || !data.Any(c => c.IsMoney)) return null;
        return new HeaderRead(columns, label, pieces[p].Cell, next);
    }

    /// <summary>The rows after the header: a label and the figures after it, until the grid ends.</summary>
    private static List<FundStreamRow> Rows(List<Piece> pieces, int from, string? firstLabel, Cell at)
    {
        var rows = new List<FundStreamRow>();
        FundStreamRow? row = firstLabel is null ? null : NewRow(firstLabel, at);
        var empty = 0;
        void Close()
        {
            if (row is null) return;
            rows.Add(row);
            empty = row.Figures.Count == 0 ? empty + 1 : 0;
        }
        for (var i = from; i < pieces.Count && rows.Count < MaxRows; i++)
        {
            var piece = pieces[i];
            if (piece.Figure)
            {
                row ??= new FundStreamRow(null, false, [], piece.Cell);
                row.Figures.Add(piece.Text);
                row.Flat |= piece.Flat;
                continue;
            }
            Close();
            row = null;
            var label = piece.Text;
            if (empty >= 2 || label.Length > MaxLabel || Ends.Any(e => label.Contains(e, StringComparison.Ordinal))) break;
            row = NewRow(label, piece.Cell);
        }
        if (row is not null && rows.Count < MaxRows && !Ends.Any(e => row.Label?.Contains(e, StringComparison.Ordinal) == true)) Close();
        // Rows that number the columns (列次 0 1 2 …) are no rows of money.
        return [.. rows.Where(r => r.Label is not ("列次" or "行次"))];
    }

    private static FundStreamRow NewRow(string label, Cell at)
    {
        var trimmed = label.TrimEnd();
        var colon = trimmed.EndsWith(':') || trimmed.EndsWith('：');
        return new FundStreamRow(trimmed.TrimEnd(':', '：').Trim(), colon, [], at);
    }

    /// <summary>
    /// The column headings inside <paramref name="text"/>, left to right, longest first at each place; after a heading
    /// printed whole, one OCR damaged (`年初预匏数`, <see cref="DamagedLabels"/>) counts too.
    /// </summary>
    private static List<(int Start, int Length, string Key)> Scan(string text, IReadOnlyList<(string Word, string Key)> words)
    {
        var hits = new List<(int, int, string)>();
        // Damaged headings are read only in a row that prints a heading whole.
        var lastWhole = words.Max(w => text.LastIndexOf(w.Word, StringComparison.Ordinal));
        var whole = false;
        for (var i = 0; i < text.Length;)
        {
            var hit = words.FirstOrDefault(w => string.CompareOrdinal(text, i, w.Word, 0, w.Word.Length) == 0);
            whole |= hit.Word is not null;
            if (hit.Word is null && lastWhole >= 0 && (whole || i < lastWhole) && Damaged(text, i, words) is { } damaged) hit = damaged;
            if (hit.Word is null) { i++; continue; }
            hits.Add((i, hit.Word.Length, hit.Key));
            i += hit.Word.Length;
        }
        return hits;
    }

    /// <summary>A heading OCR damaged at <paramref name="i"/>: its printed text (as long as printed) and its column, or none.</summary>
    private static (string Word, string Key)? Damaged(string text, int i, IReadOnlyList<(string Word, string Key)> words)
    {
        var starting = words.Where(w => w.Word[0] == text[i]).Select(w => w.Word).ToList();
        if (starting.Count == 0 || DamagedLabels.At(text, i, text.Length, starting) is not { } found) return null;
        return (text.Substring(i, found.Length), words.First(w => w.Word == found.Label).Key);
    }


    /// <summary>True when the headings found cover all of <paramref name="text"/> but brackets.</summary>
    private static bool Covered(string text, List<(int Start, int Length, string Key)> hits)
    {
        var at = 0;
        foreach (var (start, length, _) in hits)
        {
            if (start > at && !OnlyBrackets(text[at..start])) return false;
            at = SkipBrackets(text, start + length);
        }
        return hits.Count > 0 && at >= text.Length;
    }

    /// <summary>
    /// True when <paramref name="text"/> is only bracketed notes (`(A)`), or such a note OCR printed without its brackets
    /// (`,A、` for `(A)`: up to three characters, no Chinese word).
    /// </summary>
    private static bool OnlyBrackets(string text) =>
        SkipBrackets(text, 0) >= text.Length || (text.Length <= 3 && !text.Any(c => c is >= '\u4e00' and <= '\u9fff'));

    /// <summary>The place after the bracketed notes starting at <paramref name="at"/> (`(B/A)`).</summary>
    private static int SkipBrackets(string text, int at)
    {
        while (at < text.Length && text[at] is '(' or '（')
        {
            var close = text.IndexOfAny([')', '）'], at);
            at = close < 0 ? text.Length : close + 1;
        }
        return at;
    }

    /// <summary>
    /// The words and figures of the rows in reading order: white space and cell borders separate figures; words of one
    /// cell run together (`其中:当年财政 拨款`); a bracketed note is part of the word before it, even in the next cell.
    /// </summary>
    private static IEnumerable<Piece> Pieces(IEnumerable<CellRow> rows)
    {
        Piece? word = null;
        foreach (var (cell, flat) in rows.SelectMany(r => r.Cells.Select(c => (c, r.Shape == RowShape.Flat))))
        {
            var text = cell.Text;
            var startsCell = true;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c)) { i++; continue; }
                var end = FigureEnd(text, i);
                if (end > i)
                {
                    if (word is not null) yield return word;
                    word = null;
                    yield return new Piece(text[i..end], true, cell, startsCell, flat);
                    startsCell = false;
                    i = end;
                    continue;
                }
                // A word: up to the next figure (white space inside a cell does not end it); brackets are taken whole.
                var from = i;
                var sb = new System.Text.StringBuilder();
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || FigureEnd(text, i) == i))
                {
                    if (text[i] is '(' or '（')
                    {
                        var close = text.IndexOfAny([')', '）'], i);
                        var stop = close < 0 ? text.Length : close + 1;
                        sb.Append(text, i, stop - i);
                        i = stop;
                        continue;
                    }
                    if (!char.IsWhiteSpace(text[i])) sb.Append(text[i]);
                    i++;
                }
                var piece = sb.ToString();
                if (piece.Length == 0) continue;
                if (word is not null && (piece[0] is '(' or '（' || word.Cell == cell))
                    word = word with { Text = word.Text + piece };
                else
                {
                    if (word is not null) yield return word;
                    word = new Piece(piece, false, cell, startsCell || from == 0, flat);
                }
                startsCell = false;
            }
        }
        if (word is not null) yield return word;
    }

    /// <summary>The end of a figure starting at <paramref name="i"/> (i when none starts there).</summary>
    private static int FigureEnd(string text, int i)
    {
        // A placeholder standing alone (`—`, `/`).
        if (text[i] is '—' or '－' or '–' or '/' or '／' or '-')
        {
            var j = i;
            while (j < text.Length && text[j] is '—' or '－' or '–' or '/' or '／' or '-') j++;
            var alone = (i == 0 || char.IsWhiteSpace(text[i - 1])) && (j == text.Length || char.IsWhiteSpace(text[j]));
            return alone ? j : i;
        }
        if (!char.IsAsciiDigit(text[i]) && !(text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))) return i;
        var k = i;
        while (k < text.Length)
        {
            var c = text[k];
            if (char.IsAsciiDigit(c) || c is '%' or '％') k++;
            else if (c is '.' or ',' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1])) k++;
            else break;
        }
        return k;
    }
}
