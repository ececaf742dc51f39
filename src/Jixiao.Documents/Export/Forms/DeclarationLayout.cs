using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效目标申报表 in the template the project was declared on: the 2024 district 申报表 (forms.md §3), the
/// 2021 district 填报表 (§4: no 项目性质, goal header with its year range, 年度总目标, 年度指标值) or the 2020 municipal
/// 申报表 (§5, <see cref="MunicipalDeclarationLayout"/>). Header grid as printed in the seeds, then the 一级/二级/三级 grid
/// with level cells merged over their rows and the column header repeated on every page.
/// </summary>
public static class DeclarationLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [14m, 22m, 18m, 30m, 16m, 14m];

    public static FormSection Build(Project project) =>
        new(SheetNames.Safe(project.Name, new HashSet<string>()), Blocks(project));

    /// <summary>The form's blocks (title, header grid, indicator grid), to place in a section of a larger document.</summary>
    public static IReadOnlyList<FormBlock> Blocks(Project project) => project.Form switch
    {
        FormKind.MunicipalDeclaration => MunicipalDeclarationLayout.Blocks(project),
        FormKind.DistrictFilingForm => FilingForm(project),
        _ => District(project),
    };

    private static List<FormBlock> District(Project p)
    {
        var blocks = new List<FormBlock> { new HeadingBlock(p.FormNumber is int n ? $"财政项目支出绩效目标申报表 {n}" : "财政项目支出绩效目标申报表", 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year} 年度)", 2));
        List<IReadOnlyList<TableCell>> rows =
        [
            [TableCell.Label("项目名称"), TableCell.Value(p.Name), TableCell.Label("项目性质"), TableCell.Value(p.Nature), TableCell.Label("项目类别"), TableCell.Value(p.Category)],
            [TableCell.Label("主管部门"), TableCell.Value(p.SupervisingDepartment), TableCell.Label("实施单位"), TableCell.Value(p.ImplementingUnit, colSpan: 3)],
            [TableCell.Label("计划开始日期"), TableCell.Centered(CellFormats.Date(p.PlannedStart)), TableCell.Label("计划完成日期"), TableCell.Centered(CellFormats.Date(p.PlannedEnd), colSpan: 3)],
            .. FundsRows(p.Funds, "项目资金 (元)"),
            [TableCell.Label("项目绩效目标", rowSpan: 2), TableCell.Label("项目总目标", colSpan: 2), TableCell.Label("年度总体目标", colSpan: 3)],
            [TableCell.Value(p.OverallGoal, colSpan: 2), TableCell.Value(p.AnnualGoal, colSpan: 3)],
        ];
        blocks.Add(new FormTable(Widths, rows));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label(""), TableCell.Label("一级指标"), TableCell.Label("二级指标"), TableCell.Label("三级指标"), TableCell.Label("年度(/项目)指标值", colSpan: 2) },
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText, colSpan: 2)], "绩效指标"));
        blocks.Add(new FormTable(Widths, grid, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>2021 填报表: `{n}、财政项目支出绩效目标填报表` + `（2021年度）`; 绩效指标 merged down the grid including its header.</summary>
    private static List<FormBlock> FilingForm(Project p)
    {
        var blocks = new List<FormBlock> { new HeadingBlock(p.FormNumber is int n ? $"{n}、财政项目支出绩效目标填报表" : "财政项目支出绩效目标填报表", 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"（{year}年度）", 2));
        var goalHeader = p.OverallGoalYears is var (from, to) ? $"项目总目标（{from} 年- {to}年）" : "项目总目标";
        List<IReadOnlyList<TableCell>> rows =
        [
            [TableCell.Label("项目名称"), TableCell.Value(p.Name, colSpan: 3), TableCell.Label("项目类别"), TableCell.Value(p.Category)],
            [TableCell.Label("主管部门"), TableCell.Value(p.SupervisingDepartment), TableCell.Label("实施单位"), TableCell.Value(p.ImplementingUnit, colSpan: 3)],
            [TableCell.Label("计划开始日期"), TableCell.Centered(CellFormats.Date(p.PlannedStart)), TableCell.Label("计划完成日期"), TableCell.Centered(CellFormats.Date(p.PlannedEnd), colSpan: 3)],
            .. FundsRows(p.Funds, "项目资金（元）"),
            [TableCell.Label("项目绩效目标", rowSpan: 2), TableCell.Label(goalHeader, colSpan: 2), TableCell.Label("年度总目标", colSpan: 3)],
            [TableCell.Value(p.OverallGoal, colSpan: 2), TableCell.Value(p.AnnualGoal, colSpan: 3)],
        ];
        blocks.Add(new FormTable(Widths, rows));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label("绩效指标", rowSpan: p.Indicators.Count + 1), TableCell.Label("一级指标"), TableCell.Label("二级指标"), TableCell.Label("三级指标"), TableCell.Label("年度指标值", colSpan: 2) },
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText, colSpan: 2)], null));
        blocks.Add(new FormTable(Widths, grid, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>The seven money cells of 项目资金（元）, left 项目资金 and right 年度资金申请 (§3), the block label merged over four rows.</summary>
    private static IEnumerable<IReadOnlyList<TableCell>> FundsRows(ProjectFunds f, string label) =>
    [
        [TableCell.Label(label, rowSpan: 4), TableCell.Label("项目资金总额"), TableCell.Money(f.ProjectFundsTotal), TableCell.Label("年度资金申请总额"), TableCell.Money(f.AnnualRequestTotal, colSpan: 2)],
        [TableCell.Label("其中：财政资金"), TableCell.Money(f.FiscalFunds), TableCell.Label("其中：当年财政拨款"), TableCell.Money(f.CurrentYearAppropriation, colSpan: 2)],
        [TableCell.Value(""), TableCell.Value(""), TableCell.Label("上年结转资金"), TableCell.Money(f.PriorYearCarryover, colSpan: 2)],
        [TableCell.Label("其他资金"), TableCell.Money(f.OtherFunds), TableCell.Label("其他资金"), TableCell.Money(f.AnnualOtherFunds, colSpan: 2)],
    ];
}
