using Jixiao.Documents.Cells;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Tests.Recognition;

public sealed class HeaderRecogniserTests
{
    private static RecognisedHeader Find(string text) =>
        HeaderRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(text)), int.MaxValue, [.. FormDefinitions.Declarations])!;

    [Fact]
    public void PipeRows_PairEachLabelWithTheNextCell_ThroughSynonyms_AndKeepUnknownLabels()
    {
        var header = Find("示例绩效目标表 | |||\n项目支出名称 | 示例项目 | 绩效编制单位 | 示例镇 | ||||\n主管部门及代码 | | 实施单位(盖章) | 示例中心 | ||");

        Assert.Equal("示例项目", header.Value("name"));
        Assert.Null(header.Value("supervisingDepartment"));
        Assert.Equal("示例中心", header.Value("implementingUnit"));
        var extra = Assert.Single(header.Extra);
        Assert.Equal(("绩效编制单位", "示例镇"), (extra.Label, extra.Value));
    }

    [Fact]
    public void CellPerLine_PairsTheNextLine_AndJoinsALabelPrintedOverTwoLines()
    {
        var header = Find("项目名称\n\n示例项目\n\n主管部门\n\n及编码\n\n[001]示例局\n\n资金总额\n\n12.5万元");

        Assert.Equal("示例项目", header.Value("name"));
        Assert.Equal("[001]示例局", header.Value("supervisingDepartment"));
        Assert.Equal("12.5万元", header.Value("projectFundsTotal"));
        Assert.Equal(10_000m, header.Fields.Single(f => f.Field?.Key == "projectFundsTotal").Unit);
    }

    [Fact]
    public void FlatText_SplitsValuesAtTheNextKnownLabel()
    {
        var header = Find("示例项目支出绩效目标表(2023年度)项目名称示例道路养护实施单位示例中心年度本级预算金额(万元)12.50");

        Assert.Equal("示例道路养护", header.Value("name"));
        Assert.Equal("示例中心", header.Value("implementingUnit"));
        Assert.Equal("12.50", header.Value("annualRequestTotal"));
        Assert.Equal(2023, header.Year);
    }

    [Fact]
    public void ARowOfLabels_TakesEachValueFromTheCellBelowIt()
    {
        var header = HeaderRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(
            "项目名称 | 示例项目 | ||\n年度总体目标 | 年初设定目标 | 年度总体目标完成情况综述 | ||\n| 目标甲 | 完成甲 | ||")), int.MaxValue, [SelfEvaluationForms.District2023])!;

        Assert.Equal("目标甲", header.Value("expectedGoal"));
        Assert.Equal("完成甲", header.Value("actualOutcome"));
        Assert.Null(header.Value("annualGoal"));
    }

    [Fact]
    public void ATextWithoutAnyLabel_HasNoHeader()
    {
        Assert.Null(HeaderRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines("通知\n\n请各单位按时报送。")), int.MaxValue, [.. FormDefinitions.Declarations]));
    }

    private static RecognisedHeader FindAny(string text) =>
        HeaderRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(text)), int.MaxValue, [.. HeaderVocabulary.ProjectForms])!;

    [Fact]
    public void AlignedRow_LabelsSideBySide_TakeTheValuesAfterThemInOrder_AndAnUnkeyedLabelIsKeptByItsText()
    {
        var header = FindAny("部门(单位)名称   填报人   示例局   [姓名]   财政拨款   12.5");

        Assert.Equal("示例局", header.Value("name"));
        var preparer = Assert.Single(header.Extra, f => f.Label == "填报人");
        Assert.Equal("[姓名]", preparer.Value);
    }

    [Fact]
    public void AlignedRows_ALabelRunOverSeveralRows_GivesOnlyTheFirstLabelItsValue_AndJoinsALabelWrappedAtTheRowEnd()
    {
        // Printed over rows, the values come out of column order: only the first (资金名称's) is known to be its.
        var header = FindAny("资金名称   省级业务主管部\n门   资金类型   实施周期\n示例发展资金\n示例厅   专项资金   2030年-2032年");

        Assert.Equal("示例发展资金", header.Value("name"));
        Assert.Contains(header.Fields, f => f.Field?.Key == "supervisingDepartment" && f.Value is null);
    }

    [Fact]
    public void AlignedRow_MoreValuesThanLabelsInTheRun_TheLastLabelTakesTheNextValue()
    {
        var header = FindAny("项目名称   示例项目   联系电话   实施单位   示例院   说明甲   说明乙");

        Assert.Equal("示例院", header.Value("implementingUnit"));
        Assert.Null(header.Value("contactPhone"));
    }
}
