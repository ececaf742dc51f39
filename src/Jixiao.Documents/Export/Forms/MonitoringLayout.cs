using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效运行监控表 (forms.md §7, workflow.md §4): header with 监控期间 1–M月, the money block (全年预算数 ·
/// 1–M月执行数 · 执行率 · 预计全年执行数) with its execution-progress light, the project light, then one row per indicator
/// (年度指标值 · 1–M月实际完成值 · 全年预计完成值 · 完成目标可能性 · 监控结果 · 亮灯依据 · 偏差原因分析 · 纠偏措施).
/// Lights print as `● 绿灯` / `● 黄灯` / `● 红灯`; each with its rule and explanation (`MON-N：…`).
/// </summary>
public static class MonitoringLayout
{
    public const string Title = "财政项目支出绩效运行监控表";
    private const string Dot = "● ";
    private static readonly IReadOnlyList<decimal> HeaderWidths = [20m, 28m, 24m, 18m, 24m, 26m];
    private static readonly IReadOnlyList<decimal> GridWidths = [9m, 11m, 20m, 12m, 12m, 12m, 10m, 9m, 22m, 18m, 18m];

    /// <summary>`● 红灯`.</summary>
    public static string LightText(Light light) => Dot + LightNames.Chinese(light);

    /// <summary>`MON-N：预计完成值按 SC-12 计得 50.00% → 红灯`.</summary>
    public static string Basis(LightResult? light) => light is null ? "" : $"{light.Rule}：{light.Explanation}";

    /// <summary>`1–7月`.</summary>
    public static string Period(int month) => $"1–{month.ToString(CultureInfo.InvariantCulture)}月";

    public static FormSection Build(MonitoringSheet m)
    {
        var period = Period(m.Month);
        var blocks = new List<FormBlock> { new HeadingBlock(Title, 1) };
        if (m.Year is int year) blocks.Add(new HeadingBlock($"（{year}年度）", 2));
        List<IReadOnlyList<TableCell>> header =
        [
            [TableCell.Label("项目名称"), TableCell.Value(m.ProjectName, colSpan: 3), TableCell.Label("监控期间"), TableCell.Centered(period)],
            [TableCell.Label("主管部门"), TableCell.Value(m.SupervisingDepartment, colSpan: 3), TableCell.Label("实施单位"), TableCell.Value(m.ImplementingUnit)],
            [TableCell.Label("项目资金（元）", rowSpan: 2), TableCell.Label("全年预算数"), TableCell.Label($"{period}执行数"), TableCell.Label("执行率"),
                TableCell.Label("预计全年执行数"), TableCell.Label("执行进度")],
            [TableCell.Money(m.AnnualBudget), TableCell.Money(m.ExpenditureToDate), Rate(m.ExecutionRatePercent), TableCell.Money(m.ForecastAnnualExpenditure),
                TableCell.Centered(m.BudgetLight is { } b ? LightText(b.Light) : "")],
            [TableCell.Label("亮灯依据"), TableCell.Value(Basis(m.BudgetLight), colSpan: 5)],
            [TableCell.Label("偏差原因分析"), TableCell.Value(m.BudgetDeviationReason, colSpan: 5)],
            [TableCell.Label("纠偏措施"), TableCell.Value(m.BudgetCorrectiveAction, colSpan: 5)],
            [TableCell.Label("项目监控结果"), TableCell.Centered(m.ProjectLight is { } p ? LightText(p) : "", colSpan: 5)],
        ];
        blocks.Add(new FormTable(HeaderWidths, header));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[]
            {
                TableCell.Label("一级指标"), TableCell.Label("二级指标"), TableCell.Label("三级指标"), TableCell.Label("年度指标值"),
                TableCell.Label($"{period}实际完成值"), TableCell.Label("全年预计完成值"), TableCell.Label("完成目标可能性"), TableCell.Label("监控结果"),
                TableCell.Label("亮灯依据"), TableCell.Label("偏差原因分析"), TableCell.Label("纠偏措施"),
            },
        };
        grid.AddRange(IndicatorGrid.Rows(m.Rows, r => r.Level1, r => r.Level2, r => r.Name, r =>
        [
            TableCell.Value(r.Target), TableCell.Value(r.Progress), TableCell.Value(r.Forecast), TableCell.Centered(r.Likelihood),
            TableCell.Centered(r.Light is { } l ? LightText(l.Light) : ""), TableCell.Value(Basis(r.Light)),
            TableCell.Value(Deviation(r.DeviationCauses, r.DeviationReason)), TableCell.Value(r.CorrectiveAction),
        ], null));
        blocks.Add(new FormTable(GridWidths, grid, RepeatHeaderRows: 1));
        return new FormSection(SheetNames.Safe(m.ProjectName, new HashSet<string>()), blocks, PageOrientation.Landscape);
    }

    /// <summary>偏差原因分析: the categories on the first line (`经费保障、其他`), the explanation below.</summary>
    public static string Deviation(IReadOnlyList<string> causes, string? reason) =>
        string.Join("\n", new[] { string.Join("、", causes), reason ?? "" }.Where(s => s.Length > 0));

    private static TableCell Rate(decimal? percent) => percent is { } p
        ? new TableCell(p.ToString("0.00", CultureInfo.InvariantCulture) + "%", CellRole.Decimal) { Number = p / 100m, NumberFormat = "0.00%" }
        : TableCell.Centered("");
}
