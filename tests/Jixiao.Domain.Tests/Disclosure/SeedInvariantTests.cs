using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Disclosure;

/// <summary>disclosure.md §5: the amount invariants hold exactly on seed 003's tables (typed in by hand).</summary>
public class SeedInvariantTests
{
    private static readonly BudgetDisclosure Seed = SeedDisclosure.Build();

    private static decimal Row(FunctionExpenseTable t, string code) => t.Rows.Single(r => r.Code?.Value == code).Total;

    private static decimal Eco(string code) => Seed.BasicByEconomic!.Rows.Single(r => r.Code?.Value == code).Total;

    [Fact]
    public void SeedTables_Totals_AllEqual18963662_79()
    {
        decimal[] totals =
        [
            Seed.Summary!.Income.Total!.Value, Seed.Summary.ExpenseTotal!.Total, Seed.Income!.Total!.Total, Seed.Expense!.Total!.Total,
            Seed.Fiscal!.Income.Total!.Value, Seed.Fiscal.ExpenseTotal!.Total, Seed.GeneralBudget!.Total!.Total,
        ];
        Assert.All(totals, t => Assert.Equal(18_963_662.79m, t));
    }

    [Fact]
    public void SeedTables_ClassesAndSections_SumUp()
    {
        var t3 = Seed.Expense!;
        Assert.Equal(18_963_662.79m, 17_121_709.56m + 1_071_019.94m + 462_559.97m + 308_373.32m);
        Assert.Equal(Row(t3, "208"), Row(t3, "20805"));
        Assert.Equal(1_071_019.94m, Row(t3, "2080502") + Row(t3, "2080505") + Row(t3, "2080506"));
        Assert.Equal(Seed.Summary!.ExpenseRows.Sum(r => r.Total), Seed.Summary.ExpenseTotal!.Total);
    }

    [Fact]
    public void SeedTables_BasicPlusProject_AndPersonnelPlusOperating()
    {
        var row206 = Seed.Expense!.Rows.Single(r => r.Code?.Value == "206");
        Assert.Equal(row206.Total, row206.Basic + row206.Project);
        Assert.Equal(6_530_909.56m, 6_012_242.90m + 518_666.66m);
        Assert.Equal(8_372_862.79m, 7_840_456.13m + 532_406.66m);
        Assert.Equal(Seed.Summary!.ExpenseRows[0].Basic, row206.Basic);
    }

    [Fact]
    public void SeedTables_EconomicClasses_MatchTable1PersonnelAndOperating()
    {
        Assert.Equal(7_834_336.13m, Seed.BasicByEconomic!.Rows.Where(r => r.Code is { Level: CodeLevel.Section } c && c.ClassDigits == "301").Sum(r => r.Total));
        Assert.Equal(491_406.66m, Seed.BasicByEconomic.Rows.Where(r => r.Code is { Level: CodeLevel.Section } c && c.ClassDigits == "302").Sum(r => r.Total));
        Assert.Equal(Seed.Summary!.ExpenseTotal!.Personnel, Eco("301") + Eco("303"));
        Assert.Equal(Seed.Summary.ExpenseTotal.Operating, Eco("302") + Eco("310"));
    }

    [Theory]
    [InlineData("2080505", "30108", 704_853.29)]
    [InlineData("2080506", "30109", 352_426.65)]
    [InlineData("2101102", "30110", 462_559.97)]
    [InlineData("2210201", "30113", 308_373.32)]
    public void SeedTables_CrossPairs_Equal(string function, string economic, decimal expected)
    {
        Assert.Equal(expected, Row(Seed.GeneralBudget!, function));
        Assert.Equal(expected, Eco(economic));
    }

    [Fact]
    public void SeedNarrative_FiguresMatchTables()
    {
        var n = Seed.Narrative;
        Assert.Equal(n.Procurement!.Total!.Value.Value, n.Procurement.Goods!.Value.Value + n.Procurement.Works!.Value.Value + n.Procurement.Services!.Value.Value);
        Assert.Equal(Seed.Expense!.Total!.Project, n.PerformanceTargets!.Funds.Yuan);
        Assert.Equal(10_590_800.00m, 213_500m + 1_450_000m + 8_927_300m);
        Assert.Equal(1896.37m, n.Statement!.Subjects.Sum(s => s.Amount.Value));
        Assert.Equal(Seed.ThreePublic!.Total, Eco("30217"));
    }

    [Fact]
    public void Check_Seed_NoErrors()
    {
        var findings = DisclosureChecker.Check(Seed, 10_590_800.00m, 3);

        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Check_Seed_ReportsOnlyItsPresentationDefects()
    {
        var findings = DisclosureChecker.Check(Seed, 10_590_800.00m, 3);

        // 表1 fiscal breakdown blank (W), 30110 misnamed, 表6 编制部门 + wrong group header.
        // 表8 prints `单位:元`, which is its own template's spelling: no finding.
        Assert.Equal(["DSC-12", "DSC-13", "DSC-13", "DSC-16"], findings.Select(f => f.RuleId).Order());
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Check_CleanSeed_NoFindings()
    {
        Assert.Empty(DisclosureChecker.Check(SeedDisclosure.BuildClean(), 10_590_800.00m, 3));
    }
}
