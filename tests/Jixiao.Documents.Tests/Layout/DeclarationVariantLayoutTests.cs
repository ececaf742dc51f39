using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>The template differences of forms.md §4 (2021 填报表) and §5 (2020 municipal 申报表), as laid out.</summary>
public class DeclarationVariantLayoutTests
{
    private static List<string> Texts(FormDocument layout) =>
        layout.Sections.SelectMany(s => s.Blocks).SelectMany(b => b switch
        {
            HeadingBlock h => [h.Text],
            ParagraphBlock p => [p.Text],
            FormTable t => TableGrid.Place(t).Select(c => c.Cell.Text),
            _ => [],
        }).ToList();

    [Fact]
    public void Declaration_FilingForm2021_NumberedTitleYearRangeGoalsNoNature()
    {
        var project = RoundTrip.ImportSeed(Seeds.Disclosure2021).Package.Projects[0];
        Assert.Equal(FormKind.DistrictFilingForm, project.Form);

        var texts = Texts(FormLayouts.Declaration(project));

        Assert.Equal(["1、财政项目支出绩效目标填报表", "（2021年度）"], texts.Take(2));
        Assert.Contains("项目总目标（2021 年- 2021年）", texts);
        Assert.Contains("年度总目标", texts);
        Assert.Contains("年度指标值", texts);
        Assert.DoesNotContain("项目性质", texts);
        Assert.DoesNotContain("年度总体目标", texts);
        Assert.Equal("213,500.00", texts[texts.IndexOf("项目资金总额") + 1]);
    }

    [Fact]
    public void Declaration_FilingForm2021_PerformanceLabelMergedDownHeaderAndEveryRow()
    {
        var project = RoundTrip.ImportSeed(Seeds.Disclosure2021).Package.Projects[0];

        var grid = FormLayouts.Declaration(project).Sections[0].Blocks.OfType<FormTable>().Last();

        var label = TableGrid.Place(grid)[0];
        Assert.Equal(("绩效指标", 0, 0, project.Indicators.Count + 1), (label.Cell.Text, label.Row, label.Column, label.Cell.RowSpan));
    }

    [Fact]
    public void Declaration_Municipal2020_HeaderSubProjectsPriorYearAndTargetGrid()
    {
        var project = RoundTrip.ImportSeed(Seeds.Municipal2020).Package.Projects[0];
        Assert.Equal(FormKind.MunicipalDeclaration, project.Form);

        var layout = FormLayouts.Declaration(project);
        var texts = Texts(layout);

        Assert.Equal(["财政项目支出绩效目标申报表", "(2020)年度", "申报单位名称：上海市机关事务管理局信息中心"], texts.Take(3));
        foreach (var label in new[] { "联系人*：", "联系电话*：", "是否含有政府购买服务：", "绩效类型：", "项目概况*：", "项目设立的必要性*：", "总目标及阶段性目标：", "项目资金投入构成", "2020年绩效目标" })
            Assert.Contains(label, texts);
        Assert.Equal(["一级目标", "二级目标", "三级目标", "指标目标值"], texts.SkipWhile(t => t != "一级目标").Take(4));
        Assert.Equal("4,736,000.00", texts[texts.IndexOf("同名项目上年预算执行数（元）：") + 1]);
        Assert.All(project.SubProjects, s => Assert.Contains(s.Name, texts));
        var grid = layout.Sections[0].Blocks.OfType<FormTable>().Last();
        Assert.Equal((2, project.Indicators.Count + 2), (grid.RepeatHeaderRows, grid.Rows.Count));
    }
}
