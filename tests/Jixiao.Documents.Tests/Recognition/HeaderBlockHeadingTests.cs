using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Labels printed one after another before their values (issue 14): a heading over the labels of its block (总体目标 over
/// 中期目标 and 年度目标, 年度总体目标 over 预期目标 and 实际完成情况) takes no value, the next table's title is no value of the
/// last label, a text that ends after fewer values than labels gives them to the first labels, and labels side by side
/// in a row of cells take the values after them in order.
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

    [Fact]
    public void CellPerLine_TheTextEndsAfterFewerValuesThanLabels_TheValuesAreTheFirstLabels()
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(
            "示例部门整体支出绩效自评表\n\n项目名称\n\n示例部门\n\n实施单位\n\n示例乡\n\n年度总体目标\n\n预期目标\n\n实际完成情况\n\n搞好示例监督工作"));

        var project = Assert.Single(Assert.IsType<ImportedDocument>(outcome.Document, exactMatch: false).Package.Projects);
        Assert.Equal("搞好示例监督工作", project.Evaluation?.ExpectedGoal);
        Assert.Null(project.Evaluation?.ActualOutcome);
    }

    [Fact]
    public void PipeRow_LabelsSideBySideThenAsManyValues_EachLabelTakesItsValueInOrder()
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(
            "示例项目绩效自评表\n| 项目名称 | 示例营养餐 | 实施单位 | 示例学校 |\n| — | 年度 总体 目标 | 预期目标 | 实际完成情况 | 改善示例体质 | 已改善示例体质 | 绩效指标 | 年度指标值 |"));

        var project = Assert.Single(Assert.IsType<ImportedDocument>(outcome.Document, exactMatch: false).Package.Projects);
        Assert.Equal("改善示例体质", project.Evaluation?.ExpectedGoal);
        Assert.Equal("已改善示例体质", project.Evaluation?.ActualOutcome);
    }

    [Fact]
    public void PipeRows_AHeadingInARowOfLabels_HeadsNoColumn_TheValuesBelowAreTheOtherLabels()
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(
            "示例项目绩效自评表\n| 项目名称 | 示例乡村建设 | 实施单位 | 示例中心 |\n| 年度总体目标 | 预期目标 | 实际完成情况 | |\n| 建设示例乡村 | 已建设示例村2个 | |"));

        var project = Assert.Single(Assert.IsType<ImportedDocument>(outcome.Document, exactMatch: false).Package.Projects);
        Assert.Equal("建设示例乡村", project.Evaluation?.ExpectedGoal);
        Assert.Equal("已建设示例村2个", project.Evaluation?.ActualOutcome);
    }
}
