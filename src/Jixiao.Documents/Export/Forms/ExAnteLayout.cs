using Jixiao.Documents.Layout;
using Jixiao.Domain.ExAnte;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 项目事前绩效评估表 (ADR-060) on one A4 page, from <see cref="ExAnteAssessmentForm.Definition"/>: the project's name, unit
/// and amount, then one row per aspect (满分, 得分, 评估理由), the total, the conclusion, the report and the opinion.
/// </summary>
public static class ExAnteLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [28m, 14m, 14m, 58m];

    public static FormDocument Document(Project project, string unitName)
    {
        ArgumentNullException.ThrowIfNull(project);
        var form = ExAnteAssessmentForm.Definition;
        string Text(string key) => form.Field(key)!.Text(project) ?? "";
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Label("项目名称"), TableCell.Value(project.Name, colSpan: 3) },
            new[] { TableCell.Label("实施单位"), TableCell.Value(unitName, colSpan: 3) },
            new[] { TableCell.Label("项目资金总额（元）"), TableCell.Money(project.Funds.ProjectFundsTotal, colSpan: 3) },
            new[] { TableCell.Label("评估内容"), TableCell.Label("满分"), TableCell.Label("得分"), TableCell.Label("评估理由") },
        };
        foreach (var (key, label) in ExAnteAssessmentForm.Aspects)
            rows.Add([TableCell.Label(label), TableCell.Centered(ExAnteAssessmentForm.AspectMaxScore.ToString("0", System.Globalization.CultureInfo.InvariantCulture)),
                TableCell.Centered(Text(ExAnteAssessmentForm.ScoreKey(key))), TableCell.Value(Text(ExAnteAssessmentForm.ReasonKey(key)))]);
        rows.Add([TableCell.Label("合计"), TableCell.Centered("100"), TableCell.Decimal2(ExAnteGate.Total(project)), TableCell.Value("")]);
        rows.Add([TableCell.Label("评估结论"), TableCell.Value(Text(ExAnteAssessmentForm.ConclusionKey), colSpan: 3)]);
        rows.Add([TableCell.Label("评估报告"), TableCell.Value(Text(ExAnteAssessmentForm.ReportKey), colSpan: 3)]);
        rows.Add([TableCell.Label("评估意见"), TableCell.Value(Text(ExAnteAssessmentForm.OpinionKey), colSpan: 3)]);
        var blocks = new List<FormBlock> { new HeadingBlock(form.Title, 1) };
        if (project.Year is int year) blocks.Add(new HeadingBlock($"（{year}年度）", 2));
        blocks.Add(new FormTable(Widths, rows));
        return new FormDocument($"{project.Name} {form.Title}", FileNames.Safe($"{project.Year}-{project.Name}-事前绩效评估表"),
            [new FormSection("事前绩效评估", blocks)]);
    }
}
