using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export;

/// <summary>Entry point from a domain form to its printable layout; renderers then draw it in any format.</summary>
public static class FormLayouts
{
    /// <summary>One 申报表 (district 2024/2023/2021 templates).</summary>
    public static FormDocument Declaration(Project project) =>
        new(Title(project, "财政项目支出绩效目标申报表"), FileNames.Safe($"{project.Year}-{project.Name}-申报表"), [DeclarationLayout.Build(project)]);

    private static string Title(Project project, string form) => $"{project.Name} {form}";
}
