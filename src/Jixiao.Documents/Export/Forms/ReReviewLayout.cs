using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.ReReview;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>One indicator row of a printed 复核表: its categories and the scores side by side (<see cref="ReReviewRow"/>).</summary>
public sealed record ReReviewPrintRow(string Level1, string Level2, ReReviewRow Row);

/// <summary>What a 项目支出绩效自评复核表 prints: the project's header, every row side by side, the totals and grades.</summary>
/// <param name="Sampled">Drawn by 抽评 rather than re-reviewed in the department's turn.</param>
public sealed record ReReviewPrint(string ProjectName, string UnitName, string? DepartmentName, int Year, string StateName, bool Sampled,
    IReadOnlyList<ReReviewPrintRow> Rows, ReReviewSheet Sheet);

/// <summary>
/// 项目支出绩效自评复核表 (ADR-063): a header grid (项目, 主管部门, 实施单位, 年度, 复核方式, 状态), then one row per 三级指标 with
/// 分值, 自评得分, 主管部门复核得分, 财政复核得分, 最终得分, 差异 and the 复核理由 (the 一级/二级 cells merged as every form prints
/// them), the 总分 with both grades and a note on the flag threshold — landscape A4, the column header repeated on each page.
/// </summary>
public static class ReReviewLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [10m, 12m, 26m, 7m, 8m, 10m, 10m, 8m, 8m, 33m];

    public static FormDocument Document(ReReviewPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        return new($"{print.ProjectName} 项目支出绩效自评复核表", FileNames.Safe($"{print.Year}-{print.ProjectName}-绩效自评复核表"),
            [new FormSection("绩效自评复核", Blocks(print), PageOrientation.Landscape)]);
    }

    public static IReadOnlyList<FormBlock> Blocks(ReReviewPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var sheet = print.Sheet;
        var header = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label("项目名称", colSpan: 2), TableCell.Value(print.ProjectName, colSpan: 4), TableCell.Label("预算年度", colSpan: 2), TableCell.Centered(print.Year.ToString(CultureInfo.InvariantCulture), colSpan: 2) },
            new[] { TableCell.Label("主管部门", colSpan: 2), TableCell.Value(print.DepartmentName, colSpan: 4), TableCell.Label("实施单位", colSpan: 2), TableCell.Value(print.UnitName, colSpan: 2) },
            new[] { TableCell.Label("复核方式", colSpan: 2), TableCell.Value(print.Sampled ? "财政抽评复核" : "主管部门、财政逐级复核", colSpan: 4), TableCell.Label("复核状态", colSpan: 2), TableCell.Centered(print.StateName, colSpan: 2) },
        };
        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[]
            {
                TableCell.Label("一级指标"), TableCell.Label("二级指标"), TableCell.Label("三级指标"), TableCell.Label("分值"), TableCell.Label("自评得分"),
                TableCell.Label("主管部门复核得分"), TableCell.Label("财政复核得分"), TableCell.Label("最终得分"), TableCell.Label("差异"), TableCell.Label("复核理由"),
            },
        };
        grid.AddRange(IndicatorGrid.Rows(print.Rows, r => r.Level1, r => r.Level2, r => r.Row.Name, r => Cells(r.Row), leadingLabel: null));
        grid.Add(
        [
            TableCell.Label("总分", colSpan: 3), TableCell.Value(""), TableCell.Decimal2(sheet.SelfTotal),
            TableCell.Value(""), TableCell.Value(""), TableCell.Decimal2(sheet.FinalTotal), Difference(sheet.FinalTotal - sheet.SelfTotal, sheet.TotalFlagged),
            TableCell.Value($"自评等级：{sheet.SelfGrade.DisplayName()}；最终等级：{sheet.FinalGrade.DisplayName()}"),
        ]);
        return
        [
            new HeadingBlock("项目支出绩效自评复核表", 1),
            new HeadingBlock($"（{print.Year}年度）", 2),
            new FormTable(Widths, header),
            new FormTable(Widths, grid, RepeatHeaderRows: 1),
            new ParagraphBlock(string.Create(CultureInfo.InvariantCulture,
                $"注：最终得分取最后一级复核的得分，未复核的行沿用自评得分；差异为最终得分减自评得分，超过 {sheet.Threshold:0.##} 分的标“★”。")),
            new ParagraphBlock("主管部门（盖章）：                    财政部门（盖章）：", ParagraphAlign.Right),
        ];
    }

    private static IReadOnlyList<TableCell> Cells(ReReviewRow row) =>
    [
        TableCell.Decimal2(row.Weight), TableCell.Decimal2(row.SelfScore), TableCell.Decimal2(row.Supervisor?.Score), TableCell.Decimal2(row.Finance?.Score),
        TableCell.Decimal2(row.Final), row.Difference is { } d ? Difference(d, row.Flagged) : TableCell.Value(""),
        TableCell.Value(string.Join("；", new[]
        {
            row.Supervisor is { } s ? $"主管部门：{s.Reason}" : null,
            row.Finance is { } f ? $"财政：{f.Reason}" : null,
        }.Where(t => t is not null))),
    ];

    // A signed difference (+1.50 / -2.00), starred when it exceeds the threshold; printed as text so the sign and star stay.
    private static TableCell Difference(decimal difference, bool flagged) =>
        TableCell.Centered(difference.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + (flagged ? " ★" : ""));
}
