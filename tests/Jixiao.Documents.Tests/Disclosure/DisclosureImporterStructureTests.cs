using Jixiao.Documents.Disclosure;
using Jixiao.Domain.Disclosure;
using static Jixiao.Documents.Tests.Disclosure.DisclosureText;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>The importer reads tables by structure: layouts other than the seed's, and the warnings for bad cells.</summary>
public class DisclosureImporterStructureTests
{
    private static DisclosureText ExpenseHeader(DisclosureText t, params string[] columns) =>
        t.Title("2022年单位支出预算总表")
            .Row("项目", "支出预算")
            .Row(["功能分类科目编码", "功能分类科目名称", .. columns])
            .Row("类", "款", "项");

    private static (BudgetDisclosure? Package, List<ImportWarning> Warnings) Import(DisclosureText t)
    {
        var warnings = new List<ImportWarning>();
        return (DisclosureTextImporter.Parse(t.Lines(), warnings), warnings);
    }

    [Fact]
    public void Parse_TextWithoutTableTitles_Null()
    {
        var t = new DisclosureText().Raw("主要职能").Raw("本单位为公益一类事业单位。").Raw("\t合计").Raw("\t100.00");

        Assert.Null(Import(t).Package);
    }

    [Fact]
    public void Parse_RowsWithoutSeparators_ReadByCodeStructure()
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "基本支出", "项目支出")
            .Cells("206", Blank, Blank, "科学技术支出", "300.00", "100.00", "200.00")
            .Cells("206", "05", "01", "机构运行", "300.00", "100.00", "200.00")
            .Cells("合计", "300.00", "100.00", "200.00");

        var (d, warnings) = Import(t);

        Assert.Empty(warnings);
        var rows = d!.Expense!.Rows;
        Assert.Equal(["206", "2060501"], rows.Select(r => r.Code!.Value.Value));
        Assert.Equal((300m, 100m, 200m), (rows[1].Total, rows[1].Basic, rows[1].Project));
        Assert.Equal(300m, d.Expense.Total!.Total);
    }

    [Fact]
    public void Parse_HeaderColumnsReordered_MappedByLabel()
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "项目支出", "基本支出")
            .Row("206", Blank, Blank, "科学技术支出", "300.00", "200.00", "100.00");

        var row = Assert.Single(Import(t).Package!.Expense!.Rows);

        Assert.Equal((100m, 200m), (row.Basic, row.Project));
    }

    [Fact]
    public void Parse_CombinedCodeCell_Accepted()
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "基本支出", "项目支出")
            .Row("2060501", "机构运行", "300.00", "100.00", "200.00");

        var row = Assert.Single(Import(t).Package!.Expense!.Rows);

        Assert.Equal(("2060501", "机构运行"), (row.Code!.Value.Value, row.Name));
    }

    [Theory]
    [InlineData("1,23.00", "千分位")]
    [InlineData("-100.00", "负数")]
    [InlineData("100.005", "小数位")]
    public void Parse_InvalidAmountCell_WarnsOnItsLineAndReadsZero(string cell, string reason)
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "基本支出", "项目支出")
            .Row("206", Blank, Blank, "科学技术支出", "300.00", cell, "200.00");

        var (d, warnings) = Import(t);

        var w = Assert.Single(warnings);
        Assert.Equal(t.LineOf(cell), w.Line);
        Assert.Contains(reason, w.Message, StringComparison.Ordinal);
        Assert.Equal(0m, d!.Expense!.Rows[0].Basic);
    }

    [Fact]
    public void Parse_ExtraCellInRow_Warns()
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "基本支出", "项目支出")
            .Row("206", Blank, Blank, "科学技术支出", "300.00", "100.00", "200.00", "999.00");

        var w = Assert.Single(Import(t).Warnings);

        Assert.Contains("999.00", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnplaceableCellInData_Warns()
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "基本支出", "项目支出")
            .Row("备注：无")
            .Row("206", Blank, Blank, "科学技术支出", "300.00", "100.00", "200.00");

        var (d, warnings) = Import(t);

        Assert.Contains("备注：无", Assert.Single(warnings).Message, StringComparison.Ordinal);
        Assert.Single(d!.Expense!.Rows);
    }

    [Fact]
    public void Parse_AmountsInTenThousandYuan_ConvertedToYuan()
    {
        var t = new DisclosureText().Title("2022年单位支出预算总表", unit: "单位：万元")
            .Row("类", "款", "项")
            .Row("206", Blank, Blank, "科学技术支出", "3.50", "1.50", "2.00");

        var row = Assert.Single(Import(t).Package!.Expense!.Rows);

        Assert.Equal((35_000m, 15_000m, 20_000m), (row.Total, row.Basic, row.Project));
    }

    [Fact]
    public void Parse_Table8VehiclesBeforeReception_MappedByHeader()
    {
        var t = new DisclosureText().Title("单位“三公”经费和机关运行经费预算表")
            .Row("2022年“三公”经费预算数", "2022年机关运行经费预算数")
            .Row("合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费")
            .Row(Blank, Blank, "小计", "购置费", "运行费", Blank)
            .Row("9000.00", "1000.00", "5000.00", "2000.00", "3000.00", "3000.00", "40000.00");

        var (d, warnings) = Import(t);

        Assert.Empty(warnings);
        Assert.Equal(2022, d!.Year);
        var t8 = d.ThreePublic!;
        Assert.Equal((9000m, 1000m, 5000m, 2000m, 3000m, 3000m, 40000m),
            (t8.Total, t8.OverseasTravel, t8.VehiclesSubtotal, t8.VehiclePurchase, t8.VehicleOperation, t8.Reception, t8.AgencyOperatingExpense));
    }

    [Fact]
    public void Parse_Table8WithoutVehicleSubColumnsAndAgencyFirst_MappedByHeader()
    {
        var t = new DisclosureText().Title("单位“三公”经费和机关运行经费预算表")
            .Row("2022年机关运行经费预算数", "2022年“三公”经费预算数")
            .Row("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费")
            .Row("40000.00", "6000.00", "1000.00", "2000.00", "3000.00");

        var (d, warnings) = Import(t);

        Assert.Empty(warnings);
        var t8 = d!.ThreePublic!;
        Assert.Equal((40000m, 6000m, 1000m, 2000m, 3000m), (t8.AgencyOperatingExpense, t8.Total, t8.OverseasTravel, t8.Reception, t8.VehiclesSubtotal));
        Assert.Null(t8.VehiclePurchase);
    }

    [Fact]
    public void Parse_Table1ShortRow_WarnsAndReadsBlanks()
    {
        var t = new DisclosureText().Title("2022年单位财务收支预算总表")
            .Row("本年收入", "本年支出")
            .Row("项目", "预算数", "项目", "合计", "基本支出", "项目支出")
            .Row(Blank, Blank, Blank, Blank, "人员经费", "公用经费", Blank)
            .Row("一、财政拨款收入", "500.00", "一、科学技术支出", "500.00", "300.00")
            .Row("收入总计", "500.00", "支出总计", "500.00", "300.00", "100.00", "100.00");

        var (d, warnings) = Import(t);

        Assert.Contains(warnings, w => w.Line == t.LineOf("一、财政拨款收入"));
        var row = Assert.Single(d!.Summary!.ExpenseRows);
        Assert.Equal((500m, 300m, 0m, 0m), (row.Total, row.Personnel, row.Operating, row.Project));
        Assert.Equal((300m, 100m, 100m), (d.Summary.ExpenseTotal!.Personnel, d.Summary.ExpenseTotal.Operating, d.Summary.ExpenseTotal.Project));
    }

    [Fact]
    public void Parse_UnknownIncomeLabel_Warns()
    {
        var t = new DisclosureText().Title("2022年单位财务收支预算总表")
            .Row("合计", "基本支出", "项目支出", "人员经费", "公用经费")
            .Row("一、上级补助收入", "500.00", Blank, Blank, Blank, Blank, Blank);

        Assert.Contains("上级补助收入", Assert.Single(Import(t).Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TitlesWithDifferentYears_WarnsAndTakesMajority()
    {
        var t = new DisclosureText()
            .Title("2022年单位支出预算总表").Row("类", "款", "项")
            .Title("2022年单位收入预算总表").Row("类", "款", "项")
            .Title("2021年单位一般公共预算支出功能分类预算表").Row("类", "款", "项");

        var (d, warnings) = Import(t);

        Assert.Equal(2022, d!.Year);
        Assert.Equal(t.LineOf("2021年单位一般公共预算支出功能分类预算表"), Assert.Single(warnings, w => w.Message.Contains("年度", StringComparison.Ordinal)).Line);
    }

    [Theory]
    [InlineData("2022年单位支出预算总表", DisclosureTableKind.ExpenseByFunction, 2022)]
    [InlineData("表3 2022年单位支出预算总表", DisclosureTableKind.ExpenseByFunction, 2022)]
    [InlineData("附表5、2022年单位一般公共预算支出功能分类预算表", DisclosureTableKind.GeneralBudgetByFunction, 2022)]
    [InlineData("2022 年度单位财政拨款收支预算总表", DisclosureTableKind.FiscalSummary, 2022)]
    [InlineData("2022年单位收入预算总表", DisclosureTableKind.IncomeByFunction, 2022)]
    [InlineData("2022年单位财务收支预算总表", DisclosureTableKind.FinancialSummary, 2022)]
    [InlineData("2022年单位政府性基金预算支出功能分类预算表", DisclosureTableKind.GovernmentFundByFunction, 2022)]
    [InlineData("2022年单位一般公共预算基本支出部门预算经济分类预算表", DisclosureTableKind.BasicByEconomic, 2022)]
    public void Parse_TitleVariants_RecognisedWithYear(string title, DisclosureTableKind kind, int year)
    {
        var t = new DisclosureText().Title(title).Row("类", "款", "项");

        var d = Import(t).Package!;

        Assert.Equal(year, d.Year);
        var print = kind switch
        {
            DisclosureTableKind.FinancialSummary => d.Summary?.Print,
            DisclosureTableKind.IncomeByFunction => d.Income?.Print,
            DisclosureTableKind.ExpenseByFunction => d.Expense?.Print,
            DisclosureTableKind.FiscalSummary => d.Fiscal?.Print,
            DisclosureTableKind.GeneralBudgetByFunction => d.GeneralBudget?.Print,
            DisclosureTableKind.GovernmentFundByFunction => d.GovernmentFund?.Print,
            DisclosureTableKind.BasicByEconomic => d.BasicByEconomic?.Print,
            _ => d.ThreePublic?.Print,
        };
        Assert.Equal(title, print?.Title);
    }

    [Theory]
    [InlineData("1、财政项目支出绩效目标填报表", "the attached 填报表 are not disclosure tables")]
    [InlineData("具体情况详见2022年单位支出预算总表。", "a sentence that names a table")]
    [InlineData("2022年单位预算编制说明", "a heading")]
    public void Parse_NotATitle_Null(string line, string reason)
    {
        Assert.True(Import(new DisclosureText().Raw(line).Row("206", "100.00")).Package is null, reason);
    }

    [Fact]
    public void Parse_DuplicateTable_WarnsAndKeepsFirst()
    {
        var t = ExpenseHeader(new DisclosureText(), "合计", "基本支出", "项目支出")
            .Row("206", Blank, Blank, "科学技术支出", "300.00", "100.00", "200.00")
            .Title("2022年单位支出预算总表").Row("类", "款", "项");

        var (d, warnings) = Import(t);

        Assert.Contains("重复", Assert.Single(warnings).Message, StringComparison.Ordinal);
        Assert.Single(d!.Expense!.Rows);
    }

    [Fact]
    public void Parse_WrappedHeaderAndStatement_HeaderJoinedStatementKept()
    {
        var t = new DisclosureText().Title("2022年单位收入预算总表")
            .Row("功能分类科目名称", "合计", "财政拨款收入", "事业收入")
            .Cells("事业单位").Raw("经营收入").Cells("其他收入").Raw(string.Empty)
            .Row("类", "款", "项")
            .Row("206", Blank, Blank, "科学技术支出", "10.00", "1.00", "2.00", "3.00", "4.00")
            .Raw("注：本表不含上年结转。")
            .Raw("其他相关情况说明");

        var (d, warnings) = Import(t);

        Assert.Empty(warnings);
        var row = Assert.Single(d!.Income!.Rows);
        Assert.Equal((1m, 2m, 3m, 4m), (row.FiscalAppropriation, row.ServiceRevenue, row.BusinessRevenue, row.OtherRevenue));
        Assert.Equal("注：本表不含上年结转。", d.Income.Statement);
    }
}
