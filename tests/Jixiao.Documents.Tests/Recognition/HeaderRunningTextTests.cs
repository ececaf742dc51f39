using Jixiao.Documents.Cells;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Header labels in running text (flat PDF/OCR lines, issue 14): numbered money rows, brackets around sub-rows, dates
/// run into a label, the overall goal, and the unit a form belongs to.
/// </summary>
public sealed class HeaderRunningTextTests
{
    private static RecognisedHeader Find(string text) =>
        HeaderRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(text)), int.MaxValue, [.. FormDefinitions.Declarations])!;

    [Fact]
    public void FlatText_NumberedMoneyRows_KeepTheirOrdinalAndBracketsOutOfTheValueBefore()
    {
        var header = Find("项目绩效目标表项目名称示例道路项目起止时间2021年度资金总额及构成总额100万元财政拨款:60万元(其中:上级财政资金:60万元;本级财政:0万元)"
            + "二、自有资金:0万元三、其他:40万元项目概况示例道路养护");

        Assert.Equal("100万元", header.Value("projectFundsTotal"));
        Assert.Null(header.Value("annualRequestTotal"));
        Assert.Equal("60万元", header.Value("fiscalFunds"));
        Assert.Equal("60万元", header.Value("superiorFiscalFunds"));
        Assert.Equal("0万元", header.Value("levelFiscalFunds"));
        Assert.Equal("0万元", header.Value("ownFunds"));
        Assert.Equal("40万元", header.Value("otherFunds"));
        Assert.Equal("示例道路养护", header.Value("overview"));
    }

    [Fact]
    public void FlatText_TwoCharacterLabel_IsALabelOnlyBeforeAColon()
    {
        var header = Find("项目名称示例其他道路养护资金总额:10万元三、其他:2万元");

        Assert.Equal("示例其他道路养护", header.Value("name"));
        Assert.Equal("2万元", header.Value("otherFunds"));
    }

    [Fact]
    public void OverallGoal_IsWhatTheFormPrintsAsItsOverallTarget()
    {
        var header = Find("项目名称 | 示例项目 |\n总体目标 | 完成示例工程 |\n年度目标 | 完成一期 |");

        Assert.Equal("完成示例工程", header.Value("overallGoal"));
        Assert.Equal("完成一期", header.Value("annualGoal"));
    }

    [Fact]
    public void Unit_IsTheOneThatFiledTheForm_BeforeItsImplementingUnit()
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(
            "示例项目绩效目标表\n填报单位(盖章):示例镇人民政府 项目名称示例项目项目单位示例站项目负责人张三"));

        var doc = Assert.IsType<ImportedDocument>(outcome.Document, exactMatch: false);
        Assert.Equal("示例镇人民政府", doc.UnitName);
        Assert.Equal("示例站", doc.Package.Projects[0].ImplementingUnit);
    }

    [Fact]
    public void PipeRows_AValueCellHoldingAColon_IsTheValueOfTheLabelBeforeIt()
    {
        var header = Find("项目名称 | 示例项目 |\n项目类型: | 其他运转类: □专项运转类 特定目标类:□基建类 |");

        Assert.Equal("其他运转类: □专项运转类 特定目标类:□基建类", header.Value("projectType"));
    }

    [Fact]
    public void CellPerLine_LabelsThenAsManyFigures_PairInOrder_UnderTheTablesTitle()
    {
        var header = Find("项目名称\n\n示例项目\n\n人员情况(人\n\n编制数\n\n2023 年实际在职人数\n\n控制率\n\n40\n\n42\n\n105.00%\n\n经费情况(万元\n\n2022 年决算数\n\n2023 年预算数\n\n三公经费:\n\n0\n\n0");

        Assert.Equal("40", header.Extra.Single(f => f.Label == "编制数").Value);
        Assert.Equal("42", header.Extra.Single(f => f.Label == "2023年实际在职人数").Value);
        Assert.Equal("105.00%", header.Extra.Single(f => f.Label == "控制率").Value);
        Assert.DoesNotContain(header.Extra, f => f.Label is "2022年决算数" or "2023年预算数" or "人员情况(人");
    }
}
