using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Export;

/// <summary>Entry point from a domain form to its printable layout; renderers then draw it in any format.</summary>
public static class FormLayouts
{
    /// <summary>
    /// One 申报表 in the project's template (<see cref="Project.Form"/>): 2024 district 申报表, 2021 district 填报表 or
    /// 2020 municipal 申报表. The district narrative (一…七) is not part of the form; see <see cref="UnitPackage"/>. Sub-projects
    /// the official form does not print follow as an appendix sheet (<see cref="SubProjectAppendix"/>), never inside the form.
    /// </summary>
    public static FormDocument Declaration(Project project) =>
        new(Title(project, FormName(project)), FileNames.Safe($"{project.Year}-{project.Name}-{FormName(project)[^3..]}"),
            SubProjectAppendix.For(project) is { } appendix ? [DeclarationLayout.Build(project), appendix] : [DeclarationLayout.Build(project)]);

    /// <summary>The unit's 申报 package as one document: 绩效目标设置情况 (computed summary) and, per project, 项目经费情况说明 + 申报表.</summary>
    public static FormDocument UnitPackage(UnitPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var title = UnitPackageLayout.Title(package);
        return new(title, FileNames.Safe($"{package.Year}-{package.UnitName}-绩效目标申报表"), UnitPackageLayout.Sections(package));
    }

    /// <summary>
    /// The 自评表 with the scores of <paramref name="score"/> (from <c>Scorer.Score</c> on this project) in the layout of
    /// <paramref name="form"/>: the chosen template's 自评表, by default the one the project's TemplateId names, else the
    /// Shanghai 财政项目支出绩效自评表 (Landscape); nothing the official form does not hold (the 得分计算说明 is shown on screen).
    /// </summary>
    public static FormDocument SelfEvaluation(Project project, ProjectScore score, FormDefinition? form = null)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(score);
        form ??= SelfEvaluationLayout.FormOf(project);
        return new(Title(project, form.Title), FileNames.Safe($"{project.Year}-{project.Name}-自评表"), SelfEvaluationLayout.Sections(project, score, form));
    }

    /// <summary>
    /// The 单位预算公开 package as one document: narrative, the eight tables (one section each, in 元), 其他相关情况说明
    /// and the attached 绩效目标填报表 <paramref name="targetForms"/> (the projects imported with the package, if any).
    /// </summary>
    public static FormDocument Disclosure(BudgetDisclosure disclosure, IReadOnlyList<Project>? targetForms = null)
    {
        ArgumentNullException.ThrowIfNull(disclosure);
        return new($"{disclosure.UnitName} {disclosure.Year}年单位预算公开", FileNames.Safe($"{disclosure.Year}-{disclosure.UnitName}-单位预算公开"),
            DisclosureLayout.Sections(disclosure, targetForms ?? []));
    }

    /// <summary>运行监控表 of one project and period, with its traffic lights (Landscape).</summary>
    public static FormDocument Monitoring(MonitoringSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return new($"{sheet.ProjectName} {MonitoringLayout.Title}",
            FileNames.Safe($"{sheet.Year}-{sheet.ProjectName}-运行监控表-{MonitoringLayout.Period(sheet.Month)}"), [MonitoringLayout.Build(sheet)]);
    }

    private static string FormName(Project project) =>
        project.Form == FormKind.DistrictFilingForm ? "财政项目支出绩效目标填报表"
        : TemplateDeclarationLayout.FormOf(project) is { } template ? template.Title // a data template's 目标表 is titled as it prints
        : "财政项目支出绩效目标申报表";

    private static string Title(Project project, string form) => $"{project.Name} {form}";
}
