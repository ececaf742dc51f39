using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效目标申报表, 2020 municipal template (forms.md §5): title, `(2020)年度`, `申报单位名称：…`; a four-column
/// label/value header with the text fields across the row, 上年 figures, the 项目资金投入构成 sub-project table, then
/// `{年度}年绩效目标` with 一级目标/二级目标/三级目标/指标目标值 (title and column header repeated on every page).
/// </summary>
public static class MunicipalDeclarationLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [26m, 34m, 30m, 30m];

    private static readonly (NarrativeSection Section, string Label)[] TextFields =
    [
        (NarrativeSection.Overview, "项目概况*："),
        (NarrativeSection.Basis, "立项依据*："),
        (NarrativeSection.Necessity, "项目设立的必要性*："),
        (NarrativeSection.Safeguards, "保证项目实施的制度、措施*："),
        (NarrativeSection.ImplementationPlan, "项目实施计划*："),
    ];

    public static IReadOnlyList<FormBlock> Blocks(Project p)
    {
        var m = p.Municipal ?? new MunicipalDetails();
        var blocks = new List<FormBlock> { new HeadingBlock("财政项目支出绩效目标申报表", 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year})年度", 2));
        if (!string.IsNullOrWhiteSpace(m.DeclaringUnit)) blocks.Add(new ParagraphBlock($"申报单位名称：{m.DeclaringUnit}", ParagraphAlign.Right));

        var rows = new List<IReadOnlyList<TableCell>>
        {
            Pair("项目名称*：", TableCell.Value(p.Name), "项目类别*：", TableCell.Value(p.Category)),
            Pair("计划开始日期*：", TableCell.Centered(CellFormats.Date(p.PlannedStart)), "计划完成日期*：", TableCell.Centered(CellFormats.Date(p.PlannedEnd))),
            Pair("联系人*：", TableCell.Value(m.ContactName), "联系电话*：", TableCell.Value(m.ContactPhone)),
            Pair("是否含有政府购买服务：", TableCell.Centered(m.IncludesGovPurchasedServices switch { true => "是", false => "否", null => "" }),
                "绩效类型：", TableCell.Value(m.PerformanceType)),
        };
        foreach (var (section, label) in TextFields)
            rows.Add([TableCell.Label(label), TableCell.Value(p.Narrative.GetValueOrDefault(section), colSpan: 3)]);
        rows.Add([TableCell.Label("总目标及阶段性目标："), TableCell.Value(p.OverallGoal, colSpan: 3)]);
        rows.Add([TableCell.Label("本项目上年度市级财政资金使用情况", colSpan: 4)]);
        rows.Add(Pair("项目总预算（元）：", TableCell.Money(p.Funds.ProjectFundsTotal), "项目当年预算（元）：", TableCell.Money(p.Funds.AnnualRequestTotal)));
        rows.Add(Pair("同名项目上年预算额（元）：", TableCell.Money(m.PriorYear?.PriorYearBudget),
            "同名项目上年预算执行数（元）：", TableCell.Money(m.PriorYear?.PriorYearExpenditure)));
        rows.Add([TableCell.Label("项目资金投入构成", colSpan: 4)]);
        rows.Add([TableCell.Label("子项目名称", colSpan: 2), TableCell.Label("预算金额（元）", colSpan: 2)]);
        foreach (var sub in p.SubProjects)
            rows.Add([TableCell.Value(sub.Name, colSpan: 2), TableCell.Money(sub.AmountYuan, colSpan: 2)]);
        blocks.Add(new FormTable(Widths, rows));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label(p.Year is int y ? $"{y}年绩效目标" : "绩效目标", colSpan: 4) },
            new[] { TableCell.Label("一级目标"), TableCell.Label("二级目标"), TableCell.Label("三级目标"), TableCell.Label("指标目标值") },
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText)], null));
        blocks.Add(new FormTable(Widths, grid, RepeatHeaderRows: 2));
        return blocks;
    }

    private static IReadOnlyList<TableCell> Pair(string leftLabel, TableCell left, string rightLabel, TableCell right) =>
        [TableCell.Label(leftLabel), left, TableCell.Label(rightLabel), right];
}
