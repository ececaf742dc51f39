using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// A 项目支出绩效自评表 laid out from its template's definition (ADR-039) with the scores COMPUTED by <see cref="Scorer"/>:
/// the template's title, header rows, money grid (its rows and columns in its labels and money unit, a note column such as
/// 原因 printed blank), goals block and indicator grid with exactly its columns (指标性质 · 指标值 · 度量单位 split from the
/// one parsed target), each row's counted score, the 总分 row with the grade. The Shanghai 财政项目支出绩效自评表 (forms.md §6)
/// is the built-in definition. Only what the official form holds (issue 15): the 得分计算说明 is shown on screen
/// (<see cref="ScoreNarrative"/>), never printed on the form.
/// </summary>
public static class SelfEvaluationLayout
{
    private const decimal OtherWidth = 16m;

    // Printed widths by column key (character units); the Shanghai form's eight columns keep their widths.
    private static readonly Dictionary<string, decimal> WidthByKey = new(StringComparer.Ordinal)
    {
        [IndicatorColumnKeys.Level1] = 12m,
        [IndicatorColumnKeys.Level2] = 16m,
        [IndicatorColumnKeys.Name] = 26m,
        [IndicatorColumnKeys.Target] = 16m,
        [IndicatorColumnKeys.Actual] = 16m,
        [IndicatorColumnKeys.Weight] = 9m,
        [IndicatorColumnKeys.Score] = 9m,
        [IndicatorColumnKeys.DeviationReason] = 28m,
        [IndicatorColumnKeys.Comparator] = 8m,
        [IndicatorColumnKeys.Unit] = 8m,
    };

    public static IReadOnlyList<FormSection> Sections(Project project, ProjectScore score) =>
        Sections(project, score, SelfEvaluationForms.District2023);

    /// <summary>The form of <paramref name="project"/> on the 自评表 definition <paramref name="form"/> (a template's).</summary>
    public static IReadOnlyList<FormSection> Sections(Project project, ProjectScore score, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var used = new HashSet<string>();
        return
        [
            new FormSection(SheetNames.Safe(project.Name, used), Form(project, score, form), PageOrientation.Landscape),
        ];
    }

    /// <summary>
    /// The 自评表 definition <paramref name="project"/> prints on: the self-evaluation template its TemplateId names (an
    /// imported Sichuan 自评表, or one exported with `--template`), else the Shanghai 自评表.
    /// </summary>
    public static FormDefinition FormOf(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return TemplateRegistry.Current.Find(project.TemplateId) is { } t && t.Kind.IsSelfEvaluation() ? t.Form : SelfEvaluationForms.District2023;
    }

    /// <summary>The execution score counted in the total: computed, else (historical import) the printed one (SC-70).</summary>
    public static decimal? CountedExecutionScore(ProjectScore score) =>
        score.ExecutionScore ?? (score.Mode == ScoringMode.Historical && score.ExecutionApplicable ? score.PrintedExecutionScore : null);

    /// <summary>Σ分值 as the 总分 row prints it: the execution weight (when applicable) plus every row's weight.</summary>
    public static decimal WeightTotal(ProjectScore score) =>
        (score.ExecutionApplicable ? score.ExecutionWeight : 0m) + score.Rows.Sum(r => r.Weight ?? 0m);

    private static List<FormBlock> Form(Project p, ProjectScore score, FormDefinition def)
    {
        var template = TemplateRegistry.Current.Find(def.Id);
        var unit = template?.MoneyUnit ?? MoneyUnits.Yuan;
        var widths = def.IndicatorColumns.SelectMany(c => Enumerable.Repeat(c.Key is { } k ? WidthByKey.GetValueOrDefault(k, OtherWidth) : OtherWidth, c.Span)).ToList();
        var width = widths.Count;
        var blocks = new List<FormBlock> { new HeadingBlock(def.Title, 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year} 年度)", 2));

        var header = new List<IReadOnlyList<TableCell>>();
        FormTable? separateFunds = null;
        foreach (var block in def.Blocks)
        {
            if (block.Id == FormBlocks.Header)
                foreach (var row in def.Rows(FormBlocks.Header))
                    header.Add([.. row.SelectMany(f => (TableCell[])[TableCell.Label(f.Label), FieldGrid.Value(f, p, f.Place.Span)])]);
            else if (block.Id == FormBlocks.Funds && def.MoneyGrid is { } grid)
            {
                var funds = Funds(p, score, def, grid, template?.Money, unit, width).ToList();
                if (funds.Max(r => r.Sum(c => c.ColSpan)) <= width) header.AddRange(funds);
                else separateFunds = new FormTable(Enumerable.Repeat(OtherWidth, funds[0].Sum(c => c.ColSpan)).ToList(), funds);
            }
            else if (block.Id == FormBlocks.Goals)
                header.AddRange(Goals(p, def, width));
        }
        blocks.Add(new FormTable(widths, header));
        if (separateFunds is not null) blocks.Add(separateFunds);

        var columns = def.IndicatorColumns;
        var rows = new List<IReadOnlyList<TableCell>> { FieldGrid.ColumnHeader(def) };
        var tree = columns.Count >= 3 && columns[0].Key == IndicatorColumnKeys.Level1 && columns[1].Key == IndicatorColumnKeys.Level2
            && columns[2].Key == IndicatorColumnKeys.Name;
        rows.AddRange(tree
            ? IndicatorGrid.Rows(p.Indicators, i => columns.Skip(3).Select(c => Cell(c, i, RowOf(score, i), def)).ToList(), null)
            : p.Indicators.Select(i => (IReadOnlyList<TableCell>)columns.Select(c => Cell(c, i, RowOf(score, i), def)).ToList()));
        rows.Add(TotalRow(columns, score));
        blocks.Add(new FormTable(widths, rows, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>
    /// The money grid: the block label down the left, then the grid (money cells per row in the template's unit; the
    /// total-only columns on the total row; a note column blank), its last column stretched to the form's width.
    /// </summary>
    private static IEnumerable<IReadOnlyList<TableCell>> Funds(Project p, ProjectScore score, FormDefinition def, MoneyGrid grid,
        TemplateMoneyGrid? spec, string unit, int width)
    {
        // The printed columns: the template's (with its note columns), else the grid's.
        var printed = spec is null
            ? grid.Columns.Select(c => (Label: c.Label, Column: (MoneyGridColumn?)c)).ToList()
            : spec.Columns.Select(c => (c.Label, Column: c.Role == MoneyRoles.Note ? null : grid.Column(c.Role))).ToList();
        var stretch = Math.Max(1, width - 2 - printed.Count + 1);
        int Span(int i) => i == printed.Count - 1 ? stretch : 1;
        var label = def.Block(FormBlocks.Funds)?.Label ?? spec?.Label ?? "";
        yield return [TableCell.Label(label, rowSpan: grid.Rows.Count + 1), TableCell.Label(""), .. printed.Select((c, i) => TableCell.Label(c.Label, colSpan: Span(i)))];
        var e = p.Evaluation;
        foreach (var row in grid.Rows)
        {
            var funds = e is null ? null : row.Read(e);
            yield return [TableCell.Label(row.Label), .. printed.Select((c, i) => c.Column switch
            {
                { Read: { } read } => MoneyCell(funds is null ? null : read(funds), unit, Span(i)),
                { } column when row.IsTotal => TotalCell(column, score, Span(i)),
                { OtherRows: { } other } => TableCell.Centered(other, Span(i)),
                _ => TableCell.Value("", Span(i)),
            })];
        }
    }

    /// <summary>A money cell in the form's unit: 元 as stored, or 万元 (2 dp half away from zero, MNY-06).</summary>
    private static TableCell MoneyCell(decimal? yuan, string unit, int colSpan) =>
        MoneyUnits.IsWanYuan(unit) ? TableCell.WanYuan(yuan, colSpan) : TableCell.Money(yuan, colSpan);

    /// <summary>Each goals row: its labels across, the values below; the block label down the left of them all.</summary>
    private static IEnumerable<IReadOnlyList<TableCell>> Goals(Project p, FormDefinition def, int width)
    {
        var rows = def.Rows(FormBlocks.Goals);
        for (var r = 0; r < rows.Count; r++)
        {
            var fields = rows[r];
            var spans = fields.Select((f, i) => i == fields.Count - 1 ? Math.Max(1, width - 1 - fields.Take(i).Sum(x => x.Place.Span)) : f.Place.Span).ToList();
            List<TableCell> labels = r == 0 ? [TableCell.Label(def.Block(FormBlocks.Goals)?.Label ?? "", rowSpan: rows.Count * 2)] : [];
            labels.AddRange(fields.Select((f, i) => TableCell.Label(f.Label, colSpan: spans[i])));
            yield return labels;
            yield return fields.Select((f, i) => FieldGrid.Value(f, p, spans[i])).ToList();
        }
    }

    private static TableCell Cell(IndicatorColumn column, Indicator i, IndicatorScore? row, FormDefinition def)
    {
        var split = def.Column(IndicatorColumnKeys.Comparator) is not null || def.Column(IndicatorColumnKeys.Unit) is not null;
        var cells = split ? TargetCells.Split(i.Target) : default;
        return column.Key switch
        {
            IndicatorColumnKeys.Level1 => TableCell.Centered(i.Level1, column.Span),
            IndicatorColumnKeys.Level2 => TableCell.Centered(i.Level2, column.Span),
            IndicatorColumnKeys.Name => TableCell.Value(i.Name, column.Span),
            IndicatorColumnKeys.Comparator => TableCell.Centered(cells.Comparator, column.Span),
            IndicatorColumnKeys.Unit => TableCell.Centered(cells.Unit, column.Span),
            // The value cell alone where the form prints 度量单位 apart; with its unit where only 指标性质 is apart.
            IndicatorColumnKeys.Target when split => TableCell.Value(def.Column(IndicatorColumnKeys.Unit) is null ? cells.Value + cells.Unit : cells.Value, column.Span),
            IndicatorColumnKeys.Target => TableCell.Value(i.Target.OriginalText, column.Span),
            IndicatorColumnKeys.Actual => TableCell.Value(i.Actual?.OriginalText, column.Span),
            IndicatorColumnKeys.Weight => TableCell.Decimal2(row?.Weight ?? i.Weight, column.Span),
            IndicatorColumnKeys.Score => RowScore(row, column.Span),
            IndicatorColumnKeys.DeviationReason => TableCell.Value(i.DeviationReason, column.Span),
            { } key => TableCell.Value(i.Columns?.GetValueOrDefault(key), column.Span),
            null => TableCell.Value("", column.Span),
        };
    }

    /// <summary>总分: the label over the columns before the first figure, Σ分值 and Σ得分 in theirs, the grade over the rest.</summary>
    private static List<TableCell> TotalRow(IReadOnlyList<IndicatorColumn> columns, ProjectScore score)
    {
        static bool Figure(IndicatorColumn c) => c.Key is IndicatorColumnKeys.Weight or IndicatorColumnKeys.Score;
        var first = columns.ToList().FindIndex(Figure);
        var last = columns.ToList().FindLastIndex(Figure);
        var grade = $"评价等级：{score.ComputedGrade.DisplayName()}";
        var width = columns.Sum(c => c.Span);
        if (first < 0) return [TableCell.Label("总分"), TableCell.Centered($"{CellFormats.TwoDecimals(score.ComputedTotal)}　{grade}", colSpan: width - 1)];
        var cells = new List<TableCell> { TableCell.Label("总分", colSpan: columns.Take(first).Sum(c => c.Span)) };
        for (var k = first; k <= last; k++)
        {
            var c = columns[k];
            cells.Add(c.Key switch
            {
                IndicatorColumnKeys.Weight => TableCell.Decimal2(WeightTotal(score), c.Span),
                IndicatorColumnKeys.Score => TableCell.Decimal2(score.ComputedTotal, c.Span),
                _ => TableCell.Value("", c.Span),
            });
        }
        var rest = columns.Skip(last + 1).Sum(c => c.Span);
        if (rest > 0) cells.Add(TableCell.Centered(grade, colSpan: rest));
        else cells[0] = TableCell.Label($"总分（{grade}）", colSpan: cells[0].ColSpan);
        return cells;
    }

    /// <summary>分值 · 执行率 · 得分 of the 年度资金总额 row, as the scorer counts them.</summary>
    private static TableCell TotalCell(MoneyGridColumn column, ProjectScore score, int colSpan) => column.Value switch
    {
        MoneyGridValue.Weight => TableCell.Decimal2(score.ExecutionWeight, colSpan),
        MoneyGridValue.Percent => Rate(score, colSpan),
        _ => ExecutionScore(score, colSpan),
    };

    /// <summary>The scored row of an indicator: the same instance, else the same position and name (a reloaded project).</summary>
    private static IndicatorScore? RowOf(ProjectScore score, Indicator indicator) =>
        score.Rows.FirstOrDefault(r => ReferenceEquals(r.Indicator, indicator))
        ?? score.Rows.FirstOrDefault(r => r.Indicator.Ordinal == indicator.Ordinal && r.Indicator.Name == indicator.Name);

    private static TableCell Rate(ProjectScore score, int colSpan) => score.ExecutionRateDisplay is { } pct
        ? new TableCell(pct.ToString("0.00", CultureInfo.InvariantCulture) + "%", CellRole.Decimal, colSpan) { Number = pct / 100m, NumberFormat = "0.00%" }
        : TableCell.Centered(score.ExecutionApplicable ? "" : "不适用", colSpan);

    private static TableCell ExecutionScore(ProjectScore score, int colSpan) => CountedExecutionScore(score) is { } s
        ? TableCell.Decimal2(s, colSpan)
        : TableCell.Centered(score.ExecutionApplicable ? "" : "不适用", colSpan);

    private static TableCell RowScore(IndicatorScore? row, int colSpan) => row switch
    {
        { NotScoredReason: NotScoredReason.NotApplicable } => TableCell.Centered("不适用", colSpan),
        { Score: { } s } => TableCell.Decimal2(s, colSpan),
        _ => TableCell.Decimal2(null, colSpan),
    };
}
