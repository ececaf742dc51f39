using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 项目资金投入构成 of a project whose official form has no such table (the district 申报表/填报表, forms.md §3–§4): a
/// sheet of its own after the form, titled as an appendix, so reviewers see the budget breakdown they approve while the
/// official layout stays exactly the printed form. The 2020 municipal 申报表 prints the table itself
/// (<see cref="MunicipalDeclarationLayout"/>) and gets no appendix.
/// </summary>
public static class SubProjectAppendix
{
    public const string SheetName = "附表 项目资金投入构成";

    private static readonly IReadOnlyList<decimal> Widths = [60m, 40m];

    /// <summary>The appendix, or null when the project has no sub-projects or its form prints them.</summary>
    public static FormSection? For(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (project.SubProjects.Count == 0 || project.Form == FormKind.MunicipalDeclaration) return null;
        var rows = new List<IReadOnlyList<TableCell>> { new[] { TableCell.Label("子项目名称"), TableCell.Label("预算金额（元）") } };
        rows.AddRange(project.SubProjects.Select(s => (IReadOnlyList<TableCell>)[TableCell.Value(s.Name), TableCell.Money(s.AmountYuan)]));
        rows.Add([TableCell.Label("合计"), TableCell.Money(project.SubProjects.Sum(s => s.AmountYuan ?? 0m))]);
        return new FormSection(SheetName,
        [
            new HeadingBlock("附表：项目资金投入构成", 1),
            new ParagraphBlock($"{project.Name}（不属于申报表的内容，供审核参考）"),
            new FormTable(Widths, rows, RepeatHeaderRows: 1),
        ]);
    }
}
