using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using K = Jixiao.Domain.Monitoring.MonitoringForm.Keys;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效运行监控表 (forms.md §7, workflow.md §4) as its definition (<see cref="MonitoringForm"/>) lays it out:
/// the header rows as label/value pairs, the 项目资金（元） block with labels above values, the budget analysis rows, then
/// the indicator grid under its printed column heads; `1–M月` prints as the period. Lights print as `● 绿灯` / `● 黄灯` /
/// `● 红灯`, each with its rule and explanation (`MON-N：…`). Only the computed cells are named here; any other field
/// prints by its kind.
/// </summary>
public static class MonitoringLayout
{
    private const string Dot = "● ";
    private static readonly IReadOnlyList<decimal> HeaderWidths = [20m, 28m, 24m, 18m, 24m, 26m];
    private static readonly IReadOnlyList<decimal> GridWidths = [9m, 11m, 20m, 12m, 12m, 12m, 10m, 9m, 22m, 18m, 18m];

    public static string Title => MonitoringForm.Definition.Title;

    /// <summary>`● 红灯`.</summary>
    public static string LightText(Light light) => Dot + LightNames.Chinese(light);

    /// <summary>`预计完成值按指标值计得 50.00% → 红灯`: the official sheet carries the reason, not the rule id.</summary>
    public static string Basis(LightResult? light) => light is null ? "" : light.Explanation;

    /// <summary>`1–7月`.</summary>
    public static string Period(int month) => MonitoringForm.Period(month);

    public static FormSection Build(MonitoringSheet m) => Build(m, MonitoringForm.Definition);

    /// <summary>The sheet laid out by <paramref name="form"/> (a test may pass the definition with a field added).</summary>
    public static FormSection Build(MonitoringSheet m, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(form);
        var blocks = new List<FormBlock> { new HeadingBlock(form.Title, 1) };
        if (m.Year is int year) blocks.Add(new HeadingBlock($"（{year}年度）", 2));
        string Label(string label) => MonitoringForm.Printed(label, m.Month);

        List<IReadOnlyList<TableCell>> header = [];
        foreach (var row in form.Rows(FormBlocks.Header))
            header.Add([.. row.SelectMany(f => new[] { TableCell.Label(Label(f.Label)), Value(m, f) })]);
        var funds = form.Rows(FormBlocks.Funds);
        for (var r = 0; r < funds.Count; r++)
        {
            var block = r == 0 && form.Block(FormBlocks.Funds)?.Label is { } title ? new[] { TableCell.Label(title, rowSpan: 2 * funds.Count) } : [];
            header.Add([.. block, .. funds[r].Select(f => TableCell.Label(Label(f.Label)))]);
            header.Add([.. funds[r].Select(f => Value(m, f))]);
        }
        foreach (var row in form.Rows(MonitoringForm.Analysis))
            header.Add([.. row.SelectMany(f => new[] { TableCell.Label(Label(f.Label)), Value(m, f) })]);
        blocks.Add(new FormTable(HeaderWidths, header));

        var columns = form.IndicatorColumns.Where(c => c.Key is not null).ToList();
        var grid = new List<IReadOnlyList<TableCell>> { form.IndicatorColumns.Select(c => TableCell.Label(Label(c.Label), c.Span)).ToList() };
        grid.AddRange(IndicatorGrid.Rows(m.Rows, r => r.Level1, r => r.Level2, r => r.Name, r => [.. columns.Select(c => Cell(c.Key!, r))], null));
        blocks.Add(new FormTable(GridWidths, grid, RepeatHeaderRows: 1));
        return new FormSection(SheetNames.Safe(m.ProjectName, new HashSet<string>()), blocks, PageOrientation.Landscape);
    }

    /// <summary>偏差原因分析: the categories on the first line (`经费保障、其他`), the explanation below.</summary>
    public static string Deviation(IReadOnlyList<string> causes, string? reason) =>
        string.Join("\n", new[] { string.Join("、", causes), reason ?? "" }.Where(s => s.Length > 0));

    // A field's value cell: the computed ones by their rule, the others by their kind.
    private static TableCell Value(MonitoringSheet m, FieldDefinition f) => f.Key switch
    {
        K.Period => TableCell.Centered(Period(m.Month), f.Place.Span),
        K.ExecutionRate => Rate(m.ExecutionRatePercent),
        K.BudgetLight => TableCell.Centered(m.BudgetLight is { } b ? LightText(b.Light) : "", f.Place.Span),
        K.BudgetBasis => TableCell.Value(Basis(m.BudgetLight), f.Place.Span),
        K.ProjectLight => TableCell.Centered(m.ProjectLight is { } p ? LightText(p) : "", f.Place.Span),
        _ when f.Kind == FieldKind.Money => TableCell.Money(m.Money(f.Key), f.Place.Span),
        _ => TableCell.Value(m.Text(f.Key), f.Place.Span),
    };

    private static TableCell Cell(string column, MonitoringSheetRow r) => column switch
    {
        K.Target => TableCell.Value(r.Target),
        K.Progress => TableCell.Value(r.Progress),
        K.Forecast => TableCell.Value(r.Forecast),
        K.Likelihood => TableCell.Centered(r.Likelihood),
        K.Light => TableCell.Centered(r.Light is { } l ? LightText(l.Light) : ""),
        K.Basis => TableCell.Value(Basis(r.Light)),
        K.DeviationReason => TableCell.Value(Deviation(r.DeviationCauses, r.DeviationReason)),
        K.CorrectiveAction => TableCell.Value(r.CorrectiveAction),
        _ => TableCell.Value(""),
    };

    private static TableCell Rate(decimal? percent) => percent is { } p
        ? new TableCell(p.ToString("0.00", CultureInfo.InvariantCulture) + "%", CellRole.Decimal) { Number = p / 100m, NumberFormat = "0.00%" }
        : TableCell.Centered("");
}
