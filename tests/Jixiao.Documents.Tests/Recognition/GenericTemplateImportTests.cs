using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// A form whose indicator grid has columns no template defines is imported on the generic template, the columns kept
/// by their printed headers (ADR-037), not dropped and not forced into the Shanghai layout.
/// </summary>
public sealed class GenericTemplateImportTests
{
    /// <summary>A made-up county form: two columns (数据来源, 考核方式) that no shipped template prints.</summary>
    public static string UnusualForm(string unit) => string.Join("\n",
        "示例县项目支出绩效目标表",
        $"项目名称 | 示例村道硬化 | 实施单位 | {unit}",
        "主管部门 | 示例县交通运输局 | 资金总额 | 120",
        "一级指标 | 二级指标 | 三级指标 | 指标值 | 数据来源 | 考核方式",
        "产出指标 | 数量指标 | 硬化道路长度 | ≥5公里 | 交通局验收单 | 现场核查",
        "产出指标 | 质量指标 | 验收合格率 | 100% | 竣工验收报告 | 资料核查",
        "效益指标 | 社会效益指标 | 群众出行便利度 | 明显改善 | 问卷调查 | 抽样调查");

    [Fact]
    public void ImportLines_GridWithColumnsNoTemplateDefines_UsesTheGenericTemplateAndKeepsThem()
    {
        var doc = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(UnusualForm("示例县公路站"))).Document!;

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("GENERIC-PROJ-TARGET", project.TemplateId);
        Assert.Equal(["硬化道路长度", "验收合格率", "群众出行便利度"], project.Indicators.Select(i => i.Name));
        Assert.Equal(["交通局验收单", "竣工验收报告", "问卷调查"], project.Indicators.Select(i => i.Columns?["数据来源"]));
        Assert.Equal(["现场核查", "资料核查", "抽样调查"], project.Indicators.Select(i => i.Columns?["考核方式"]));
    }

    [Fact]
    public void Export_GenericImport_PrintsTheKeptColumnsAfterTheTemplatesOwn()
    {
        var project = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(UnusualForm("示例县公路站"))).Document!.Package.Projects.Single();

        var form = Assert.IsType<FormDefinition>(TemplateDeclarationLayout.FormOf(project));
        var grid = TemplateDeclarationLayout.Blocks(project, form).OfType<Jixiao.Documents.Layout.FormTable>().Last();

        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值", "数据来源", "考核方式"], grid.Rows[0].Select(c => c.Text));
        Assert.Contains(grid.Rows.Skip(1), r => r.Select(c => c.Text).TakeLast(4).SequenceEqual(["硬化道路长度", "≥5公里", "交通局验收单", "现场核查"]));
    }

    [Fact]
    public void ImportLines_GridTheChosenTemplateHolds_KeepsThatTemplate()
    {
        // Only known columns, and the Shanghai form's own labels (项目性质, 项目类别): the form is not moved to the generic
        // template. (Without them the labels fit every template alike and the tie goes to the generic one, ADR-047.)
        var doc = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(string.Join("\n",
            "项目名称 | 示例村道硬化 | 实施单位 | 示例县公路站",
            "项目性质 | 经常性项目 | 项目类别 | 其他运转类",
            "一级指标 | 二级指标 | 三级指标 | 指标值",
            "产出指标 | 数量指标 | 硬化道路长度 | ≥5公里"))).Document!;

        Assert.Equal("SH-DIST-2024", Assert.Single(doc.Package.Projects).TemplateId);
    }
}
