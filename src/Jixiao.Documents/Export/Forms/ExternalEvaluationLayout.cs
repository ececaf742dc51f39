using System.Globalization;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Export.Forms;

/// <summary>What a 重点绩效评价 评分表 prints: the project, the evaluator, the framework's dimensions with the scores and findings.</summary>
public sealed record EvaluationPrint(string ProjectName, string UnitName, int Year, string EvaluatorName, DateOnly Deadline, string StateName,
    EvaluationFramework Framework, EvaluationSheet Sheet, decimal? Total, Grade? Grade, string? ReportName);

/// <summary>
/// 项目支出重点绩效评价评分表 (ADR-059): a header grid (项目, 单位, 评价机构, 期限), the framework's 评价维度 with 分值, 评价要点,
/// 得分 and 主要问题, the 合计 and 评价等级, and the 评价结论 — one A4 page, the table's header repeated when it runs on.
/// </summary>
public static class ExternalEvaluationLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [18m, 10m, 42m, 12m, 38m];

    public static FormDocument Document(EvaluationPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        return new($"{print.ProjectName} 重点绩效评价评分表", FileNames.Safe($"{print.Year}-{print.ProjectName}-重点绩效评价评分表"),
            [new FormSection("重点绩效评价", Blocks(print))]);
    }

    public static IReadOnlyList<FormBlock> Blocks(EvaluationPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label("项目名称"), TableCell.Value(print.ProjectName, colSpan: 4) },
            new[] { TableCell.Label("预算单位"), TableCell.Value(print.UnitName, colSpan: 2), TableCell.Label("预算年度"), TableCell.Centered(print.Year.ToString(CultureInfo.InvariantCulture)) },
            new[] { TableCell.Label("评价机构"), TableCell.Value(print.EvaluatorName, colSpan: 2), TableCell.Label("完成期限"), TableCell.Centered(print.Deadline.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)) },
            new[] { TableCell.Label("评价指标体系"), TableCell.Value(print.Framework.Title, colSpan: 2), TableCell.Label("评价状态"), TableCell.Centered(print.StateName) },
            new[] { TableCell.Label("评价维度"), TableCell.Label("分值"), TableCell.Label("评价要点"), TableCell.Label("得分"), TableCell.Label("主要问题") },
        };
        foreach (var d in print.Framework.Dimensions)
        {
            var s = print.Sheet.Of(d.Name);
            rows.Add([TableCell.Centered(d.Name), TableCell.Decimal2(d.Weight), TableCell.Value(string.Join("、", d.Indicators)),
                TableCell.Decimal2(s?.Score), TableCell.Value(s?.Finding)]);
        }
        rows.Add([TableCell.Label("合计"), TableCell.Decimal2(print.Framework.TotalWeight), TableCell.Value(""),
            TableCell.Decimal2(print.Total), TableCell.Value($"评价等级：{print.Grade?.DisplayName() ?? "—"}")]);
        rows.Add([TableCell.Label("评价结论"), TableCell.Value(print.Sheet.Conclusion, colSpan: 4)]);
        rows.Add([TableCell.Label("评价报告"), TableCell.Value(print.ReportName ?? "未上传", colSpan: 4)]);
        return
        [
            new HeadingBlock("项目支出重点绩效评价评分表", 1),
            new HeadingBlock($"（{print.Year}年度）", 2),
            new FormTable(Widths, rows, RepeatHeaderRows: 0),
            new ParagraphBlock($"评价机构（盖章）：{print.EvaluatorName}", ParagraphAlign.Right),
        ];
    }
}
