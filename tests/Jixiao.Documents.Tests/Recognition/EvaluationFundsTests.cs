using Jixiao.Documents.Recognition;
using Jixiao.Documents.Text;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Recognition;

/// <summary>
/// The money grid of a 自评表 of a layout no seed prints (issue 14): read from cells, from flat text and from one cell per
/// line; rows and columns the 自评表 has no place for kept as fields by their printed labels; run-together figures cut
/// only where one reading fits the arithmetic.
/// </summary>
public sealed class EvaluationFundsTests
{
    private static Project ImportOne(string text)
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(text));
        var doc = Assert.IsType<ImportedDocument>(outcome.Document, exactMatch: false);
        Assert.Equal(DocumentKind.SelfEvaluation, doc.Kind);
        return Assert.Single(doc.Package.Projects);
    }

    private static string Fund(Project p, string row, string column) => p.Evaluation!.Texts[row + "." + column];

    [Fact]
    public void FlatText_RunTogetherFigures_AreCutWhereTheRateAndTheTotalConfirmThem()
    {
        var project = ImportOne(
            "示例项目绩效自评表(2022年度)项目名称示例水渠维修主管部门示例水务局实施单位示例水务站资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
            + "年度资金总额:303010100.00%10其中:本年财政拨款3030其他资金年度总体目标年初设定目标维修水渠");

        Assert.Equal("30", Fund(project, "total", "adjustedBudget"));
        Assert.Equal("30", Fund(project, "total", "expenditure"));
        Assert.Equal("10", project.Evaluation!.Texts[EvaluationTextKeys.ExecutionWeight]);
        Assert.Equal("100.00%", project.Evaluation.Texts[EvaluationTextKeys.PrintedExecutionRate]);
        Assert.Equal(300_000m, project.Evaluation!.Total.AdjustedBudget);
        Assert.Equal("30", Fund(project, "currentYearAppropriation", "adjustedBudget"));
        Assert.Equal("30", Fund(project, "currentYearAppropriation", "expenditure"));
    }

    [Fact]
    public void PipeRows_RowsOfAnotherForm_AreKeptByTheirPrintedLabel_PlaceholdersLeftOut()
    {
        var project = ImportOne(
            "部门预算项目支出绩效自评表(2023年度) | |\n项目名称 | 示例培训经费 |\n"
            + "预算执行情况 | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n"
            + "| 总额 | 8.00 | 8.00 | 6.00 | 75.00% | 10 | 7.5 |\n"
            + "| 其中:财政资金 | 8.00 | 8.00 | 6.00 | 75.00% | / | / |\n"
            + "| 单位资金 | 0.00 | 0.00 | 0.00 | 0.00% | / | / |");

        Assert.Equal("6.00", Fund(project, "total", "expenditure"));
        Assert.Equal("8.00", project.Fields["财政资金.initialBudget"]);
        Assert.Equal("6.00", project.Fields["财政资金.expenditure"]);
        Assert.Equal("0.00%", project.Fields["单位资金.rate"]);
        Assert.False(project.Fields.ContainsKey("财政资金.weight"));
    }

    [Fact]
    public void CellPerLine_ColumnsOfAnotherForm_AreKept_AndTheOneLeftBlankIsTheirs()
    {
        var project = ImportOne(
            "示例专项资金绩效评价表\n\n项目名称\n\n示例专项资金\n\n资金投入情况(万元)\n\n全年预算数\n\n统筹整合资金数\n\n全年到位资金\n\n全年执行资金\n\n"
            + "预算执行(E/A×100%)\n\n年度资金总额\n\n40\n\n40\n\n30\n\n75.00%\n\n资金管理情况\n\n情况说明");

        Assert.Equal("40", Fund(project, "total", "adjustedBudget"));
        Assert.Equal("30", Fund(project, "total", "expenditure"));
        Assert.Equal("40", project.Fields["total.全年到位资金"]);
        Assert.False(project.Fields.ContainsKey("total.统筹整合资金数"));
        Assert.Equal(400_000m, project.Evaluation!.Total.AdjustedBudget);
    }

    [Fact]
    public void Read_RunOfFiguresUnderTheTotal_IsCutByTheExecutionRate()
    {
        var columns = Columns("adjustedBudget", "expenditure", "weight", "rate", "score");

        var reading = FundRowReading.Read(columns, ["202010100.00%10"], null);

        Assert.Equal(["20", "20", "10", "100.00%", "10"], columns.Select(c => reading[c]));
    }

    [Fact]
    public void Read_RunThatTwoReadingsFit_IsNotCut()
    {
        var columns = Columns("adjustedBudget", "expenditure", "weight", "rate", "score");
        var total = FundRowReading.Read(columns, ["387664.62", "387664.62", "10", "100%", "10"], null);

        // Under a total of 387664.62, "387664" cut in two fits in many ways: the figure stays whole, in one column.
        var reading = FundRowReading.Read(columns, ["387664"], total);

        Assert.Equal("387664", Assert.Single(reading).Value);
    }

    [Fact]
    public void Read_FewerFiguresThanColumns_StandAgainstTheRate_LeavingTheInitialBudgetBlank()
    {
        var columns = Columns("initialBudget", "adjustedBudget", "expenditure", "weight", "rate", "score");

        var reading = FundRowReading.Read(columns, ["50", "45", "10", "90%", "9"], null);

        Assert.False(reading.ContainsKey(columns[0]));
        Assert.Equal(["50", "45", "10", "90%", "9"], columns.Skip(1).Select(c => reading[c]));
    }

    private static List<FundColumn> Columns(params string[] keys) => [.. keys.Select(k => new FundColumn(k, k))];
}
