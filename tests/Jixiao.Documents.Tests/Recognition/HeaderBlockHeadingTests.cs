using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Labels printed one per line before their values (issue 14): a heading over the labels of its block (总体目标 over
/// 中期目标 and 年度目标) takes no value, and the next table's title is no value of the last label.
/// </summary>
public sealed class HeaderBlockHeadingTests
{
    [Fact]
    public void CellPerLine_AHeadingOverItsLabels_TakesNoValue_AndTheNextTablesTitleIsNoValue()
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(
            "项目支出绩效目标表\n\n项目名称\n\n示例设备购置\n\n实施单位\n\n示例局\n\n总体目标\n\n中期目标\n\n年度目标\n\n优化示例布局\n\n完成示例采购\n\n绩效项目指标表"));

        var project = Assert.Single(Assert.IsType<ImportedDocument>(outcome.Document, exactMatch: false).Package.Projects);
        Assert.Equal("优化示例布局", project.OverallGoal);
        Assert.Equal("完成示例采购", project.AnnualGoal);
    }
}
