using Jixiao.Documents.Cells;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>One data row as read: the cell placed in each grid column (null: none), a level printed above 一级, where it starts.</summary>
internal sealed record IndicatorGridRawRow(IReadOnlyList<Cell?> Cells, Cell? Level0, Cell First, bool Complete);

/// <summary>
/// Reads the data rows below a grid header. Rows start at the first category column; a category cell goes to the
/// category column it fits (merged cells are simply absent, and the missing levels are carried down later), the first
/// other cell is the name, and the cells after it fill the value columns in printed order.
/// In <paramref name="stream"/> mode (one cell per line) rows are cut by the column count; otherwise by printed rows.
/// </summary>
internal sealed class IndicatorGridRowReader(IReadOnlyList<Cell> cells, IReadOnlyList<IndicatorGridColumn> columns, bool stream)
{
    /// <summary>
    /// Values met where a row should start (below a header that came out of order, the values of rows whose names were
    /// printed elsewhere) are passed over rather than read as names.
    /// </summary>
    public bool SkipLeadingValues { get; init; }

    /// <summary>The rows from <paramref name="start"/> up to <paramref name="limit"/>, the index reading stopped at, and whether an end cell closed the grid.</summary>
    public (IReadOnlyList<IndicatorGridRawRow> Rows, int Next, bool Closed) ReadAll(int start, int limit)
    {
        var rows = new List<IndicatorGridRawRow>();
        var p = start;
        while (p < limit)
        {
            var text = cells[p].Text;
            // Blank cells, `……` placeholder rows and a repeated group header (绩效指标) start no row.
            if (IndicatorGridHeader.IsBlank(text) || IsEllipsis(text) || IndicatorGridVocabulary.Classify(text)?.Role == R.Group) { p++; continue; }
            if (IndicatorGridEnd.IsEnd(text)) return (rows, p, true);
            if (SkipLeadingValues && IndicatorValueShape.LooksLikeValue(text) && !IndicatorCategoryWords.IsCategory(text)) { p++; continue; }
            // One cell per line: rows are cut by the column count, except where the reader closed a row of several cells.
            var rowLimit = stream && !StartsPrintedRow(p, limit) ? limit : EndOfRow(p, limit);
            var (row, next) = ReadRow(p, rowLimit);
            if (!stream) (row, next) = ContinuedOnLaterRows(row, next, limit);
            rows.Add(row);
            p = Math.Max(next, p + 1);
        }
        return (rows, p, false);
    }

    private static bool IsEllipsis(string text) => IndicatorGridVocabulary.Compact(text).All(c => c is '…' or '.' or '。' or '-' or '—');

    private bool StartsPrintedRow(int p, int limit) =>
        (p == 0 || cells[p - 1].Row != cells[p].Row) && EndOfPrintedRow(p, limit) - p > 1
        && cells.Skip(p).Take(EndOfPrintedRow(p, limit) - p).Count(c => !IndicatorGridHeader.IsBlank(c.Text)) > 1;

    /// <summary>
    /// The end of the indicator row starting at <paramref name="p"/> when rows are cut by printed rows: a printed row of
    /// category labels only (merged 一级/二级 cells printed on lines of their own, `项目效益` / `指标`) runs on into the next.
    /// </summary>
    private int EndOfRow(int p, int limit)
    {
        var q = EndOfPrintedRow(p, limit);
        while (q < limit && OnlyCategories(p, q)) q = EndOfPrintedRow(q, limit);
        return q;
    }

    private bool OnlyCategories(int from, int to)
    {
        for (var q = from; q < to; q++)
        {
            var text = cells[q].Text;
            if (!IndicatorGridHeader.IsBlank(text) && IndicatorGridVocabulary.Compact(text) != "指标" && !IndicatorCategoryWords.IsCategory(text)) return false;
        }
        return true;
    }

    private int EndOfPrintedRow(int p, int limit)
    {
        var q = p;
        while (q < limit && cells[q].Row == cells[p].Row) q++;
        return q;
    }

    private (IndicatorGridRawRow Row, int Next) ReadRow(int start, int rowLimit)
    {
        var placed = new Cell?[columns.Count];
        Cell? level0 = null;
        var lastLevel = -1;
        var col = 0;
        var p = start;
        while (p < rowLimit && col < columns.Count)
        {
            var cell = cells[p];
            var blank = IndicatorGridHeader.IsBlank(cell.Text);
            // A category label broken over two cells: `可持续影响` + `指标`.
            if (lastLevel >= 0 && lastLevel == col - 1 && IndicatorGridVocabulary.Compact(cell.Text) == "指标")
            {
                placed[lastLevel] = placed[lastLevel]! with { Text = placed[lastLevel]!.Text.Trim() + "指标" };
                p++;
                continue;
            }
            var column = columns[col];
            if (column.IsLevel)
            {
                if (blank) { p++; col++; continue; }
                var kind = IndicatorCategoryWords.Classify(cell.Text);
                if (kind == CategoryKind.None) { col++; continue; }
                var next = NextText(p + 1, rowLimit);
                var nextKind = IsLevelAt(p + 1, rowLimit) ? IndicatorCategoryWords.Classify(next) : CategoryKind.None;
                // A level printed above 一级 (实施效果指标 over 产出指标): an unknown category word followed by a level-1 word.
                if (p == start && level0 is null && kind == CategoryKind.Unknown && nextKind is CategoryKind.Level1 or CategoryKind.Either)
                {
                    level0 = cell;
                    p++;
                    continue;
                }
                // A category-looking name without the 指标 suffix (满意度) followed by its value is the indicator itself.
                if (!IndicatorCategoryWords.SplitWeight(cell.Text).Label.EndsWith("指标", StringComparison.Ordinal)
                    && IndicatorValueShape.LooksLikeValue(next) && !IndicatorCategoryWords.IsCategory(next)) { col++; continue; }
                if (Fits(kind, nextKind, col))
                {
                    placed[col] = cell;
                    lastLevel = col;
                    p++;
                }
                col++;
                continue;
            }
            // `指标N:` numbers a row: once this row has its name, it begins the next.
            if (!blank && p > start && col > NameColumn && IsNumberedName(cell.Text)) break;
            if (!blank && p > start && IsLevelAt(p, rowLimit) && IndicatorCategoryWords.Classify(cell.Text) is var k)
            {
                var ahead = LevelColumnAhead(col, k);
                if (ahead >= 0) { col = ahead; continue; }
                // The category begins the next row (this one had no more cells).
                if (column.Role != R.Name || HasLevelColumnFor(k)) break;
            }
            // A row with no name (its 指标内容 cell left empty in run-together text): the value belongs to the target.
            if (column.Role == R.Name && lastLevel >= 0 && IndicatorValueShape.IsValue(cell.Text))
            {
                col++;
                continue;
            }
            // 指标性质 merged into the value (`>=24500人`): the value goes to the target column.
            if (column.Role == R.Comparator && !blank && !IndicatorValueShape.IsComparator(cell.Text) && IndicatorValueShape.LooksLikeValue(cell.Text))
            {
                col++;
                continue;
            }
            // Cut-apart text has no empty cells: a name followed by values (or by its unit) begins the next row, not a
            // trailing text column.
            if (!blank && column.Role is R.Deviation or R.Other && !IndicatorValueShape.LooksLikeValue(cell.Text)
                && (IndicatorValueShape.LooksLikeValue(NextText(p + 1, rowLimit)) || IndicatorUnitWords.IsUnit(NextText(p + 1, rowLimit))))
                break;
            // Nor is the text's last cell, where no row before printed this text column, a note: it is a row the text cuts
            // off after its name.
            if (stream && !blank && p > start && column.Role is R.Deviation or R.Other && !textColumnsFilled.Contains(col)
                && NextText(p + 1, rowLimit) is null && !IndicatorValueShape.LooksLikeValue(cell.Text))
                break;
            // Text run together has no empty cells. Between a weight and a score (参考分值 | 指标值 | 实际值 | 得分), a dash run
            // into a text (`一目标明确…`) is the target's dash and the actual; a text alone is the actual, the target empty.
            if (!blank && column.Role == R.Target && TargetThenActualThenScore(col) && !IndicatorValueShape.LooksLikeValue(cell.Text)
                && IsScoreThenRowEnd(p + 1, rowLimit))
            {
                if (DashHead(cell.Text) is { } dash)
                {
                    placed[col] = cell with { Text = dash };
                    placed[col + 1] = cell with { Text = cell.Text.TrimStart()[dash.Length..] };
                    p++;
                    col += 2;
                    continue;
                }
                if (!IsDash(cell.Text))
                {
                    col++;
                    continue;
                }
            }
            // Nor does it print an empty text column: a bare value where a text column (指标说明) stands before the
            // target column belongs to the target.
            if (stream && !blank && column.Role == R.Other && IndicatorValueShape.IsValue(cell.Text) && HasColumnAhead(col, R.Target))
            {
                col++;
                continue;
            }
            placed[col] = cell;
            if (!blank && column.Role is R.Deviation or R.Other) textColumnsFilled.Add(col);
            p++;
            col++;
        }
        // In row mode the rest of a printed row that is blank belongs to this row.
        while (p < rowLimit && !stream && IndicatorGridHeader.IsBlank(cells[p].Text)) p++;
        return (new(placed, level0, cells[start], col >= columns.Count), p);
    }

    /// <summary>
    /// A row printed over several lines (its long name wraps, pushing the values down): a row that ends at its name, then
    /// printed rows of values only (no category, no numbered name) that hold exactly one value per target, actual, weight
    /// and score column and end with two numbers (the weight and the score). They are its values, in column order; the
    /// target is printed whole (a qualitative `有效` has no 指标性质 or 度量单位 of its own).
    /// </summary>
    private (IndicatorGridRawRow Row, int Next) ContinuedOnLaterRows(IndicatorGridRawRow row, int next, int limit)
    {
        var core = Enumerable.Range(0, columns.Count).Where(c => columns[c].Role is R.Target or R.Actual or R.Weight or R.Score).ToList();
        var name = NameColumn;
        if (core.Count < 3 || name == int.MaxValue || row.Cells[name] is not { } printedName || IndicatorGridHeader.IsBlank(printedName.Text)
            || row.Cells.Skip(name + 1).Any(c => c is not null && !IndicatorGridHeader.IsBlank(c.Text)))
            return (row, next);
        var values = new List<Cell>();
        var q = next;
        while (q < limit && values.Count < core.Count)
        {
            var end = EndOfPrintedRow(q, limit);
            var printed = cells.Skip(q).Take(end - q).Where(c => !IndicatorGridHeader.IsBlank(c.Text)).ToList();
            if (printed.Count == 0 || printed.Any(c => IndicatorCategoryWords.IsCategory(c.Text) || IsNumberedName(c.Text) || IndicatorGridEnd.IsEnd(c.Text)))
                return (row, next);
            values.AddRange(printed);
            q = end;
        }
        if (values.Count != core.Count || !IsBareNumber(values[^1].Text) || !IsBareNumber(values[^2].Text)) return (row, next);
        var placed = row.Cells.ToArray();
        for (var k = 0; k < core.Count; k++) placed[core[k]] = values[k];
        return (row with { Cells = placed, Complete = true }, q);
    }

    private static bool IsBareNumber(string text) =>
        decimal.TryParse(IndicatorGridVocabulary.Compact(text), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>Trailing text columns (说明, 备注) some row so far printed.</summary>
    private readonly HashSet<int> textColumnsFilled = [];

    private const string Dashes = "一-—－–";

    private static bool IsDash(string text) => text.Trim() is { Length: 1 } t && Dashes.Contains(t[0], StringComparison.Ordinal);

    /// <summary>`一` of `一目标明确…`: a dash followed by text that is no value; null otherwise.</summary>
    private static string? DashHead(string text)
    {
        var t = text.TrimStart();
        return t.Length > 2 && Dashes.Contains(t[0], StringComparison.Ordinal) && !Dashes.Contains(t[1], StringComparison.Ordinal)
            && !char.IsAsciiDigit(t[1]) && !IndicatorValueShape.LooksLikeValue(t[1..]) ? t[..1] : null;
    }

    private bool TargetThenActualThenScore(int col) =>
        col + 2 < columns.Count && columns[col + 1].Role == R.Actual && columns[col + 2].Role == R.Score;

    /// <summary>The next cell is a bare number (a score) and the one after it is no value: the row ends there.</summary>
    private bool IsScoreThenRowEnd(int from, int limit)
    {
        var q = NextIndex(from, limit);
        if (q < 0) return false;
        var score = IndicatorGridVocabulary.Compact(cells[q].Text);
        var isNumber = score.Length > 0 && (decimal.TryParse(score, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _)
            || OcrLookAlikes.DamagedNumber(score) is not null);
        return isNumber && !IndicatorValueShape.LooksLikeValue(NextText(q + 1, limit));
    }

    private int NameColumn => columns.ToList().FindIndex(c => c.Role == R.Name) is var n && n >= 0 ? n : int.MaxValue;

    private static bool IsNumberedName(string text) => IndicatorNamePlaceholder.Strip(text) != text;

    private bool Fits(CategoryKind kind, CategoryKind nextKind, int col) => columns[col].Depth switch
    {
        1 => kind switch
        {
            CategoryKind.Level1 => true,
            CategoryKind.Level2 => false,
            // 成本指标 / an unknown category: level 1 when another category follows, or when there is no level-2 column.
            _ => nextKind != CategoryKind.None || !HasColumnAhead(col, 2),
        },
        _ => kind != CategoryKind.Level1,
    };

    private bool HasColumnAhead(int col, R role)
    {
        for (var c = col + 1; c < columns.Count; c++)
            if (columns[c].Role == role) return true;
        return false;
    }

    private bool HasColumnAhead(int col, int depth)
    {
        for (var c = col + 1; c < columns.Count; c++)
            if (columns[c].IsLevel && columns[c].Depth == depth) return true;
        return false;
    }

    private int LevelColumnAhead(int col, CategoryKind kind)
    {
        for (var c = col + 1; c < columns.Count; c++)
            if (columns[c].IsLevel && (kind != CategoryKind.Level1 || columns[c].Depth == 1)) return c;
        return -1;
    }

    private bool HasLevelColumnFor(CategoryKind kind) => kind switch
    {
        CategoryKind.Level1 => columns.Any(c => c.Role == R.Level1),
        CategoryKind.Level2 => columns.Any(c => c.Role == R.Level2),
        _ => columns.Any(c => c.IsLevel),
    };

    /// <summary>The cell at (or the first non-blank after) <paramref name="from"/> is a category label, not a name: it is not followed by a value.</summary>
    private bool IsLevelAt(int from, int limit)
    {
        var q = NextIndex(from, limit);
        return q >= 0 && IndicatorCategoryWords.IsCategory(cells[q].Text)
            && !(IndicatorValueShape.LooksLikeValue(NextText(q + 1, limit)) && !IndicatorCategoryWords.IsCategory(NextText(q + 1, limit)));
    }

    private int NextIndex(int from, int limit)
    {
        for (var q = from; q < limit; q++)
            if (!IndicatorGridHeader.IsBlank(cells[q].Text)) return q;
        return -1;
    }

    private string? NextText(int from, int limit)
    {
        for (var q = from; q < limit; q++)
            if (!IndicatorGridHeader.IsBlank(cells[q].Text)) return cells[q].Text;
        return null;
    }
}
