using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效自评表 (forms.md §6) with the scores COMPUTED by <see cref="Scorer"/>: header, 项目资金（元） block
/// (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分), 年度总体目标 (预期目标 · 实际完成情况), the indicator grid
/// (一级…偏差原因分析及改进措施) with each row's counted score, the 总分 row with the grade. Only what the official form
/// holds (issue 15): the 得分计算说明 is shown on screen (<see cref="ScoreNarrative"/>), never printed on the form.
/// </summary>
public static class SelfEvaluationLayout
{
    private const string Dash = "—";
    private static readonly IReadOnlyList<decimal> Widths = [12m, 16m, 26m, 16m, 16m, 9m, 9m, 28m];

    public static IReadOnlyList<FormSection> Sections(Project project, ProjectScore score)
    {
        var used = new HashSet<string>();
        return
        [
            new FormSection(SheetNames.Safe(project.Name, used), Form(project, score), PageOrientation.Landscape),
        ];
    }

    /// <summary>The execution score counted in the total: computed, else (historical import) the printed one (SC-70).</summary>
    public static decimal? CountedExecutionScore(ProjectScore score) =>
        score.ExecutionScore ?? (score.Mode == ScoringMode.Historical && score.ExecutionApplicable ? score.PrintedExecutionScore : null);

    /// <summary>Σ分值 as the 总分 row prints it: the execution weight (when applicable) plus every row's weight.</summary>
    public static decimal WeightTotal(ProjectScore score) =>
        (score.ExecutionApplicable ? score.ExecutionWeight : 0m) + score.Rows.Sum(r => r.Weight ?? 0m);

    private static List<FormBlock> Form(Project p, ProjectScore score)
    {
        var def = SelfEvaluationForms.District2023;
        var grid = SelfEvaluationForms.Funds;
        var blocks = new List<FormBlock> { new HeadingBlock(def.Title, 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year} 年度)", 2));
        var e = p.Evaluation;
        var header = new List<IReadOnlyList<TableCell>>();
        foreach (var row in def.Rows(FormBlocks.Header))
            header.Add([.. row.SelectMany(f => (TableCell[])[TableCell.Label(f.Label), TableCell.Value(f.Text(p), colSpan: f.Place.Span)])]);
        // 项目资金（元）: the block label down the left, then the grid (money cells per row; the total-only columns on 年度资金总额).
        header.Add([TableCell.Label(def.Block(grid.Block)!.Label!, rowSpan: grid.Rows.Count + 1), TableCell.Label(""), .. grid.Columns.Select(c => TableCell.Label(c.Label))]);
        foreach (var row in grid.Rows)
        {
            var funds = e is null ? null : row.Read(e);
            header.Add([TableCell.Label(row.Label), .. grid.Columns.Select(c => c.Read is { } read ? TableCell.Money(funds is null ? null : read(funds))
                : row.IsTotal ? TotalCell(c, score)
                : c.OtherRows is { } other ? TableCell.Centered(other) : TableCell.Value(""))]);
        }
        var goals = def.Rows(FormBlocks.Goals).Single();
        header.Add([TableCell.Label(def.Block(FormBlocks.Goals)!.Label!, rowSpan: 2), .. goals.Select(f => TableCell.Label(f.Label, colSpan: f.Place.Span))]);
        header.Add([.. goals.Select(f => TableCell.Value(f.Text(p), colSpan: f.Place.Span))]);
        blocks.Add(new FormTable(Widths, header));

        var grid2 = new List<IReadOnlyList<TableCell>> { def.IndicatorColumns.Select(c => TableCell.Label(c.Label)).ToList() };
        grid2.AddRange(IndicatorGrid.Rows(p.Indicators, i =>
        {
            var row = RowOf(score, i);
            return
            [
                TableCell.Value(i.Target.OriginalText), TableCell.Value(i.Actual?.OriginalText),
                TableCell.Decimal2(row?.Weight ?? i.Weight), RowScore(row), TableCell.Value(i.DeviationReason),
            ];
        }, null));
        grid2.Add(
        [
            TableCell.Label("总分", colSpan: 5), TableCell.Decimal2(WeightTotal(score)), TableCell.Decimal2(score.ComputedTotal),
            TableCell.Centered($"评价等级：{score.ComputedGrade.DisplayName()}"),
        ]);
        blocks.Add(new FormTable(Widths, grid2, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>分值 · 执行率 · 得分 of the 年度资金总额 row, as the scorer counts them.</summary>
    private static TableCell TotalCell(MoneyGridColumn column, ProjectScore score) => column.Value switch
    {
        MoneyGridValue.Weight => TableCell.Decimal2(score.ExecutionWeight),
        MoneyGridValue.Percent => Rate(score),
        _ => ExecutionScore(score),
    };

    /// <summary>The scored row of an indicator: the same instance, else the same position and name (a reloaded project).</summary>
    private static IndicatorScore? RowOf(ProjectScore score, Indicator indicator) =>
        score.Rows.FirstOrDefault(r => ReferenceEquals(r.Indicator, indicator))
        ?? score.Rows.FirstOrDefault(r => r.Indicator.Ordinal == indicator.Ordinal && r.Indicator.Name == indicator.Name);

    private static TableCell Rate(ProjectScore score) => score.ExecutionRateDisplay is { } pct
        ? new TableCell(pct.ToString("0.00", CultureInfo.InvariantCulture) + "%", CellRole.Decimal) { Number = pct / 100m, NumberFormat = "0.00%" }
        : TableCell.Centered(score.ExecutionApplicable ? "" : "不适用");

    private static TableCell ExecutionScore(ProjectScore score) => CountedExecutionScore(score) is { } s
        ? TableCell.Decimal2(s)
        : TableCell.Centered(score.ExecutionApplicable ? "" : "不适用");

    private static TableCell RowScore(IndicatorScore? row) => row switch
    {
        { NotScoredReason: NotScoredReason.NotApplicable } => TableCell.Centered("不适用"),
        { Score: { } s } => TableCell.Decimal2(s),
        _ => TableCell.Decimal2(null),
    };
}
