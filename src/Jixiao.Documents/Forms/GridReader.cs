using Jixiao.Domain.Forms;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads indicator rows of a table-layout grid (tabbed or cell-per-line). Categories are resolved by name
/// against the template and carried down; a level-2 decides its level-1. Rows are never dropped: a row
/// missing its name or value is kept and reported.
/// </summary>
internal sealed class GridReader(CategoryLabels labels, bool selfEvaluation, ICollection<ImportWarning> warnings)
{
    private readonly List<IndicatorDraft> items = [];
    private Level1Category? level1;
    private Level2Category? level2;
    private SelfEvaluationColumns? columns;

    public IReadOnlyList<IndicatorDraft> Items => items;

    public static bool IsHeaderRow(TableRow row)
    {
        // Two header words, one of them naming a level (the 自评表 money header also has 分值/得分).
        var count = 0;
        var level = false;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var text = row.Cells[i];
            if (CellText.IsBlank(text)) continue;
            var compact = CellText.Compact(text).Replace('（', '(').Replace('）', ')');
            if (!CategoryLabels.IsHeaderWord(compact)) continue;
            count++;
            level |= compact.StartsWith("一级", StringComparison.Ordinal) || compact.StartsWith("二级", StringComparison.Ordinal) || compact.StartsWith("三级", StringComparison.Ordinal);
        }
        return count >= 2 && level;
    }

    public void Read(TableRow row)
    {
        if (IsHeaderRow(row))
        {
            if (selfEvaluation) columns = SelfEvaluationColumns.From(row);
            return;
        }
        var cells = row.NonEmptyList();
        if (cells.Count == 0) return;
        if (columns is not null && ReadByColumn(row, cells)) return;

        var kinds = new List<(CategoryCellKind Kind, Level1Category? Level1, Level2Category? Level2)>(cells.Count);
        foreach (var c in cells) kinds.Add(labels.Classify(c.Text, mayBePartial: true));
        // The last cell of a row is its value unless it is a whole label: `满意` must not be read as a piece of
        // `满意度指标`. A row of nothing but label pieces (`效 指 标`, `标`) stays a fragment row.
        var othersSayRow = false;
        for (var i = 0; i < kinds.Count - 1 && !othersSayRow; i++)
            othersSayRow = kinds[i].Kind is CategoryCellKind.Content or CategoryCellKind.Label;
        if (kinds[^1].Kind != CategoryCellKind.Content && labels.Classify(cells[^1].Text, mayBePartial: false).Kind == CategoryCellKind.Content
            && (kinds[^1].Kind == CategoryCellKind.Label || othersSayRow))
            kinds[^1] = (CategoryCellKind.Content, null, null);

        // A lone value whose name is spelled like a category without the `指标` suffix (`服务对象满意度` → 满意)
        // is a name sitting in a drifted column, not a label.
        var contentCount = kinds.Count(k => k.Kind == CategoryCellKind.Content);
        if (contentCount == 1 && kinds[^1].Kind == CategoryCellKind.Content && ValueLook.LooksLikeValue(cells[^1].Text))
        {
            var k = kinds.FindLastIndex(x => x.Kind == CategoryCellKind.Label);
            if (k >= 0 && k == cells.Count - 2 && IsUnsuffixedLabel(cells[k].Text, kinds[k]))
                kinds[k] = (CategoryCellKind.Content, null, null);
        }

        var before = (level1, level2);
        var fullLabels = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (kinds[i].Kind != CategoryCellKind.Label) continue;
            Apply(kinds[i].Level1, kinds[i].Level2);
            fullLabels.Add(cells[i].Text);
        }
        var changed = before != (level1, level2);
        var content = new List<string>(cells.Count);
        for (var i = 0; i < cells.Count; i++)
            if (kinds[i].Kind == CategoryCellKind.Content) content.Add(cells[i].Text);
        var previous = items.Count > 0 ? items[^1] : null;

        // Page break inside a row: the tail of the name (or the value) arrives on the next row.
        if (row.AfterBreak && previous is not null && !changed)
        {
            if (content.Count == 0 && fullLabels.Count == 1 && kinds.Count(k => k.Kind == CategoryCellKind.Label) == 1)
            {
                previous.Name += CellText.Compact(fullLabels[0]);
                return;
            }
            if (content.Count == 1 && !selfEvaluation)
            {
                if (!ValueLook.LooksLikeValue(content[0])) { previous.Name += content[0]; return; }
                if (previous.Target is null) { previous.Target = content[0]; return; }
            }
        }
        if (content.Count == 0) return;

        var item = new IndicatorDraft
        {
            Level1 = level1,
            Level2 = level2,
            Line = row.Line,
        };
        if (selfEvaluation && content.Count >= 3) FillSelfEvaluation(item, content);
        else if (content.Count >= 2)
        {
            item.Name = string.Concat(content.Take(content.Count - 1));
            item.Target = content[^1];
            if (content.Count > 2)
                warnings.Add(new ImportWarning(row.Line, $"指标行有 {content.Count} 个内容单元格，前 {content.Count - 1} 个已合并为三级指标名称“{CellText.NormaliseName(item.Name)}”。"));
        }
        else if (ValueLook.LooksLikeValue(content[0]))
        {
            item.Target = content[0];
            warnings.Add(new ImportWarning(row.Line, $"指标行只有指标值“{content[0]}”，缺少三级指标名称。"));
        }
        else
        {
            item.Name = content[0];
            warnings.Add(new ImportWarning(row.Line, $"三级指标“{CellText.NormaliseName(content[0])}”缺少指标值。"));
        }
        items.Add(item);
    }

    /// <summary>
    /// A 自评表 row laid out under a known column header: categories left of 三级指标, every other cell read from its
    /// own column, so a blank 实际完成值 or 分值 does not shift the cells after it. False when the row does not fit the
    /// header (content left of 三级指标), which is then read by content as before.
    /// </summary>
    private bool ReadByColumn(TableRow row, List<(int Index, string Text)> cells)
    {
        var c = columns!;
        if (c.Name >= row.Cells.Count || CellText.IsBlank(row.Cells[c.Name])) return false;
        var left = cells.Where(x => x.Index < c.Name).ToList();
        var leftKinds = left.Select(x => labels.Classify(x.Text, mayBePartial: true)).ToList();
        if (leftKinds.Any(k => k.Kind == CategoryCellKind.Content)) return false;
        foreach (var k in leftKinds.Where(k => k.Kind == CategoryCellKind.Label)) Apply(k.Level1, k.Level2);

        string? At(int? index) => index is int i && i < row.Cells.Count && !CellText.IsBlank(row.Cells[i]) ? row.Cells[i] : null;
        items.Add(new IndicatorDraft
        {
            Level1 = level1,
            Level2 = level2,
            Line = row.Line,
            Name = row.Cells[c.Name],
            Target = At(c.Target),
            Actual = At(c.Actual),
            WeightText = At(c.Weight),
            ScoreText = At(c.Score),
            Deviation = At(c.Deviation),
        });
        return true;
    }

    private static bool IsUnsuffixedLabel(string text, (CategoryCellKind Kind, Level1Category? Level1, Level2Category? Level2) kind)
    {
        var printed = CellText.Compact(text);
        var canonical = kind.Level2?.Name ?? kind.Level1?.Name ?? "";
        return canonical.EndsWith("指标", StringComparison.Ordinal) && printed == canonical[..^2];
    }

    private static void FillSelfEvaluation(IndicatorDraft item, List<string> content)
    {
        // 三级指标 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因
        item.Name = content[0];
        item.Target = content[1];
        item.Actual = content[2];
        if (content.Count > 3) item.WeightText = content[3];
        if (content.Count > 4) item.ScoreText = content[4];
        if (content.Count > 5) item.Deviation = string.Join(" ", content.Skip(5));
    }

    private void Apply(Level1Category? l1, Level2Category? l2)
    {
        if (l2 is not null)
        {
            level2 = l2;
            level1 = l1;
            return;
        }
        if (l1 is null) return;
        if (level2 is not null && !l1.Children.Contains(level2)) level2 = null;
        level1 = l1;
    }
}

/// <summary>Mutable indicator while a grid is being read.</summary>
internal sealed class IndicatorDraft
{
    public Level1Category? Level1 { get; set; }
    public Level2Category? Level2 { get; set; }
    public string Name { get; set; } = "";
    public string? Target { get; set; }
    public string? Actual { get; set; }
    public string? WeightText { get; set; }
    public string? ScoreText { get; set; }
    public string? Deviation { get; set; }
    public int Line { get; set; }

    public RawIndicator ToRaw(int ordinal) => new()
    {
        Level1 = Level1?.Name,
        Level2 = Level2?.Name,
        CategoriesResolved = Level1 is not null && Level2 is not null,
        Name = CellText.NormaliseName(Name),
        TargetText = Target?.Trim(),
        ActualText = Actual?.Trim(),
        WeightText = WeightText,
        Weight = CellText.Number(WeightText),
        ScoreText = ScoreText,
        Score = CellText.Number(ScoreText),
        DeviationReason = Deviation?.Trim(),
        Ordinal = ordinal,
        SourceLine = Line,
    };
}

/// <summary>Column positions of a 自评表 grid header (`三级指标 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因…`).</summary>
internal sealed record SelfEvaluationColumns(int Name, int? Target, int? Actual, int? Weight, int? Score, int? Deviation)
{
    /// <summary>Null unless the header names at least 三级指标, 年度指标值 and 实际完成值 in separate cells.</summary>
    public static SelfEvaluationColumns? From(TableRow header)
    {
        int? Find(Func<string, bool> match)
        {
            foreach (var (i, text) in header.NonEmpty())
                if (match(CellText.Compact(text))) return i;
            return null;
        }

        string Label(string key) => CellText.Compact(SelfEvaluationForms.Column(key).Label);
        // 年度指标值 on the 自评表, 年度(/项目)指标值 where a declaration's column head was kept.
        var targets = FormDefinitions.All.SelectMany(d => d.IndicatorColumns).Select(c => CellText.Compact(c.Label))
            .Where(l => l.StartsWith(Label(IndicatorColumnKeys.Target)[..2], StringComparison.Ordinal)).Distinct().ToList();
        var name = Find(t => t == Label(IndicatorColumnKeys.Name));
        var target = Find(t => targets.Any(l => t.StartsWith(l, StringComparison.Ordinal)));
        var actual = Find(t => t.StartsWith(Label(IndicatorColumnKeys.Actual), StringComparison.Ordinal));
        if (name is not int n || target is null || actual is null) return null;
        // 偏差原因… printed in full or cut short (偏差原因分析).
        var deviation = Label(IndicatorColumnKeys.DeviationReason)[..4];
        return new SelfEvaluationColumns(n, target, actual, Find(t => t == Label(IndicatorColumnKeys.Weight)), Find(t => t == Label(IndicatorColumnKeys.Score)),
            Find(t => t.StartsWith(deviation, StringComparison.Ordinal)));
    }
}
