using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// 财政项目支出绩效目标申报表 in the template the project was declared on: the 2024 district 申报表 (forms.md §3), the
/// 2021 district 填报表 (§4: no 项目性质, goal header with its year range, 年度总目标, 年度指标值) or the 2020 municipal
/// 申报表 (§5, <see cref="MunicipalDeclarationLayout"/>). Header grid as printed in the seeds, then the 一级/二级/三级 grid
/// with level cells merged over their rows and the column header repeated on every page.
/// </summary>
public static class DeclarationLayout
{
    private static readonly IReadOnlyList<decimal> Widths = [14m, 22m, 18m, 30m, 16m, 14m];

    public static FormSection Build(Project project) =>
        new(SheetNames.Safe(project.Name, new HashSet<string>()), Blocks(project));

    /// <summary>The form's blocks (title, header grid, indicator grid), to place in a section of a larger document.</summary>
    public static IReadOnlyList<FormBlock> Blocks(Project project) => project.Form switch
    {
        FormKind.MunicipalDeclaration => MunicipalDeclarationLayout.Blocks(project),
        FormKind.DistrictFilingForm => FilingForm(project),
        _ when TemplateDeclarationLayout.FormOf(project) is { } form => TemplateDeclarationLayout.Blocks(project, form),
        _ => District(project),
    };

    private static List<FormBlock> District(Project p)
    {
        var blocks = new List<FormBlock> { new HeadingBlock(p.FormNumber is int n ? $"财政项目支出绩效目标申报表 {n}" : "财政项目支出绩效目标申报表", 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year} 年度)", 2));
        var rows = HeaderRows(DeclarationForms.District2024, p);
        blocks.Add(new FormTable(Widths, rows));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            FieldGrid.ColumnHeader(DeclarationForms.District2024),
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText, colSpan: 2)], "绩效指标"));
        blocks.Add(new FormTable(Widths, grid, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>2021 填报表: `{n}、财政项目支出绩效目标填报表` + `（2021年度）`; 绩效指标 merged down the grid including its header.</summary>
    private static List<FormBlock> FilingForm(Project p)
    {
        var blocks = new List<FormBlock> { new HeadingBlock(p.FormNumber is int n ? $"{n}、财政项目支出绩效目标填报表" : "财政项目支出绩效目标填报表", 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"（{year}年度）", 2));
        var goalHeader = p.OverallGoalYears is var (from, to) ? $"项目总目标（{from} 年- {to}年）" : null;
        var rows = HeaderRows(DeclarationForms.District2021, p, f => f.Binding == ProjectFields.OverallGoal ? goalHeader : null);
        blocks.Add(new FormTable(Widths, rows));

        var grid = new List<IReadOnlyList<TableCell>>
        {
            FieldGrid.ColumnHeader(DeclarationForms.District2021, firstRowSpan: p.Indicators.Count + 1),
        };
        grid.AddRange(IndicatorGrid.Rows(p.Indicators, i => [TableCell.Value(i.Target.OriginalText, colSpan: 2)], null));
        blocks.Add(new FormTable(Widths, grid, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>Header pairs, the 项目资金（元） block (label over its four rows, 项目资金 left, 年度资金申请 right) and the goals (§3).</summary>
    private static List<IReadOnlyList<TableCell>> HeaderRows(FormDefinition form, Project p, Func<FieldDefinition, string?>? labelOf = null) =>
    [
        .. FieldGrid.Pairs(form, FormBlocks.Header, p),
        .. FieldGrid.LabelledLeft(form, FormBlocks.Funds, p),
        .. FieldGrid.LabelsAbove(form, FormBlocks.Goals, p, f => labelOf?.Invoke(f) ?? f.Label),
    ];
}
