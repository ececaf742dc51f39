using Jixiao.Documents.Disclosure;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Review;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>Importing seed 003 yields the figures of disclosure.md §5 (checked against the spec, not the importer).</summary>
public class SeedDisclosureImportTests
{
    private static readonly List<ImportWarning> Warnings = [];
    private static readonly BudgetDisclosure Package = DisclosureTextImporter.Parse(SeedFiles.Lines(SeedFiles.Disclosure2021), Warnings)!;

    private static FunctionExpenseRow T3(string code) => Package.Expense!.Rows.Single(r => r.Code?.Value == code);

    private static EconomicRow T7(string code) => Package.BasicByEconomic!.Rows.Single(r => r.Code?.Value == code);

    [Fact]
    public void Parse_Seed_YearUnitAndNoWarnings()
    {
        Assert.Equal(2021, Package.Year);
        Assert.Equal("上海市松江区科技创新服务中心（上海市松江区大数据中心）", Package.UnitName);
        Assert.Empty(Warnings);
    }

    [Fact]
    public void Parse_Seed_AllTotals18963662_79()
    {
        const decimal total = 18_963_662.79m;
        Assert.Equal(total, Package.Summary!.Income.Total);
        Assert.Equal(total, Package.Summary.Income.FiscalAppropriation);
        Assert.Equal(total, Package.Summary.ExpenseTotal!.Total);
        Assert.Equal(total, Package.Income!.Total!.Total);
        Assert.Equal(total, Package.Expense!.Total!.Total);
        Assert.Equal(total, Package.Fiscal!.Income.Total);
        Assert.Equal(total, Package.Fiscal.ExpenseTotal!.Total);
        Assert.Equal(total, Package.GeneralBudget!.Total!.Total);
    }

    [Fact]
    public void Parse_Seed_Table1ClassesAndColumns()
    {
        var t1 = Package.Summary!;
        Assert.Equal(["科学技术支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"], t1.ExpenseRows.Select(r => r.ClassName));
        Assert.Equal([17_121_709.56m, 1_071_019.94m, 462_559.97m, 308_373.32m], t1.ExpenseRows.Select(r => r.Total));
        var science = t1.ExpenseRows[0];
        Assert.Equal((6_012_242.90m, 518_666.66m, 10_590_800.00m), (science.Personnel, science.Operating, science.Project));
        Assert.Equal((7_840_456.13m, 532_406.66m, 10_590_800.00m), (t1.ExpenseTotal!.Personnel, t1.ExpenseTotal.Operating, t1.ExpenseTotal.Project));
        Assert.Null(t1.Income.GeneralPublicBudget); // printed blank: DSC-16 warns
        Assert.Null(t1.Income.ServiceRevenue);
    }

    [Fact]
    public void Parse_Seed_Section20805Breakdown()
    {
        Assert.Equal(1_071_019.94m, T3("20805").Total);
        Assert.Equal([13_740.00m, 704_853.29m, 352_426.65m], new[] { "2080502", "2080505", "2080506" }.Select(c => T3(c).Total));
        Assert.Equal("机关事业单位基本养老保险缴费支出", T3("2080505").Name);
        Assert.Equal((6_530_909.56m, 10_590_800.00m), (T3("206").Basic, T3("206").Project));
        Assert.Equal(14, Package.Expense!.Rows.Count);
        Assert.Equal(14, Package.Income!.Rows.Count);
        Assert.Equal(14, Package.GeneralBudget!.Rows.Count);
    }

    [Fact]
    public void Parse_Seed_Table7EconomicClasses()
    {
        Assert.Equal(7_834_336.13m, T7("301").Total);
        Assert.Equal(491_406.66m, T7("302").Operating);
        Assert.Equal(6_120.00m, T7("303").Personnel);
        Assert.Equal(41_000.00m, T7("310").Operating);
        Assert.Equal(25, Package.BasicByEconomic!.Rows.Count);
        Assert.Equal((8_372_862.79m, 7_840_456.13m, 532_406.66m),
            (Package.BasicByEconomic.Total!.Total, Package.BasicByEconomic.Total.Personnel, Package.BasicByEconomic.Total.Operating));
        Assert.Equal("职业基本医疗保险缴费", T7("30110").Name); // imported as printed
    }

    [Fact]
    public void Parse_Seed_ThreePublicTable()
    {
        var t8 = Package.ThreePublic!;
        Assert.Equal(3_000.00m, t8.Total);
        Assert.Equal(3_000.00m, t8.Reception);
        Assert.Null(t8.OverseasTravel);
        Assert.Null(t8.VehiclesSubtotal);
        Assert.Null(t8.AgencyOperatingExpense);
        Assert.Equal("单位:元", t8.Print.AmountUnitLine);
    }

    [Fact]
    public void Parse_Seed_Table6EmptyWithStatement()
    {
        var t6 = Package.GovernmentFund!;
        Assert.True(t6.IsEmpty);
        Assert.Equal("本单位无政府性基金预算支出。", t6.Statement);
        Assert.StartsWith("编制部门：", t6.Print.PreparerLine, StringComparison.Ordinal);
        Assert.Equal(["一般公共预算支出"], t6.Print.GroupHeaders);
        Assert.Equal("单位：元", t6.Print.AmountUnitLine);
    }

    [Fact]
    public void Parse_Seed_Narrative()
    {
        var n = Package.Narrative;
        Assert.Equal(UnitKind.PublicInstitution, n.UnitKind);
        Assert.Equal((997.33m, 4.60m, 0m, 992.73m),
            (n.Procurement!.Total!.Value.Value, n.Procurement.Goods!.Value.Value, n.Procurement.Works!.Value.Value, n.Procurement.Services!.Value.Value));
        Assert.Equal((3, 1059.08m), (n.PerformanceTargets!.ProjectCount, n.PerformanceTargets.Funds.Value));
        Assert.Equal([1712.17m, 1.37m, 70.49m, 35.24m, 46.26m, 30.84m], n.Statement!.Subjects.Select(s => s.Amount.Value));
        Assert.Equal("机关事业单位职业年金缴费支出", n.Statement.Subjects[3].SubjectName);
        Assert.Equal(1896.37m, n.Statement.TotalExpenditure!.Value.Value);
        Assert.Equal(new YearComparison(2020, ComparisonDirection.Increase, n.Statement.FiscalExpenditure!.Comparison!.Delta),
            n.Statement.FiscalExpenditure.Comparison);
        Assert.Equal(1231.28m, n.Statement.FiscalExpenditure.Comparison.Delta!.Value.Value);
        Assert.Equal(0.3m, n.ThreePublic!.Total!.Amount.Value);
        Assert.Equal(ComparisonDirection.Flat, n.ThreePublic.OverseasTravel!.Comparison!.Direction);
        Assert.Equal(0.3m, n.ThreePublic.Reception!.Comparison!.Delta!.Value.Value);
        Assert.True(n.ThreePublic.NoAgencyOperatingStatement);
        Assert.Equal("本部门2021年无国有资本经营预算财政拨款安排的预算。", n.StateCapitalStatement);
    }

    [Fact]
    public void Check_ImportedSeed_NoAmountInvariantError()
    {
        var findings = DisclosureChecker.Check(Package, 213_500m + 1_450_000m + 8_927_300m, 3);

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Check_ImportedSeed_FlagsPrintedDeviations()
    {
        var findings = DisclosureChecker.Check(Package, 10_590_800.00m, 3);

        var table6 = findings.Where(f => f.RuleId == "DSC-13" && f.Field == "表6").Select(f => f.Message).ToList();
        Assert.Contains(table6, m => m.Contains("编制部门：", StringComparison.Ordinal));
        Assert.Contains(table6, m => m.Contains("「一般公共预算支出」", StringComparison.Ordinal) && m.Contains("政府性基金预算支出", StringComparison.Ordinal));
        var naming = Assert.Single(findings, f => f.RuleId == "DSC-12");
        Assert.Contains("30110", naming.Message, StringComparison.Ordinal);
        Assert.Contains("职业基本医疗保险缴费", naming.Message, StringComparison.Ordinal);
        Assert.Equal(1210, naming.Row);
        Assert.Contains(findings, f => f.RuleId == "DSC-16" && f.Severity == Severity.Warning);
    }

    [Theory]
    [InlineData("000_df2f341524882840.txt")]
    [InlineData("001_f9a1a9807cfbc00b.txt")]
    [InlineData("002_1358270470f7d362.txt")]
    [InlineData("004_6f3ee041d7c0496a.txt")]
    public void Parse_SeedWithoutDisclosureTables_Null(string seed)
    {
        var warnings = new List<ImportWarning>();

        Assert.Null(DisclosureTextImporter.Parse(SeedFiles.Lines(seed), warnings));
        Assert.Empty(warnings);
    }
}
