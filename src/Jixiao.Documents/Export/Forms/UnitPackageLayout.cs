using Jixiao.Documents.Layout;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// A unit's 申报 package as one document, like the published 2024 packages (forms.md §1–§3): the title
/// `{单位} {年度} 年 财政支出项目绩效目标申报表`, `绩效目标设置情况` with the summary sentence COMPUTED from the projects
/// (<see cref="UnitSummary.Compute"/>, 万元 2 dp — never the stated figure, which MNY-06 checks), then per project its
/// `项目经费情况说明 {n} {名称}` (sections 一…七) and its 申报表, one section (worksheet) per project.
/// </summary>
public static class UnitPackageLayout
{
    private static readonly NarrativeSection[] DistrictSections =
    [
        NarrativeSection.Overview, NarrativeSection.Basis, NarrativeSection.ImplementingEntity, NarrativeSection.Plan,
        NarrativeSection.Period, NarrativeSection.AnnualBudgetPlan, NarrativeSection.TargetsRef,
    ];

    public static IReadOnlyList<FormSection> Sections(UnitPackage package)
    {
        var used = new HashSet<string>();
        var sections = new List<FormSection> { Summary(package, used) };
        for (var i = 0; i < package.Projects.Count; i++)
        {
            var project = package.Projects[i];
            var blocks = new List<FormBlock>();
            if (HasNarrative(project))
            {
                blocks.AddRange(Narrative(project, i + 1));
                blocks.Add(new PageBreakBlock());
            }
            blocks.AddRange(DeclarationLayout.Blocks(project));
            sections.Add(new FormSection(SheetNames.Safe($"{i + 1} {project.Name}", used), blocks));
        }
        return sections;
    }

    /// <summary>`项目经费情况说明 {n} {名称}` as the package prints it for the n-th project.</summary>
    public static string NarrativeTitle(int number, Project project) => $"项目经费情况说明 {number} {project.Name}";

    /// <summary>
    /// The summary sentence (forms.md §1): the variant naming 预算单位 when the stated summary counted them, else the
    /// plain one; N and X computed.
    /// </summary>
    public static string SummarySentence(UnitPackage package)
    {
        var summary = UnitSummary.Compute(package.Projects);
        var total = CellFormats.TwoDecimals(summary.TotalWanYuan);
        return package.Stated?.SubUnitCount is int units && package.Year is int year
            ? $"按照本市预算绩效管理工作的总体要求，本单位 {units} 个预算单位开展了 {year} 年项目预算绩效目标编报工作，编报绩效目标的项目 {summary.ProjectCount} 个，涉及项目预算资金 {total} 万元。"
            : $"按照本市预算绩效管理工作的总体要求，本单位编报绩效目标的项目 {summary.ProjectCount} 个，涉及项目预算资金 {total} 万元。";
    }

    public static string Title(UnitPackage package) =>
        $"{package.UnitName} {(package.Year is int y ? $"{y} 年 " : "")}财政支出项目绩效目标申报表".Trim();

    private static FormSection Summary(UnitPackage package, HashSet<string> used) => new(
        SheetNames.Safe("绩效目标设置情况", used),
        [
            new HeadingBlock(Title(package), 1),
            new HeadingBlock("绩效目标设置情况", 3),
            new ParagraphBlock(SummarySentence(package)),
        ]);

    // The 2020 municipal form carries its text fields itself; 2021 填报表 print a narrative only when one was written.
    private static bool HasNarrative(Project p) =>
        p.Form == FormKind.DistrictDeclaration || (p.Form != FormKind.MunicipalDeclaration && p.Narrative.Count > 0);

    private static IEnumerable<FormBlock> Narrative(Project project, int number)
    {
        yield return new HeadingBlock(NarrativeTitle(number, project), 1);
        foreach (var section in DistrictSections)
        {
            yield return new HeadingBlock(NarrativeSectionNames.Chinese(section), 3);
            if (project.Narrative.GetValueOrDefault(section) is { } text && !string.IsNullOrWhiteSpace(text))
                yield return new ParagraphBlock(text);
        }
    }
}
