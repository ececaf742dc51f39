using Jixiao.Documents.Cells;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// A grid header found in the document's cells: the cells it spans (<see cref="Start"/> to <see cref="End"/>,
/// exclusive, in reading order) and its columns in printed left-to-right order.
/// </summary>
internal sealed record IndicatorGridHeader(int Start, int End, IReadOnlyList<IndicatorGridColumn> Columns)
{
    private const int MinimumRoles = 3;

    /// <summary>
    /// The first header at or after <paramref name="from"/>: a run of header cells (across rows: a header split over
    /// two printed rows, or cells of several rows run together) holding a category or name column and a value column.
    /// </summary>
    public static IndicatorGridHeader? Find(IReadOnlyList<Cell> cells, int from)
    {
        for (var i = from; i < cells.Count; i++)
        {
            if (IndicatorGridVocabulary.Classify(cells[i].Text) is null) continue;
            var found = new List<IndicatorGridColumn>();
            var end = i;
            for (var j = i; j < cells.Count; j++)
            {
                if (IsBlank(cells[j].Text)) continue;
                if (IndicatorGridVocabulary.Classify(cells[j].Text) is not { } column)
                {
                    // A column no template knows (数据来源, 考核方式) printed in the header's own row is kept as a column of
                    // its own, by its printed header, rather than ending the header and losing what is under it.
                    if (j > i && cells[j].Row == cells[j - 1].Row && IsUnknownLabel(cells[j].Text)
                        && cells.Skip(j).TakeWhile(c => c.Row == cells[j].Row).All(c => IsBlank(c.Text) || IndicatorGridVocabulary.Classify(c.Text) is not null || IsUnknownLabel(c.Text)))
                        column = new IndicatorGridColumn(R.Other, IndicatorGridVocabulary.Compact(cells[j].Text), false);
                    else break;
                }
                if (column.Role != R.Group) found.Add(column);
                end = j + 1;
            }
            if (IsHeader(found)) return new(i, end, Arrange(found));
            i = end - 1;
        }
        return null;
    }

    /// <summary>Most cells between two header labels of a header whose cells came out of order.</summary>
    private const int MaxScatterGap = 10;

    /// <summary>
    /// A header whose labels came out of order among other cells (xlsx→PDF text: `指标值 完成值 指标1:… 二级指标 三级指标
    /// 分值 得分`): labels no more than a few cells apart, no role twice, that together make a header. Its columns are
    /// put in the order every data row prints them (levels, name, then the values as their labels were printed); it
    /// ends at its last label. Sought only where the document has no header in one piece.
    /// </summary>
    public static IndicatorGridHeader? FindScattered(IReadOnlyList<Cell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (IndicatorGridVocabulary.Classify(cells[i].Text) is not { } first || first.Role == R.Group) continue;
            var found = new List<IndicatorGridColumn> { first };
            var last = i;
            for (var j = i + 1; j < cells.Count && j - last <= MaxScatterGap; j++)
            {
                if (IndicatorGridVocabulary.Classify(cells[j].Text) is not { } column || column.Role == R.Group) continue;
                if (found.Any(f => f.Role == column.Role)) break;
                found.Add(column);
                last = j;
            }
            if (IsHeader(found) && found.Any(c => c.Role is R.Name or R.Level2) && found.Count >= 4)
                return new(i, last + 1, [.. found.Where(c => c.Depth > 0).OrderBy(c => c.Depth), .. found.Where(c => c.Depth == 0)]) { Scattered = true };
        }
        return null;
    }

    /// <summary>The header's labels came out of order among data cells (<see cref="FindScattered"/>).</summary>
    public bool Scattered { get; init; }

    private static bool IsHeader(List<IndicatorGridColumn> found) =>
        found.Select(c => c.Role).Distinct().Count() >= MinimumRoles
        && found.Any(c => c.Role is R.Level1 or R.Level2 or R.Name)
        && found.Any(c => c.Role is R.Target or R.Actual or R.Weight or R.Score or R.Comparator);

    /// <summary>
    /// The columns in the order the data rows print them. A header printed over two rows can come out with the group
    /// header first (`年度指标值 … 一级指标 二级指标 三级指标 指标性质 指标值 度量单位`): the group is replaced by its parts,
    /// and the category and name columns, which every data row starts with, go first. With no name column (a
    /// 2-level tree) the deepest category column holds the indicator name.
    /// </summary>
    private static IReadOnlyList<IndicatorGridColumn> Arrange(List<IndicatorGridColumn> found)
    {
        var columns = new List<IndicatorGridColumn>(found);
        ReplaceTargetGroupByParts(columns);
        if (!columns[0].IsLevel && columns[0].Role != R.Name)
            columns = [.. columns.Where(c => c.IsLevel || c.Role == R.Name), .. columns.Where(c => !c.IsLevel && c.Role != R.Name)];
        if (!columns.Any(c => c.Role == R.Name) && columns.LastOrDefault(c => c.IsLevel) is { } deepest)
            columns[columns.LastIndexOf(deepest)] = deepest with { Role = R.Name };
        return columns;
    }

    private static void ReplaceTargetGroupByParts(List<IndicatorGridColumn> columns)
    {
        if (!columns.Any(c => c.Role is R.Comparator or R.Unit)) return;
        var targets = columns.Where(c => c.Role == R.Target).ToList();
        var group = targets.FirstOrDefault(t => targets.Count(o => o.LongTerm == t.LongTerm) > 1);
        if (group is null) return;
        var last = columns.LastIndexOf(targets.Last(t => t.LongTerm == group.LongTerm));
        var first = last;
        while (first > 0 && columns[first - 1].Role is R.Comparator or R.Unit) first--;
        var after = last;
        while (after + 1 < columns.Count && columns[after + 1].Role is R.Comparator or R.Unit) after++;
        var parts = columns.GetRange(first, after - first + 1);
        columns.RemoveRange(first, after - first + 1);
        var at = columns.IndexOf(group);
        columns.RemoveAt(at);
        columns.InsertRange(at, parts);
    }

    private const int LongestUnknownLabel = 12;

    /// <summary>Short text that is no value, no category word and no sentence: a header the vocabulary does not know.</summary>
    private static bool IsUnknownLabel(string text)
    {
        var compact = IndicatorGridVocabulary.Compact(text);
        return compact.Length is > 0 and <= LongestUnknownLabel && !IndicatorValueShape.LooksLikeValue(compact)
            && !IndicatorCategoryWords.IsCategory(compact) && compact.IndexOfAny(['，', ',', '。', '；', ';', ':', '：']) < 0;
    }

    internal static bool IsBlank(string? text) => IndicatorGridVocabulary.Compact(text).Length == 0;
}
