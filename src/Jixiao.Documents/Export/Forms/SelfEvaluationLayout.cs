using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效自评表 (forms.md §6) with the scores COMPUTED by <see cref="Scorer"/>: header, 项目资金（元） block
/// (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分), 年度总体目标 (预期目标 · 实际完成情况), the indicator grid
/// (一级…偏差原因分析及改进措施) with each row's counted score, the 总分 row with the grade, then an appendix section
/// `附：得分计算说明` listing every score's rule and trail (scoring.md SC-60).
/// </summary>
public static class SelfEvaluationLayout
{
    private const string Dash = "—";
    private static readonly IReadOnlyList<decimal> Widths = [12m, 16m, 26m, 16m, 16m, 9m, 9m, 28m];
    private static readonly IReadOnlyList<decimal> AppendixWidths = [6m, 24m, 18m, 40m, 48m, 9m, 30m];

    public static IReadOnlyList<FormSection> Sections(Project project, ProjectScore score)
    {
        var used = new HashSet<string>();
        return
        [
            new FormSection(SheetNames.Safe(project.Name, used), Form(project, score), PageOrientation.Landscape),
            new FormSection(SheetNames.Safe("得分计算说明", used), Appendix(project, score), PageOrientation.Landscape),
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

    /// <summary>附：得分计算说明 — one row per score: the execution rate, each indicator, the total; rule, meaning, trail, findings.</summary>
    private static MoneyGridColumn RateColumn => SelfEvaluationForms.Funds.Columns.Single(c => c.Value == MoneyGridValue.Percent);

    private static MoneyGridColumn ScoreColumn => SelfEvaluationForms.Funds.Columns.Single(c => c.Value == MoneyGridValue.Score);

    // The scorer names the execution cells it judges by their printed labels: 执行率, 年度资金总额, 执行率得分.
    private static bool IsExecutionFinding(Domain.Review.Finding f) =>
        f.Field == RateColumn.Label || f.Field == SelfEvaluationForms.Funds.Rows.Single(r => r.IsTotal).Name || f.Field == RateColumn.Label + ScoreColumn.Label;

    private static List<FormBlock> Appendix(Project p, ProjectScore score)
    {
        var mode = score.Mode == ScoringMode.Historical ? "历史导入" : "在线填报";
        var blocks = new List<FormBlock>
        {
            new HeadingBlock("附：得分计算说明", 1),
            new ParagraphBlock($"项目名称：{p.Name}；评分规则：{score.ProfileTag}；计分模式：{mode}。"),
        };
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label("序号"), TableCell.Label("项目"), TableCell.Label("规则"), TableCell.Label("说明"), TableCell.Label("计算过程"), TableCell.Label(ScoreColumn.Label), TableCell.Label("提示") },
        };
        var execution = score.Trail.Where(ScoreExplanations.IsExecutionStep).ToList();
        rows.Add(Explained("—", RateColumn.Label, ScoreExplanations.ExecutionRule, execution, ExecutionScore(score), score.Findings.Where(IsExecutionFinding).Select(f => f.Message)));
        foreach (var row in score.Rows)
        {
            var i = row.Indicator;
            rows.Add(Explained(i.Ordinal.ToString(CultureInfo.InvariantCulture), $"{i.Level1}/{i.Level2}/{i.Name}", row.Rule, row.Trail, RowScore(row),
                row.Findings.Select(f => f.Message)));
        }
        var rest = score.Trail.Where(t => !ScoreExplanations.IsExecutionStep(t)).ToList();
        var grade = $"{CellFormats.TwoDecimals(score.ComputedTotal)}（{score.ComputedGrade.DisplayName()}）";
        rows.Add(Explained("—", "总分", ScoreExplanations.TotalRule, rest, TableCell.Centered(grade),
            score.Findings.Where(f => !IsExecutionFinding(f)).Select(f => f.Message)));
        blocks.Add(new FormTable(AppendixWidths, rows, RepeatHeaderRows: 1));
        return blocks;
    }

    private static IReadOnlyList<TableCell> Explained(string number, string item, string rule, IReadOnlyList<string> trail, TableCell score, IEnumerable<string> hints) =>
    [
        TableCell.Centered(number), TableCell.Value(item), TableCell.Centered(rule), TableCell.Value(ScoreExplanations.Explain(rule, trail)),
        TableCell.Value(string.Join("\n", trail)), score, TableCell.Value(string.Join("\n", hints)),
    ];
}
