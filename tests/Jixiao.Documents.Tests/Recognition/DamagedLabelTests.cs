using Jixiao.Documents.Cells;
using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// Header labels OCR damaged (issue 14): a printed word one character off a label of four or five characters, or two
/// edits off a longer one, is read as that label where the text prints other labels of the same form whole; the value is
/// the label's and a warning names the damaged print. Shorter or farther words stay text.
/// </summary>
public sealed class DamagedLabelTests
{
    private static ImportedDocument Import(string text) =>
        Assert.IsType<ImportedDocument>(DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(text)).Document, exactMatch: false);

    [Fact]
    public void FlatText_DamagedLabels_AreReadAsTheirWords_AndEachIsReported()
    {
        var doc = Import("示例市本级部门项目支出绩效自评表(2021年)项目名称示例公用经费主管部n示例教育局实施第位示例中学自评得分95年度总体目标年初设定目标保障运行");

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("示例教育局", project.SupervisingDepartment);
        Assert.Equal("示例中学", project.ImplementingUnit);
        Assert.Equal("示例中学", doc.UnitName);
        Assert.Contains(doc.Warnings, w => w.Message.Contains("“实施第位”疑为“实施单位”", StringComparison.Ordinal));
        Assert.Contains(doc.Warnings, w => w.Message.Contains("“主管部n”疑为“主管部门”", StringComparison.Ordinal));
    }

    [Fact]
    public void CellPerLine_ADamagedLabelCell_IsReadAsItsWord_AFartherOneStaysText()
    {
        var doc = Import("示例项目绩效目标表\n\n项目名称\n\n示例项目\n\n主管部n\n\n示例局\n\n实施中心\n\n示例站");

        var project = Assert.Single(doc.Package.Projects);
        Assert.Equal("示例局", project.SupervisingDepartment);
        // 实施中心 is two characters off 实施单位: not read as it.
        Assert.Null(project.ImplementingUnit);
    }

    [Fact]
    public void FlatText_DamagedMoneyHeadings_AndAnOcrNoteWithoutBrackets_StillNameTheirColumns()
    {
        var doc = Import("示例项目支出绩效自评表(2021年)项目名称示例公用经费主管部门示例教育局实施单位示例中学"
            + "项目资金(万元)年度资金总额年初预匏数调整预算将,A、全年执行数(B)执行率(B/A)20 20 16 80%年度总体目标年初设定目标保障运行");

        var evaluation = Assert.Single(doc.Package.Projects).Evaluation!;
        Assert.Equal(200_000m, evaluation.Total.InitialBudget);
        Assert.Equal(200_000m, evaluation.Total.AdjustedBudget);
        Assert.Equal(160_000m, evaluation.Total.Expenditure);
    }

    [Fact]
    public void FlatText_AWordOneOffALabelOfAnotherForm_StaysPartOfTheValue()
    {
        // 项目小型 is one character off 项目类型, a label of a declaration the text's other labels do not print.
        var doc = Import("示例绩效自评表(2022年度)项目名称示例节水项目小型水库改造主管部门示例水利局实施单位示例水利站自评得分90");

        Assert.Equal("示例节水项目小型水库改造", Assert.Single(doc.Package.Projects).Name);
    }

    [Fact]
    public void TwoEdits_OnlyWhereALetterOrDigitShowsTheDamage()
    {
        Assert.Equal("财政审核评分", HeaderVocabulary.MatchDamaged("财政审1度评分")?.Label);
        // Two other Chinese characters make another word: a block heading is no damaged 项目年度目标.
        Assert.Null(HeaderVocabulary.MatchDamaged("项目绩效目标"));
        // Nor is the indicator grid's heading a damaged goal label.
        Assert.Null(HeaderVocabulary.MatchDamaged("年度绩效指标"));
    }

    [Fact]
    public void NoUnitPrinted_TheSupervisingDepartmentIsTheUnit()
    {
        var doc = Import("示例专项资金绩效目标表\n资金名称 | 示例专项资金 |\n主管部门 | 示例厅 |");

        Assert.Equal("示例厅", doc.UnitName);
    }

    [Fact]
    public void RowOfCells_ADateSplitIntoCellsAtItsSpaces_IsOneValue()
    {
        var header = HeaderRecogniser.Find(CellReader.Read(TextDocumentReader.SplitLines(
            "部门整体支出绩效目标申报表 |\n| 填报日期:2021 | 年 | 1 | 月 | 28 | 日 | 部门(单位)名称 | 示例办公室 |")), int.MaxValue, [.. FormDefinitions.All])!;

        Assert.Equal("2021 年 1 月 28 日", header.Extra.Single(f => f.Label == "填报日期").Value);
        Assert.Equal("示例办公室", header.Value("name"));
    }
}
