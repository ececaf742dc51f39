using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>What a 绩效目标批复 notice states: the approved version of a project, who approved it and when.</summary>
/// <param name="ApprovingBody">The organisation whose reviewer approved it (the finance bureau).</param>
/// <param name="ApprovedOn">The day of approval, in the office's time zone.</param>
public sealed record ApprovalNotice(Project Project, string UnitName, string? Department, string ApprovingBody, DateOnly ApprovedOn, int Version);

/// <summary>
/// 项目支出绩效目标批复通知: the approving body's notice to the unit, the project's figures and the approved 一级/二级/三级
/// indicator table with each 指标值 exactly as approved, closed by the body's name and date (one A4 page, more when the
/// table is long; its header repeats).
/// </summary>
public static class ApprovalNoticeLayout
{
    private static readonly IReadOnlyList<decimal> HeaderWidths = [22m, 42m, 18m, 32m];
    private static readonly IReadOnlyList<decimal> GridWidths = [18m, 22m, 40m, 34m];

    public static FormDocument Document(ApprovalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var p = notice.Project;
        return new($"{p.Name} 绩效目标批复通知", FileNames.Safe($"{p.Year}-{p.Name}-绩效目标批复通知"), [new FormSection("绩效目标批复", Blocks(notice))]);
    }

    public static IReadOnlyList<FormBlock> Blocks(ApprovalNotice notice)
    {
        var p = notice.Project;
        var date = Chinese(notice.ApprovedOn);
        var blocks = new List<FormBlock>
        {
            new HeadingBlock("项目支出绩效目标批复通知", 1),
        };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"（{year}年度）", 2));
        blocks.Add(new ParagraphBlock($"{notice.UnitName}：\n"
            + $"　　你单位报送的“{p.Name}”项目支出绩效目标（第 {notice.Version} 版）已经审核，现予批复。"
            + "请按批复的绩效目标组织实施，做好绩效运行监控，年度终了开展绩效自评；确需调整的，按规定程序报批。"));
        blocks.Add(new FormTable(HeaderWidths,
        [
            [TableCell.Label("项目名称"), TableCell.Value(p.Name, colSpan: 3)],
            [TableCell.Label("预算单位"), TableCell.Value(notice.UnitName), TableCell.Label("主管部门"), TableCell.Value(notice.Department ?? "")],
            [TableCell.Label("项目资金（元）"), TableCell.Money(p.Funds.ProjectFundsTotal), TableCell.Label("其中：财政资金"), TableCell.Money(p.Funds.FiscalFunds)],
            [TableCell.Label("批复机关"), TableCell.Value(notice.ApprovingBody), TableCell.Label("批复日期"), TableCell.Value(date)],
        ]));
        blocks.Add(new HeadingBlock("批复的绩效指标", 3));
        var grid = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label("一级指标"), TableCell.Label("二级指标"), TableCell.Label("三级指标"), TableCell.Label("指标值") },
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText)], null));
        blocks.Add(new FormTable(GridWidths, grid, RepeatHeaderRows: 1));
        blocks.Add(new ParagraphBlock($"{notice.ApprovingBody}\n{date}", ParagraphAlign.Right));
        return blocks;
    }

    private static string Chinese(DateOnly day) => day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
