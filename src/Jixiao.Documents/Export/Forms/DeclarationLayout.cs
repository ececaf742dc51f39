using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效目标申报表, district template (forms.md §3): the header grid as printed in the seeds, then the
/// 一级/二级/三级 grid with level cells merged over their rows and the column header repeated on every page.
/// </summary>
public static class DeclarationLayout
{
    private const int Columns = 6;

    public static FormSection Build(Project project)
    {
        var title = project.FormNumber is int n ? $"财政项目支出绩效目标申报表 {n}" : "财政项目支出绩效目标申报表";
        var blocks = new List<FormBlock> { new HeadingBlock(title, 1) };
        if (project.Year is int year) blocks.Add(new HeadingBlock($"({year} 年度)", 2));
        blocks.Add(HeaderTable(project));
        blocks.Add(IndicatorTable(project.Indicators));
        return new FormSection(project.Name, blocks);
    }

    private static FormTable HeaderTable(Project p)
    {
        var f = p.Funds;
        IReadOnlyList<TableCell>[] rows =
        [
            [TableCell.Label("项目名称"), TableCell.Value(p.Name), TableCell.Label("项目性质"), TableCell.Value(p.Nature), TableCell.Label("项目类别"), TableCell.Value(p.Category)],
            [TableCell.Label("主管部门"), TableCell.Value(p.SupervisingDepartment), TableCell.Label("实施单位"), TableCell.Value(p.ImplementingUnit, colSpan: 3)],
            [TableCell.Label("计划开始日期"), TableCell.Centered(CellFormats.Date(p.PlannedStart)), TableCell.Label("计划完成日期"), TableCell.Centered(CellFormats.Date(p.PlannedEnd), colSpan: 3)],
            [TableCell.Label("项目资金 (元)", rowSpan: 4), TableCell.Label("项目资金总额"), TableCell.Money(f.ProjectFundsTotal), TableCell.Label("年度资金申请总额"), TableCell.Money(f.AnnualRequestTotal, colSpan: 2)],
            [TableCell.Label("其中：财政资金"), TableCell.Money(f.FiscalFunds), TableCell.Label("其中：当年财政拨款"), TableCell.Money(f.CurrentYearAppropriation, colSpan: 2)],
            [TableCell.Value(""), TableCell.Value(""), TableCell.Label("上年结转资金"), TableCell.Money(f.PriorYearCarryover, colSpan: 2)],
            [TableCell.Label("其他资金"), TableCell.Money(f.OtherFunds), TableCell.Label("其他资金"), TableCell.Money(f.AnnualOtherFunds, colSpan: 2)],
            [TableCell.Label("项目绩效目标", rowSpan: 2), TableCell.Label("项目总目标", colSpan: 2), TableCell.Label("年度总体目标", colSpan: 3)],
            [TableCell.Value(p.OverallGoal, colSpan: 2), TableCell.Value(p.AnnualGoal, colSpan: 3)],
        ];
        return new FormTable(Widths, rows);
    }

    private static FormTable IndicatorTable(IReadOnlyList<Indicator> indicators)
    {
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label(""), TableCell.Label("一级指标"), TableCell.Label("二级指标"), TableCell.Label("三级指标"), TableCell.Label("年度(/项目)指标值", colSpan: 2) },
        };
        rows.AddRange(IndicatorGrid.Rows(indicators, i => [TableCell.Value(i.Target.OriginalText, colSpan: 2)], "绩效指标"));
        return new FormTable(Widths, rows, RepeatHeaderRows: 1);
    }

    private static readonly IReadOnlyList<decimal> Widths = [14m, 22m, 16m, 30m, 14m, 12m];
}
