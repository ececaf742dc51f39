using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Cells;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Finds a form's header fields by their printed labels (<see cref="HeaderVocabulary"/>) and pairs each value with its
/// label by position: the next cell of the row; in one-cell rows (cell per line, flat text) the next row; inside flat
/// text the words up to the next known label. A label printed over two cells (`主管部门` / `及编码`) is read as one.
/// In rows holding known labels, unknown label/value pairs are kept as extra fields by their printed label.
/// </summary>
public static partial class HeaderRecogniser
{
    /// <summary>Longest piece of a label wrapped onto the next row.</summary>
    private const int MaxWrap = 3;

    /// <summary>Longest unknown label kept as an extra field; anything longer is text, not a label.</summary>
    private const int MaxExtraLabel = 16;

    /// <summary>
    /// The header of <paramref name="document"/> in rows before <paramref name="endRow"/> (the indicator grid's header),
    /// fitted to the best of <paramref name="candidates"/>; null when no label of any definition is printed.
    /// </summary>
    public static RecognisedHeader? Find(CellDocument document, int endRow, IReadOnlyList<FormDefinition> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var rows = document.Rows.Where(r => r.Index < endRow).Select(r => JoinDates(Tokens(r).ToList())).ToList();
        // No grid below the header: the text ends in it (a partial document).
        var textEnds = endRow >= document.Rows.Count;
        var shapes = document.Rows.Where(r => r.Index < endRow).Select(r => r.Shape).ToList();
        var fields = new List<RecognisedField>();
        var extra = new List<RecognisedField>();
        var keys = new List<string>();
        var consumed = new HashSet<Token>();
        decimal? unit = null;
        int? first = null, last = null;

        // Labels printed one after another in running text (flat or aligned rows) before their values: a run.
        var run = new List<(HeaderLabelEntry Entry, string Label, Token Token, int Row)>();
        void Add(HeaderLabelEntry entry, string labelText, Token token, Token? value)
        {
            if (value is not null) consumed.Add(value);
            keys.Add(entry.Label);
            first ??= token.Cell.Row;
            last = Math.Max(last ?? 0, value?.Cell.Row ?? token.Cell.Row);
            var fieldUnit = HeaderVocabulary.Unit(value?.Text) ?? HeaderVocabulary.Unit(labelText) ?? unit;
            // A label read through OCR damage stands as the vocabulary's word; its print is kept beside it.
            var found = new RecognisedField(entry.Field, token.Damaged ? entry.Label : labelText, Blank(value?.Text) ? null : value!.Text.Trim(), fieldUnit,
                token.Cell, token.Damaged ? labelText : null);
            (entry.Field is null ? extra : fields).Add(entry.Field is null ? found with { Label = ExtraKey(found.Label) } : found);
        }
        void Flush()
        {
            foreach (var (e, l, tk, _) in run) Add(e, l, tk, null);
            run.Clear();
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            // Space-aligned cells lost their empty cells, so labels side by side may be a run, and so may labels on
            // lines of their own; in flat text and separated cells a label next to a label has an empty value.
            var running = (shapes[r] == RowShape.Aligned && row.Count > 1) || (shapes[r] == RowShape.CellPerLine && row.Count == 1);
            for (var t = 0; t < row.Count; t++)
            {
                var token = row[t];
                if (consumed.Contains(token)) continue;
                if (HeaderVocabulary.Unit(token.Text) is { } stated && token.Label is null && !HasDigit(token.Text)) unit = stated;
                var (entry, span) = LabelAt(row, t, rows, r);
                if (entry is null) continue;
                for (var k = 0; k < span; k++) consumed.Add(row.Count > t + k ? row[t + k] : rows[r + (row.Count > 1 ? 1 : k)][0]);
                var labelText = string.Concat(Enumerable.Range(0, span).Select(k => row.Count > t + k ? row[t + k].Text : rows[r + (row.Count > 1 ? 1 : k)][0].Text));
                var end = t + span - 1;
                if (running && NextIsLabel(rows, r, end, consumed))
                {
                    run.Add((entry, labelText, token, r));
                    continue;
                }
                if (run.Count > 0 && running)
                {
                    // The run's values follow it in order when exactly as many values as labels stand before the next
                    // label. Across printed rows the columns came out of order (PDF text): only the first label's value is
                    // known (it is printed first), and only when the values are at least as many as the labels.
                    run.Add((entry, labelText, token, r));
                    // A heading over the labels after it has no value of its own.
                    var heads = Headings(run.Select(x => x.Entry).ToList());
                    var headings = run.Where((_, i) => heads.Contains(i)).ToList();
                    var labels = run.Except(headings).ToList();
                    var values = ValuesAfter(rows, r, end, consumed, labels.Count + 1);
                    var oneRow = labels.Select(x => x.Row).Distinct().Count() == 1 || labels.All(x => rows[x.Row].Count == 1);
                    // Where the text ends after fewer values than labels (a partial document), the values it has are the
                    // first labels'.
                    var cut = textEnds && values.Count > 0 && values.Count < labels.Count && NothingAfter(rows, values[^1], consumed);
                    if (oneRow ? values.Count == labels.Count || cut : values.Count >= labels.Count)
                    {
                        foreach (var h in headings) Add(h.Entry, h.Label, h.Token, null);
                        for (var i = 0; i < labels.Count; i++) Add(labels[i].Entry, labels[i].Label, labels[i].Token, i < values.Count && (oneRow || i == 0) ? values[i] : null);
                        run.Clear();
                        continue;
                    }
                    run.RemoveAt(run.Count - 1);
                }
                Flush();
                Add(entry, labelText, token, ValueAfter(rows, r, end, span, consumed));
            }
        }
        Flush();
        if (first is null) return null;

        // Unknown labels in rows of label/value pairs (a row that holds a known label, or one whose label ends in a colon).
        foreach (var row in rows.Where(row => row.Count >= 2 && row[0].Cell.Row >= first))
        {
            var holdsLabel = row.Any(consumed.Contains);
            for (var t = 0; t < row.Count - 1; t++)
            {
                var token = row[t];
                if (consumed.Contains(token) || !LooksLikeLabel(token.Text)) continue;
                var value = row.Skip(t + 1).FirstOrDefault(v => !consumed.Contains(v) && !Blank(v.Text));
                if (value is null || value.Label is not null) continue;
                // A row of label/value pairs, not the column headings of a table (年初预算数 | 全年预算数 …).
                if (row.Any(v => EvaluationFunds.IsColumn(v.Text))) break;
                consumed.Add(token);
                consumed.Add(value);
                extra.Add(new RecognisedField(null, ExtraKey(token.Text), value.Text.Trim(), null, token.Cell));
                last = Math.Max(last ?? 0, value.Cell.Row);
            }
        }

        // One cell per line: an unknown short label between known ones, and the line after it as its value.
        var single = rows.Where(row => row.Count == 1 && row[0].Cell.Row >= first && row[0].Cell.Row <= last).Select(row => row[0]).ToList();
        for (var i = 0; i + 1 < single.Count; i++)
        {
            var (token, value) = (single[i], single[i + 1]);
            if (consumed.Contains(token) || consumed.Contains(value) || token.Label is not null || value.Label is not null) continue;
            if (!LooksLikeLabel(token.Text) || token.Text.Length > 8 || token.Text.IndexOfAny([',', '，', '。', '、', ';', '；']) >= 0) continue;
            consumed.Add(token);
            consumed.Add(value);
            extra.Add(new RecognisedField(null, ExtraKey(token.Text), value.Text.Trim(), null, token.Cell));
            i++;
        }

        // One cell per line: a run of short labels, then as many figures (编制数 / 实际在职人数 / 控制率 / 46 / 50 / 108.70%):
        // a row of a data table, each figure under its label in order.
        foreach (var (label, value) in LabelRuns(rows.Where(row => row.Count == 1).Select(row => row[0]).ToList(), consumed))
        {
            consumed.Add(label);
            consumed.Add(value);
            extra.Add(new RecognisedField(null, ExtraKey(label.Text), value.Text.Trim(), null, label.Cell));
        }

        var form = Best(candidates, keys);
        var preamble = document.Rows.Where(r => r.Index <= first).SelectMany(r => r.Cells).Select(c => c.Text).ToList();
        return new RecognisedHeader(form, fields, extra, Year(preamble), Title(preamble), first.Value, last ?? first.Value) { LabelKeys = keys };
    }

    /// <summary>The candidate with the most labels printed (the first on a tie: the registry's order).</summary>
    private static FormDefinition Best(IReadOnlyList<FormDefinition> candidates, List<string> keys) =>
        candidates.Select((d, i) => (d, i, hits: HeaderVocabulary.Hits(d, keys))).OrderByDescending(x => x.hits).ThenBy(x => x.i).First().d;

    /// <summary>A known label at token <paramref name="t"/>: the cell itself, or it joined with the one or two cells after it.</summary>
    private static (HeaderLabelEntry? Entry, int Span) LabelAt(List<Token> row, int t, List<List<Token>> rows, int r)
    {
        var token = row[t];
        // One-cell rows continue in the next row; a row of cells continues in its next cell.
        var next = new List<Token>();
        for (var k = 1; k <= 2; k++)
        {
            if (row.Count > 1) { if (t + k < row.Count) next.Add(row[t + k]); }
            else if (r + k < rows.Count && rows[r + k].Count == 1) next.Add(rows[r + k][0]);
        }
        // A label wrapped at the end of a row of cells: its last characters start the next row (`主管部` / `门`).
        if (row.Count > 1 && t == row.Count - 1 && r + 1 < rows.Count && rows[r + 1].Count > 0 && rows[r + 1][0].Text.Trim().Length is > 0 and <= MaxWrap
            && token.Label is null && HeaderVocabulary.Match(token.Text + rows[r + 1][0].Text) is { } wrapped)
            return (wrapped, 2);
        for (var span = next.Count; span >= 1; span--)
        {
            var parts = next.Take(span).ToList();
            // An empty cell after a label continues nothing (`实际完成情况 | |`).
            if (token.Text.Length > 8 || parts.Any(p => p.Label is not null || p.Text.Length > 8 || Blank(p.Text))) continue;
            var joined = HeaderVocabulary.Match(token.Text + string.Concat(parts.Select(p => p.Text)));
            if (joined is not null) return (joined, span + 1);
        }
        return (token.Label, 1);
    }

    /// <summary>
    /// The value of a label ending at token <paramref name="t"/> of row <paramref name="r"/>: the next non-empty cell of
    /// the row unless a label comes first (then the value is empty); at the end of a one-cell row, the next row's cell.
    /// </summary>
    private static Token? ValueAfter(List<List<Token>> rows, int r, int t, int span, HashSet<Token> consumed)
    {
        var row = rows[r];
        // A row of labels only (年初设定目标 | 年度总体目标完成情况综述) over a row of values: each value sits below its label.
        if (row.Count > 1 && span == 1 && row.Where(v => !Blank(v.Text)).All(v => v.Label is not null) && r + 1 < rows.Count
            && rows[r + 1].Any(v => v.Label is null && !Blank(v.Text)) && rows[r + 1].All(v => v.Label is null))
        {
            // A heading over the labels after it (年度总体目标 | 预期目标 | 实际完成情况) heads no column of values: the values
            // below are the other labels', in order.
            var printed = row.Where(v => !Blank(v.Text)).ToList();
            var heads = Headings(printed.Select(v => v.Label!).ToList());
            var own = printed.Where((_, i) => !heads.Contains(i)).ToList();
            var values = rows[r + 1].Where(v => v.Label is null && !Blank(v.Text)).ToList();
            if (heads.Count > 0 && values.Count == own.Count)
                return own.IndexOf(row[t]) is var k and >= 0 && !consumed.Contains(values[k]) ? values[k] : null;
            var below = rows[r + 1].FirstOrDefault(v => v.Cell.Column == row[t].Cell.Column);
            return below is { Label: null } && !consumed.Contains(below) && !Blank(below.Text) ? below : null;
        }
        if (row.Count > 1 && t + 1 < row.Count)
        {
            if (SideBySide(row, t) is var (found, side) && found) return side;
            foreach (var v in row.Skip(t + 1))
            {
                if (consumed.Contains(v)) continue;
                if (v.Label is not null || (v.Text.Length <= 8 && HeaderVocabulary.Match(v.Text) is not null)) return null;
                if (!Blank(v.Text)) return v;
            }
            return null;
        }
        if (row.Count > 1 && row.Skip(t + 1).Any()) return null;
        // A label alone at the end of its row: the value is the next row's first cell (a label there means none).
        var nextRow = r + (row.Count == 1 ? span : 1);
        if (nextRow >= rows.Count || rows[nextRow].Count == 0) return null;
        var candidate = rows[nextRow][0];
        if (row.Count > 1 && rows[nextRow].Count > 1) return null;
        return candidate.Label is null && !consumed.Contains(candidate) && !Blank(candidate.Text) ? candidate : null;
    }

    /// <summary>
    /// Labels side by side in a row of cells, then as many values, then the row ends or the indicator grid starts
    /// (`预期目标 | 实际完成情况 | 确保… | 确保… | 绩效指标`): the value of the label at <paramref name="t"/> in order (Found
    /// true; null for a heading over the labels after it). Found false when the row is not so.
    /// </summary>
    private static (bool Found, Token? Value) SideBySide(List<Token> row, int t)
    {
        if (row[t].Label is null || row[t + 1].Label is null && (t == 0 || row[t - 1].Label is null)) return (false, null);
        var (g, e) = (t, t);
        while (g > 0 && row[g - 1].Label is not null) g--;
        while (e + 1 < row.Count && row[e + 1].Label is not null) e++;
        var group = row.GetRange(g, e - g + 1);
        var heads = Headings(group.Select(x => x.Label!).ToList());
        var labels = group.Where((_, i) => !heads.Contains(i)).ToList();
        var values = new List<Token>();
        foreach (var v in row.Skip(e + 1))
        {
            if (Blank(v.Text)) continue;
            if (v.Label is not null || IsGridHeading(v.Text)) break;
            values.Add(v);
        }
        if (labels.Count < 2 || values.Count != labels.Count || row.Skip(e + 1 + values.Count).Any(v => !Blank(v.Text) && v.Label is not null)) return (false, null);
        var at = labels.IndexOf(row[t]);
        return (true, at < 0 ? null : values[at]);
    }

    /// <summary>
    /// The labels among <paramref name="labels"/> (printed one after another) that head the labels after them and have no
    /// value of their own: one followed by another of its field (总体目标 over 中期目标 and 年度目标), or a goal whose form is
    /// none of the forms the goals after it share (年度总体目标 over a 自评表's 预期目标 and 实际完成情况).
    /// </summary>
    private static HashSet<int> Headings(List<HeaderLabelEntry> labels)
    {
        var heads = new HashSet<int>();
        for (var i = 0; i < labels.Count; i++)
        {
            var (x, after) = (labels[i], labels.Skip(i + 1).ToList());
            if (x.Field is not { } f) continue;
            if (after.Any(y => y.Field == f)) { heads.Add(i); continue; }
            if (f.Kind != FieldKind.Narrative || after.Count < 2 || after.Any(y => y.Field?.Kind != FieldKind.Narrative)) continue;
            var shared = after.Select(y => y.Forms).Aggregate((a, b) => [.. a.Intersect(b)]);
            if (shared.Count > 0 && !shared.Any(x.Forms.Contains)) heads.Add(i);
        }
        return heads;
    }

    /// <summary>A cell that is a heading of the indicator grid (绩效指标, 一级指标): it ends the header's values.</summary>
    private static bool IsGridHeading(string text)
    {
        var key = HeaderVocabulary.Key(text);
        return key.Length > 0 && (DamagedLabels.HeaderEnd(key) == 0 || HeaderVocabulary.BoundaryAt(key, 0) == key.Length);
    }

    /// <summary>True when no unread token follows <paramref name="last"/>: the text ends there.</summary>
    private static bool NothingAfter(List<List<Token>> rows, Token last, HashSet<Token> consumed)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            var i = rows[r].FindIndex(x => ReferenceEquals(x, last));
            if (i < 0) continue;
            return After(rows, r, i).All(p => consumed.Contains(rows[p.R][p.T]) || Blank(rows[p.R][p.T].Text));
        }
        return false;
    }

    /// <summary>The places after token <paramref name="t"/> of row <paramref name="r"/>, in reading order.</summary>
    private static IEnumerable<(int R, int T)> After(List<List<Token>> rows, int r, int t)
    {
        for (var i = t + 1; i < rows[r].Count; i++) yield return (r, i);
        for (var rr = r + 1; rr < rows.Count; rr++)
            for (var i = 0; i < rows[rr].Count; i++) yield return (rr, i);
    }

    /// <summary>True when the next unread token after (r, t) starts a known label.</summary>
    private static bool NextIsLabel(List<List<Token>> rows, int r, int t, HashSet<Token> consumed)
    {
        foreach (var (rr, i) in After(rows, r, t))
        {
            var token = rows[rr][i];
            if (consumed.Contains(token) || Blank(token.Text)) continue;
            return LabelAt(rows[rr], i, rows, rr).Entry is not null;
        }
        return false;
    }

    /// <summary>Up to <paramref name="count"/> unread values after (r, t), stopping at the next known label.</summary>
    private static List<Token> ValuesAfter(List<List<Token>> rows, int r, int t, HashSet<Token> consumed, int count)
    {
        var values = new List<Token>();
        foreach (var (rr, i) in After(rows, r, t))
        {
            if (values.Count == count) break;
            var token = rows[rr][i];
            if (consumed.Contains(token) || Blank(token.Text)) continue;
            if (LabelAt(rows[rr], i, rows, rr).Entry is not null || IsTableTitle(token.Text)) break;
            values.Add(token);
        }
        return values;
    }

    /// <summary>
    /// The tokens of a row: whole cells, a cell that is a label, or — for flat text and a cell that starts with a label —
    /// the pieces between the labels found in it.
    /// </summary>
    private static IEnumerable<Token> Tokens(CellRow row)
    {
        var afterLabel = false;
        foreach (var cell in row.Cells)
        {
            var text = cell.Text.Trim();
            // A cell of its own that is a label, printed whole or damaged by OCR (`主管部n`) in a row of cells.
            var damaged = row.Shape != RowShape.Flat && HeaderVocabulary.Match(text) is null ? HeaderVocabulary.MatchDamaged(text) : null;
            if ((HeaderVocabulary.Match(text) ?? damaged) is { } whole)
            {
                yield return new Token(text, cell, whole) { Damaged = damaged is not null };
                afterLabel = true;
                continue;
            }
            // The cell after a label's cell is its value, colon and all (`项目类型: | 其他运转类: □专项运转类…`).
            var isValue = afterLabel;
            afterLabel = false;
            if (row.Shape != RowShape.Flat && !isValue && AtColon(text) is var (label, value))
            {
                yield return new Token(label, cell, HeaderVocabulary.Match(label));
                yield return new Token(value, cell, null);
                continue;
            }
            var hits = text.Length == 0 ? [] : HeaderVocabulary.Scan(text);
            // Two labels in one cell: its cells ran together, whatever the row's shape.
            var flat = row.Shape == RowShape.Flat || hits.Count >= 2;
            if (hits.Count == 0 || (!flat && hits[0].Start != 0)) { yield return new Token(text, cell, null); continue; }
            var at = 0;
            foreach (var (start, length, entry, read) in hits)
            {
                if (start > at && !Blank(text[at..start]))
                    foreach (var piece in AtBoundaries(text[at..start])) yield return new Token(Tidy(piece), cell, null);
                yield return new Token(text.Substring(start, length), cell, entry) { Damaged = read };
                at = start + length;
            }
            if (at < text.Length && !Blank(text[at..]))
                foreach (var piece in AtBoundaries(text[at..].Trim().TrimStart(':', '：'))) yield return new Token(Tidy(piece), cell, null);
        }
    }

    /// <summary>
    /// A date split at its spaces into cells of its own (`2021 | 年 | 1 | 月 | 28 | 日`, PDF text read as aligned cells):
    /// one value again, its pieces joined as printed.
    /// </summary>
    private static List<Token> JoinDates(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Label is not null || !YearEnd().IsMatch(tokens[i].Text)) continue;
            var text = tokens[i].Text.Trim();
            var last = i;
            for (var j = i + 1; j < tokens.Count && tokens[j].Label is null && tokens[j].Cell != tokens[i].Cell; j++)
            {
                var joined = text + " " + tokens[j].Text.Trim();
                if (!DatePrefix().IsMatch(joined)) break;
                (text, last) = (joined, j);
            }
            if (last == i || !text.Contains('年', StringComparison.Ordinal)) continue;
            tokens[i] = new Token(text, tokens[i].Cell, null);
            tokens.RemoveRange(i + 1, last - i);
        }
        return tokens;
    }

    [GeneratedRegex(@"(?:^|\D)(?:19|20)\d{2}$")]
    private static partial Regex YearEnd();

    // The start of a date whose pieces are separated by spaces: year, 年, month, 月, day, 日.
    [GeneratedRegex(@"(?:19|20)\d{2} 年(?: \d{1,2}(?: 月(?: \d{1,2}(?: 日)?)?)?)?$")]
    private static partial Regex DatePrefix();

    /// <summary>
    /// A value cut out of running text without the separator and the brackets that open or close around the next label
    /// (`6923万元(` before `其中:上级财政资金`, `0万元)` after it): a bracket left unmatched at its end is not part of it.
    /// </summary>
    private static string Tidy(string piece)
    {
        var t = piece.Trim().TrimEnd(';', '；', '，', '、');
        var opens = t.Count(c => c is '(' or '（');
        var closes = t.Count(c => c is ')' or '）');
        if (t.Length > 1 && t[^1] is '(' or '（' && opens > closes) t = t[..^1].TrimEnd();
        else if (t.Length > 1 && t[^1] is ')' or '）' && closes > opens) t = t[..^1].TrimEnd();
        return t;
    }

    /// <summary>
    /// A cell holding a label and its value (`一、预算资金:250`, `其中:基本支出:90`): the label (a known one, or a short
    /// one that looks like a label) and the value after the colon; null for any other cell.
    /// </summary>
    private static (string Label, string Value)? AtColon(string text)
    {
        foreach (var prefix in (string[])["其中:", "其中："])
            if (text.StartsWith(prefix, StringComparison.Ordinal)) text = text[prefix.Length..].TrimStart();
        var colon = text.IndexOfAny([':', '：']);
        if (colon <= 0 || colon >= text.Length - 1) return null;
        var (label, value) = (text[..colon].Trim(), text[(colon + 1)..].Trim());
        if (value.Length == 0 || HasDigit(label)) return null;
        return HeaderVocabulary.Match(label) is not null || (LooksLikeLabel(label) && HeaderVocabulary.Key(label).Length <= 8) ? (label, value) : null;
    }

    /// <summary>
    /// A piece of running text split where a heading no definition knows starts (`某某局资金情况(万元)…`): the value,
    /// then the heading, then what follows it.
    /// </summary>
    private static IEnumerable<string> AtBoundaries(string value)
    {
        var from = 0;
        for (var i = 1; i < value.Length; i++)
        {
            var length = HeaderVocabulary.BoundaryAt(value, i);
            if (length == 0) continue;
            if (!Blank(value[from..i])) yield return value[from..i].Trim();
            yield return value.Substring(i, length);
            from = i + length;
            i = from - 1;
        }
        if (from < value.Length && !Blank(value[from..])) yield return value[from..].Trim();
    }

    private static bool LooksLikeLabel(string text)
    {
        var t = HeaderVocabulary.Key(text);
        return t.Length is >= 2 and <= MaxExtraLabel && !HasDigit(t) && t.Any(c => c is >= '\u4e00' and <= '\u9fff')
            && !t.EndsWith('。') && !t.Contains('□', StringComparison.Ordinal);
    }

    /// <summary>The key an extra field is kept under: the printed label without white space or a trailing colon.</summary>
    public static string ExtraKey(string label) => HeaderVocabulary.Key(label);

    private static int? Year(IEnumerable<string> texts)
    {
        int? any = null;
        foreach (var text in texts)
            foreach (Match m in YearPattern().Matches(text))
            {
                var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                if (m.Groups[2].Success) return y;
                any ??= y;
            }
        return any;
    }

    /// <summary>The form's printed title among <paramref name="texts"/>: the last short line with 表 and 绩效 or 目标.</summary>
    public static string? Title(IEnumerable<string> texts) =>
        texts.Select(t => t.Trim()).LastOrDefault(t => t.Length is > 4 and <= 60 && t.Contains('表') && (t.Contains("绩效", StringComparison.Ordinal) || t.Contains("目标", StringComparison.Ordinal)));

    /// <summary>
    /// Runs of one-cell lines that are k short labels followed by exactly k figures, each label paired with its figure.
    /// A heading whose bracket stays open (`财政供养人员情况(人`) may start the run; it is the table's title, not a label.
    /// </summary>
    private static IEnumerable<(Token Label, Token Value)> LabelRuns(List<Token> cells, HashSet<Token> consumed)
    {
        for (var i = 0; i < cells.Count;)
        {
            var labels = new List<Token>();
            var j = i;
            while (j < cells.Count && !consumed.Contains(cells[j]) && cells[j].Label is null && IsDataLabel(cells[j].Text)) labels.Add(cells[j++]);
            var figures = new List<Token>();
            while (j < cells.Count && !consumed.Contains(cells[j]) && IsFigure(cells[j].Text.TrimEnd('%'))) figures.Add(cells[j++]);
            if (labels.Count > figures.Count && labels.Count == figures.Count + 1 && OpenHeading(labels[0].Text)) labels.RemoveAt(0);
            if (labels.Count >= 2 && labels.Count == figures.Count)
                for (var k = 0; k < labels.Count; k++) yield return (labels[k], figures[k]);
            i = j > i ? j : i + 1;
        }
    }

    /// <summary>A short label of a data table: Chinese words, a year allowed (`2023 年实际在职人数`), no sentence, no box.</summary>
    private static bool IsDataLabel(string text)
    {
        var t = HeaderVocabulary.Key(text);
        return t.Length is >= 2 and <= MaxExtraLabel && t.Any(c => c is >= '\u4e00' and <= '\u9fff') && !IsFigure(t)
            && t.IndexOfAny(['。', '，', ',', '；', ';', '□', ':']) < 0;
    }

    /// <summary>The title of the next table (`绩效项目指标表`): a short line ending in 表 that names 绩效 or 指标; no value.</summary>
    private static bool IsTableTitle(string text)
    {
        var t = text.Trim();
        return t.Length is > 3 and <= 30 && t.EndsWith('表') && (t.Contains("绩效", StringComparison.Ordinal) || t.Contains("指标", StringComparison.Ordinal))
            && t.IndexOfAny(['。', '，', ',', '；', ';']) < 0;
    }

    private static bool OpenHeading(string text) => text.Contains('(') && !text.Contains(')');

    private static bool IsFigure(string text) => text.Trim().TrimEnd('元', '万').Length > 0 && text.Trim().TrimEnd('元', '万').All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-');

    private static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// The project a title names when the form prints no 项目名称 (`2019年度示例助学金项目绩效评价指标表` → 示例助学金项目):
    /// the words after the year, before the form's kind (`…绩效…表`); null when fewer than four characters are left.
    /// </summary>
    public static string? NameFromTitle(string? title)
    {
        if (title is null) return null;
        var name = TitleKind().Replace(title.Trim(), "");
        var year = YearPattern().Matches(name).LastOrDefault(m => m.Groups[2].Success);
        if (year is not null) name = name[(year.Index + year.Length)..];
        name = name.Trim().Trim('(', ')', '（', '）', '“', '”').Trim();
        // What is left of a title that names only the form's kind (部门整体支出绩效评价表) is no project's name.
        return name.Length >= 4 && name is not ("部门整体" or "项目支出" or "部门预算项目") ? name : null;
    }

    /// <summary>
    /// The unit a title names before its year (`某某市某某局2024年度某某资金绩效评价表` → 某某市某某局): four or more
    /// Chinese characters and nothing else; null when the title starts with its year or holds no title.
    /// </summary>
    public static string? UnitFromTitle(string? text)
    {
        var title = text?.Trim();
        if (title is null || title.Length > 60 || !title.EndsWith('表') || !title.Contains("绩效", StringComparison.Ordinal)) return null;
        var year = YearPattern().Match(title);
        if (!year.Success || year.Index < 4) return null;
        var unit = title[..year.Index];
        return unit.All(c => c is >= '\u4e00' and <= '\u9fff') ? unit : null;
    }

    /// <summary>
    /// The project a sentence names in quotes (`对“2022年某某专项资金项目”进行绩效评价` → 某某专项资金项目): the first quoted
    /// words ending in 项目 or 资金, without a leading year; null when none.
    /// </summary>
    public static string? NameFromQuote(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = QuotedProject().Match(text);
        if (!m.Success) return null;
        var name = LeadingYear().Replace(m.Groups[1].Value.Trim(), "").Trim();
        return name.Length >= 4 ? name : null;
    }

    [GeneratedRegex(@"“([^“”]{4,40}?(?:项目|资金))”")]
    private static partial Regex QuotedProject();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(支出)?绩效\S*表.*$")]
    private static partial Regex TitleKind();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*(年度|年)?")]
    private static partial Regex YearPattern();

    /// <summary>One piece of a row: a whole cell, or part of a flat one; <see cref="Label"/> when it is a known label.</summary>
    private sealed record Token(string Text, Cell Cell, HeaderLabelEntry? Label)
    {
        /// <summary>True when <see cref="Label"/> was read through OCR damage of the printed text.</summary>
        public bool Damaged { get; init; }

        // Tokens are compared by reference: two cells may hold the same text.
        public bool Equals(Token? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
    }
}
