using Jixiao.Documents.Disclosure;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>Disclosure tables of layouts other than the Shanghai package, read by title and header words (made-up text).</summary>
public sealed class PublishedTableReaderTests
{
    private static (IReadOnlyList<PublishedTable> Tables, List<ImportWarning> Warnings) Read(string text)
    {
        var warnings = new List<ImportWarning>();
        return (PublishedTableReader.Read(TextDocumentReader.SplitLines(text), warnings), warnings);
    }

    private static string[] Printed(PublishedTableRow row) => [.. row.Printed];

    [Fact]
    public void Read_TwoSidedPipeTable_SplitsTheSidesByTheirHeads_EvenWhereAnEmptyIncomeCellShiftsTheRow()
    {
        var (tables, _) = Read(
            "示例局2030 年部门预算情况说明\n财政拨款收支总表 | ||||\n单位:示例局 | 单位:万元 | |||\n收入 | 支出 | |||\n" +
            "项目 | 预算数 | 项目 | 合计 | 一般公共预算 | 政府性基金预算 |\n" +
            "一、本年收入 | 1,010.00 | 一、本年支出 | 1,010.00 | 1,000.00 | 10.00 |\n" +
            "一般公共预算资金 | 1,000.00 | 教育支出 | 600.00 | 600.00 | |\n" +
            "国有资本经营预算资金 | 科学技术支出 | 400.00 | 390.00 | 10.00 |\n" +
            "农林水支出 | 10.00 | 10.00 | |\n" +
            "收入合计 | 1,010.00 | 支出合计 | 1,010.00 | 1,000.00 | 10.00 |");

        var table = Assert.Single(tables);
        Assert.Equal(("fiscal-appropriation-summary", PublicationStage.Budget, 2030, "示例局", 10_000m),
            (table.DescriptionId, table.Stage, table.Year, table.UnitName, table.AmountUnit));
        Assert.Equal(["预算数"], table.IncomeColumns);
        Assert.Equal(["合计", "一般公共预算", "政府性基金预算"], table.Columns);
        var income = table.Rows.Where(r => r.Side == TableSide.Income).ToList();
        Assert.Equal(["一、本年收入", "一般公共预算资金", "国有资本经营预算资金", "收入合计"], income.Select(r => r.Name));
        Assert.Equal(1_000m, income[1].Amounts[0]);
        Assert.Empty(income[2].Amounts);
        var expense = table.Rows.Where(r => r.Side == TableSide.Expense).ToDictionary(r => r.Name);
        Assert.Equal(["400.00", "390.00", "10.00"], Printed(expense["科学技术支出"]));
        Assert.Equal(["10.00", "10.00", ""], Printed(expense["农林水支出"]));
        Assert.Equal([10m, 10m, null], expense["农林水支出"].Amounts);
    }

    [Fact]
    public void Read_OneCellPerLine_PairsEachLabelWithTheFigureAfterIt_AndAHeadWordFollowedByAFigureIsARow()
    {
        var (tables, _) = Read("2030年示例区“三公”经费预算支出表\n单位:万元\n项目 |\n预算数 |\n合计 |\n30 |\n1.因公出国(境)费用 |\n5 |\n2.公务用车购置及运行维护费 |\n25 |\n其中:公务用车运行维护费 |\n20 |");

        var table = Assert.Single(tables);
        Assert.Equal(("three-public", 2030, 10_000m), (table.DescriptionId, table.Year, table.AmountUnit));
        Assert.Equal(["预算数"], table.Columns);
        Assert.Equal(["合计", "1.因公出国(境)费用", "2.公务用车购置及运行维护费", "其中:公务用车运行维护费"], table.Rows.Select(r => r.Name));
        Assert.Equal([30m, 5m, 25m, 20m], table.Rows.Select(r => r.Amounts.Single()));
        Assert.All(table.Rows, r => Assert.Equal(TableSide.Only, r.Side));
    }

    [Fact]
    public void Read_FlatFinalAccounts_IsAFinalAccountsTable_WhoseRowNumbersAreNoAmounts()
    {
        var (tables, warnings) = Read(
            "示例站2030年部门决算公开\n收入支出决算总表 部门:示例站 收入 项目 行次 栏次 金额 1 一、财政拨款收入 1 1,200.50 二、其他收入 2 本年收入合计 3 1,200.50 " +
            "支出 项目(按功能分类) 行次 栏次 金额 2 一、教育支出 4 1,000.00 二、卫生健康支出 5 200.50 250.00");

        var table = Assert.Single(tables);
        Assert.Equal((PublicationStage.FinalAccounts, 2030, "示例站", (decimal?)null), (table.Stage, table.Year, table.UnitName, table.AmountUnit));
        Assert.Equal(["金额"], table.IncomeColumns);
        Assert.Equal(["金额"], table.Columns);
        Assert.Equal([("一、财政拨款收入", 1_200.50m), ("本年收入合计", 1_200.50m)],
            table.Rows.Where(r => r.Side == TableSide.Income && r.Amounts.Count > 0).Select(r => (r.Name, r.Amounts[0]!.Value)));
        Assert.Equal([("一、教育支出", 1_000m), ("二、卫生健康支出", 200.50m)],
            table.Rows.Where(r => r.Side == TableSide.Expense).Select(r => (r.Name, r.Amounts.Single()!.Value)));
        // A figure the row has no column for is named, not silently dropped.
        Assert.Contains(warnings, w => w.Message.Contains("“二、卫生健康支出”后印有 2 个金额", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ATitleWithoutAmountRows_IsNoTable_AndSaysWhereTheTextEnds()
    {
        var (tables, warnings) = Read("表二\n一般公共预算财政拨款支出预算表\n单位:万元\n功能分类科目 | 2030年预算数 |\n科目");

        Assert.Empty(tables);
        Assert.Contains(warnings, w => w.Line == 2 && w.Message.Contains("没有读到金额行", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2030年度示例项目绩效自评表", null)] // a performance form is never a disclosure table
    [InlineData("财政拨款收支总表", "fiscal-appropriation-summary")] // the first description whose title word it holds
    [InlineData("2030年收入支出决算总表", "income-expense-summary")]
    [InlineData("一般公共预算财政拨款支出预算表", "expense-by-function")]
    [InlineData("示例表", null)]
    public void IsTitle_RecognisesADescribedTitle(string title, string? id) =>
        Assert.Equal(id, PublishedTableReader.IsTitle(title)?.Id);

    [Fact]
    public void ImportLines_FinalAccountsText_IsAFinalAccountsDocument_NeverABudgetDisclosure()
    {
        var outcome = DocumentImporter.ImportLines("示例.txt", TextDocumentReader.SplitLines(
            "2030年示例站收入支出决算总表\n金额单位:元\n项目 | 金额 |\n一、教育支出 | 1,000.00 |"));

        var doc = Assert.IsType<ImportedDocument>(outcome.Document);
        Assert.Equal(DocumentKind.FinalAccounts, doc.Kind);
        Assert.Null(doc.Disclosure);
        Assert.Equal(PublicationStage.FinalAccounts, Assert.Single(doc.Tables).Stage);
        Assert.Equal(1m, doc.Tables[0].AmountUnit);
        Assert.Equal(2030, doc.Year);
    }
}
