using Jixiao.Documents.Cells;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Rows whose names and values were printed apart (xlsx→PDF text, where a wrapped cell pushes the rest of its row
/// further down): numbered names (`指标N:`) wait in a queue and the values printed after them are paired with them in
/// order, one row's worth of values per name. Only the grid's trailing value columns are paired, and only where the
/// count of values fits the queue exactly; otherwise nothing is changed.
/// </summary>
internal static class IndicatorGridNameQueue
{
    private const int LongestNameFragment = 6;

    /// <summary>
    /// The rows printed around a header whose labels came out of order (<see cref="IndicatorGridHeader.Scattered"/>): among
    /// the labels, after the first value label, stand the first rows' numbered names and their targets (one per row, a
    /// unit printed apart joined to it); right after the last label, each row's other values in column order. The
    /// k-th target goes with the k-th run of values and `指标k:`'s row; a row with no target queued takes a full run.
    /// Null when the cells do not fit that shape (the reader then passes over the values it cannot place).
    /// </summary>
    public static (IReadOnlyList<IndicatorGridRawRow> Rows, int Next)? ReadScatteredLead(IReadOnlyList<Cell> cells, IndicatorGridHeader header, int limit)
    {
        var columns = header.Columns;
        if (ValueColumns(columns) is not { } values || columns[values[0]].Role != R.Target) return null;
        var name = values[0] - 1;
        var names = new List<Cell>();
        var targets = new List<Cell>();
        var afterValueLabel = false;
        var lastWasTarget = false;
        for (var i = header.Start; i < header.End; i++)
        {
            var text = cells[i].Text;
            if (IndicatorGridHeader.IsBlank(text)) continue;
            if (IndicatorGridVocabulary.Classify(text) is { } label)
            {
                afterValueLabel |= label.Role is R.Target or R.Actual or R.Weight or R.Score;
                lastWasTarget = false;
                continue;
            }
            if (!afterValueLabel) continue;
            if (IsNumberedName(text))
            {
                names.Add(cells[i]);
                lastWasTarget = false;
            }
            else if (lastWasTarget && IndicatorUnitWords.IsUnit(text))
                targets[^1] = targets[^1] with { Text = targets[^1].Text.Trim() + " " + text.Trim() };
            else if (IndicatorCategoryWords.IsCategory(text)) return null;
            else
            {
                targets.Add(cells[i]);
                lastWasTarget = true;
            }
        }
        if (names.Count == 0 || targets.Count == 0) return null;

        var numbers = names.Select(n => IndicatorNamePlaceholder.Number(n.Text)).ToList();
        var byNumber = numbers.All(n => n is > 0) && numbers.Distinct().Count() == numbers.Count;
        var rowCount = Math.Max(targets.Count, byNumber ? numbers.Max()!.Value : names.Count);
        if (rowCount > targets.Count + names.Count) return null;
        var rows = new List<IndicatorGridRawRow>();
        var p = header.End;
        for (var k = 0; k < rowCount; k++)
        {
            var placed = new Cell?[columns.Count];
            placed[name] = byNumber ? names.Where((_, n) => numbers[n] == k + 1).FirstOrDefault() : names.ElementAtOrDefault(k);
            var first = 0;
            if (k < targets.Count)
            {
                placed[values[0]] = targets[k];
                first = 1;
            }
            for (var v = first; v < values.Count; v++)
            {
                while (p < limit && IndicatorGridHeader.IsBlank(cells[p].Text)) p++;
                if (p >= limit || !IsValue(cells[p].Text)) return null;
                placed[values[v]] = cells[p++];
            }
            rows.Add(new IndicatorGridRawRow(placed, null, placed[name] ?? placed[values[0]]!, true));
        }
        return (rows, p);
    }

    /// <summary>
    /// In cells from <paramref name="from"/> to <paramref name="limit"/>: two or more numbered names in a
    /// row (a short piece of a name's text wrapped onto a line of its own between them, `数`, joined to it with a space),
    /// then exactly one row's worth of values per name, are put in row order: each name followed by its values. The
    /// cells freed by a joined piece are left blank at the end of the run, where no row reads them.
    /// </summary>
    public static void PairQueuedNames(List<Cell> cells, int from, int limit, IReadOnlyList<IndicatorGridColumn> columns, bool stream)
    {
        if (ValueColumns(columns) is not { } values) return;
        for (var p = from; p < limit; p++)
        {
            if (!IsNumberedName(cells[p].Text)) continue;
            var names = new List<Cell>();
            var q = p;
            while (q < limit)
            {
                var text = cells[q].Text;
                if (IndicatorGridHeader.IsBlank(text)) q++;
                else if (IsNumberedName(text)) names.Add(cells[q++]);
                else if (IsNameFragment(text) && NextText(cells, q + 1, limit) is { } next && IsNumberedName(next))
                {
                    names[^1] = names[^1] with { Text = names[^1].Text.Trim() + " " + text.Trim() };
                    q++;
                }
                else break;
            }
            var queued = new List<Cell>();
            var r = q;
            while (r < limit && (IndicatorGridHeader.IsBlank(cells[r].Text) || IsValue(cells[r].Text)))
            {
                if (!IndicatorGridHeader.IsBlank(cells[r].Text)) queued.Add(cells[r]);
                r++;
            }
            // Where rows are cut by printed rows, only a run within one printed row (flat text) is put in order.
            if (names.Count < 2 || queued.Count != names.Count * values.Count || (!stream && cells[p].Row != cells[r - 1].Row))
            {
                p = Math.Max(p, q - 1);
                continue;
            }
            var paired = new List<Cell>();
            for (var k = 0; k < names.Count; k++)
            {
                paired.Add(names[k]);
                paired.AddRange(queued.Skip(k * values.Count).Take(values.Count));
            }
            while (paired.Count < r - p) paired.Add(cells[r - 1] with { Text = "" });
            for (var k = 0; k < paired.Count; k++) cells[p + k] = paired[k];
            p = r - 1;
        }
    }

    /// <summary>The columns after the name when all of them hold values (target, actual, weight, score); null otherwise.</summary>
    private static List<int>? ValueColumns(IReadOnlyList<IndicatorGridColumn> columns)
    {
        var name = columns.ToList().FindIndex(c => c.Role == R.Name);
        if (name < 0 || name == columns.Count - 1) return null;
        var values = Enumerable.Range(name + 1, columns.Count - name - 1).ToList();
        return values.Count >= 2 && values.All(c => columns[c].Role is R.Target or R.Actual or R.Weight or R.Score) ? values : null;
    }

    private static bool IsNumberedName(string text) => IndicatorNamePlaceholder.Number(text) is not null;

    private static bool IsValue(string text) =>
        IndicatorValueShape.LooksLikeValue(text) || IndicatorValueShape.IsValue(text) || OcrLookAlikes.DamagedNumber(IndicatorGridVocabulary.Compact(text)) is not null;

    /// <summary>A few characters that are no value, label, category or numbered name: the wrapped end of a name.</summary>
    private static bool IsNameFragment(string text)
    {
        var compact = IndicatorGridVocabulary.Compact(text);
        return compact.Length is > 0 and <= LongestNameFragment && !IsValue(text) && !IsNumberedName(text)
            && IndicatorGridVocabulary.Classify(text) is null && !IndicatorCategoryWords.IsCategory(text) && !IndicatorGridEnd.IsEnd(text);
    }

    private static string? NextText(List<Cell> cells, int from, int limit)
    {
        for (var q = from; q < limit; q++)
            if (!IndicatorGridHeader.IsBlank(cells[q].Text)) return cells[q].Text;
        return null;
    }
}
