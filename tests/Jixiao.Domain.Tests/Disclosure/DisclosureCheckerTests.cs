using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Disclosure.SeedDisclosure;

namespace Jixiao.Domain.Tests.Disclosure;

/// <summary>Each DSC rule fires on a made-up failing variant of the clean seed and stays silent on the clean seed.</summary>
public class DisclosureCheckerTests
{
    private const decimal FormsTotal = 10_590_800.00m;

    private sealed record Case(
        string RuleId, Severity Severity, Func<BudgetDisclosure, BudgetDisclosure> Mutate, decimal? FormsTotal = FormsTotal,
        int? FormsCount = 3, BudgetDisclosure? Prior = null);

    private static FunctionExpenseTable SetRow(FunctionExpenseTable t, string code, Func<FunctionExpenseRow, FunctionExpenseRow> change) =>
        t with { Rows = [.. t.Rows.Select(r => r.Code?.Value == code ? change(r) : r)] };

    private static EconomicBasicTable SetEco(EconomicBasicTable t, string code, Func<EconomicRow, EconomicRow> change) =>
        t with { Rows = [.. t.Rows.Select(r => r.Code?.Value == code ? change(r) : r)] };

    private static DisclosureNarrative N(BudgetDisclosure d, Func<DisclosureNarrative, DisclosureNarrative> change) => change(d.Narrative);

    /// <summary>The Y−1 package the seed's `{比较}` phrases describe: 6,650,862.79 元 fiscal, no 三公.</summary>
    private static BudgetDisclosure Prior2020(decimal fiscalTotal = 6_650_862.79m) => new()
    {
        Year = 2020,
        UnitName = Unit,
        Fiscal = new FiscalSummaryTable(Frame(DisclosureTableKind.FiscalSummary), new FiscalIncome(fiscalTotal, null, fiscalTotal), [],
            new FiscalExpenseRow("支出总计", "支出总计", fiscalTotal, fiscalTotal, 0m)),
        GeneralBudget = new FunctionExpenseTable(Frame(DisclosureTableKind.GeneralBudgetByFunction), [],
            new FunctionExpenseRow(null, "合计", fiscalTotal, fiscalTotal, 0m)),
        ThreePublic = new ThreePublicTable(Frame(DisclosureTableKind.ThreePublic), null, null, null, null, null, null, null),
    };

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["表1收入总计≠支出总计"] = new("DSC-01", Severity.Error, d => d with
        {
            Summary = d.Summary! with { Income = d.Summary.Income with { Total = 18_963_000.00m } },
        }),
        ["表5合计≠表4一般公共预算"] = new("DSC-01", Severity.Error, d => d with
        {
            Fiscal = d.Fiscal! with { ExpenseTotal = d.Fiscal.ExpenseTotal! with { GeneralPublicBudget = 18_000_000.00m, GovernmentFund = 963_662.79m } },
        }),
        ["表7 301类≠Σ款"] = new("DSC-02", Severity.Error, d => d with
        {
            BasicByEconomic = SetEco(d.BasicByEconomic!, "30101", r => r with { Total = r.Total + 100m, Personnel = r.Personnel + 100m }),
        }),
        ["表3 210类≠Σ款"] = new("DSC-02", Severity.Error, d => d with
        {
            Expense = SetRow(d.Expense!, "21011", r => r with { Total = 88_500.00m, Basic = 88_500.00m }),
        }),
        ["表3合计≠基本+项目"] = new("DSC-03", Severity.Error, d => d with
        {
            Expense = SetRow(d.Expense!, "2080502", r => r with { Basic = 13_000.00m }),
        }),
        ["表2合计≠收入各列之和"] = new("DSC-03", Severity.Error, d => d with
        {
            Income = d.Income! with { Total = d.Income.Total! with { OtherRevenue = 5_000.00m } },
        }),
        ["表1基本支出≠人员+公用"] = new("DSC-04", Severity.Error, d => d with
        {
            Summary = d.Summary! with
            {
                ExpenseRows = [d.Summary.ExpenseRows[0] with { Operating = 468_666.66m }, .. d.Summary.ExpenseRows.Skip(1)],
            },
        }),
        ["表7人员经费≠表1人员经费"] = new("DSC-05", Severity.Error, d => d with
        {
            Summary = d.Summary! with
            {
                ExpenseTotal = d.Summary.ExpenseTotal! with { Personnel = PersonnelTotal - 1_200m, Operating = OperatingTotal + 1_200m },
            },
        }),
        ["表7合计≠表5基本支出"] = new("DSC-05", Severity.Error, d => d with
        {
            BasicByEconomic = d.BasicByEconomic! with { Total = d.BasicByEconomic.Total! with { Total = BasicTotal + 1m, Operating = OperatingTotal + 1m } },
        }),
        ["三公合计≠各项之和"] = new("DSC-06", Severity.Error, d => d with
        {
            ThreePublic = d.ThreePublic! with { Total = 8_000.00m, OverseasTravel = 3_000.00m, Reception = 2_000.00m, VehiclesSubtotal = 2_000.00m },
        }),
        ["公务用车小计≠购置+运行"] = new("DSC-06", Severity.Error, d => d with
        {
            ThreePublic = d.ThreePublic! with { Total = 5_000.00m, VehiclesSubtotal = 2_000.00m, VehiclePurchase = 500.00m, VehicleOperation = 1_000.00m },
        }),
        ["公务接待费小于30217"] = new("DSC-06", Severity.Warning, d => d with
        {
            BasicByEconomic = SetEco(d.BasicByEconomic!, "30217", r => r with { Total = 4_000.00m, Operating = 4_000.00m }),
        }),
        ["政府采购≠货物+工程+服务"] = new("DSC-07", Severity.Error, d => d with
        {
            Narrative = N(d, n => n with { Procurement = new ProcurementNarrative(Wan("120.00"), Wan("20.00"), Wan("0"), Wan("90.00")) }),
        }),
        ["填报表合计≠项目支出"] = new("DSC-08", Severity.Error, d => d, FormsTotal: 2_500_000.00m),
        ["绩效目标项目数≠填报表数"] = new("DSC-08", Severity.Error, d => d, FormsCount: 2),
        ["绩效目标资金≠项目支出"] = new("DSC-08", Severity.Error, d => d with
        {
            Narrative = N(d, n => n with { PerformanceTargets = new PerformanceTargetSummary(3, Wan("1000.00")) }),
        }),
        ["编制说明科目金额≠表"] = new("DSC-09", Severity.Error, d => d with
        {
            Narrative = N(d, n => n with
            {
                Statement = n.Statement! with { Subjects = [new SubjectAmount(1, "机关服务", Wan("85.20")), .. n.Statement.Subjects.Skip(1)] },
            }),
        }),
        ["编制说明科目不在表中"] = new("DSC-09", Severity.Error, d => d with
        {
            Narrative = N(d, n => n with
            {
                Statement = n.Statement! with { Subjects = [.. n.Statement.Subjects, new SubjectAmount(7, "机构运行", Wan("0.00"))] },
            }),
        }),
        ["支出总额超出容差"] = new("DSC-09", Severity.Error, d => d with
        {
            Narrative = N(d, n => n with { Statement = n.Statement! with { TotalExpenditure = Wan("1896.36") } }),
        }),
        ["三公说明≠表8"] = new("DSC-09", Severity.Error, d => d with
        {
            Narrative = N(d, n => n with { ThreePublic = n.ThreePublic! with { Total = new ComparedFigure(Wan("0.5"), Up("0.5")) } }),
        }),
        ["说明无机关运行经费但表8有"] = new("DSC-09", Severity.Error, d => d with
        {
            ThreePublic = d.ThreePublic! with { AgencyOperatingExpense = 50_000.00m },
        }),
        ["2210201≠30113"] = new("DSC-10", Severity.Warning, d => d with
        {
            BasicByEconomic = SetEco(d.BasicByEconomic!, "30113", r => r with { Total = 58_000.00m, Personnel = 58_000.00m }),
        }),
        ["空表6无说明"] = new("DSC-11", Severity.Error, d => d with { GovernmentFund = d.GovernmentFund! with { Statement = null } }),
        ["经济科目名称不符"] = new("DSC-12", Severity.Warning, d => d with
        {
            BasicByEconomic = SetEco(d.BasicByEconomic!, "30102", r => r with { Name = "津贴" }),
        }),
        ["功能科目不在目录"] = new("DSC-12", Severity.Warning, d => d with
        {
            Expense = d.Expense! with { Rows = [.. d.Expense.Rows, new FunctionExpenseRow(Code("2069999"), "虚构科目", 0m, 0m, 0m)] },
        }),
        ["表5标题为表3"] = new("DSC-13", Severity.Warning, d => d with
        {
            GeneralBudget = d.GeneralBudget! with { Print = d.GeneralBudget.Print with { Title = "2021年单位支出预算总表" } },
        }),
        ["缺少表8"] = new("DSC-13", Severity.Warning, d => d with { ThreePublic = null }),
        ["公益一类单位填报机关运行经费"] = new("DSC-14", Severity.Warning, d => d with
        {
            ThreePublic = d.ThreePublic! with { AgencyOperatingExpense = 50_000.00m },
        }),
        ["比较增减额≠上年差额"] = new("DSC-15", Severity.Warning, d => d, Prior: Prior2020(fiscalTotal: 6_900_862.79m)),
        ["比较年度不是上年"] = new("DSC-15", Severity.Warning, d => d with
        {
            Narrative = N(d, n => n with
            {
                ThreePublic = n.ThreePublic! with { Total = new ComparedFigure(Wan("0.3"), new YearComparison(2019, ComparisonDirection.Increase, Wan("0.3"))) },
            }),
        }),
        ["财政拨款≠一般公共预算+政府性基金"] = new("DSC-16", Severity.Error, d => d with
        {
            Summary = d.Summary! with { Income = d.Summary.Income with { GeneralPublicBudget = 18_000_000.00m, GovernmentFund = 0m } },
        }),
        ["财政拨款明细空白"] = new("DSC-16", Severity.Warning, d => d with
        {
            Summary = d.Summary! with { Income = d.Summary.Income with { GeneralPublicBudget = null, GovernmentFund = null } },
        }),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Check_FailingVariant_ReportsRule(string caseName)
    {
        var c = Cases[caseName];
        var findings = DisclosureChecker.Check(c.Mutate(BuildClean()), c.FormsTotal, c.FormsCount, c.Prior);

        Assert.Contains(findings, f => f.RuleId == c.RuleId && f.Severity == c.Severity);
    }

    public static TheoryData<string> RuleIds => [.. Cases.Values.Select(c => c.RuleId).Distinct()];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Check_CleanSeedWithMatchingPriorYear_RuleSilent(string ruleId)
    {
        var findings = DisclosureChecker.Check(BuildClean(), FormsTotal, 3, Prior2020());

        Assert.DoesNotContain(findings, f => f.RuleId == ruleId);
    }

    [Fact]
    public void Check_ThreePublicMismatch_MessageInSpecFormat()
    {
        var d = BuildClean();
        d = d with
        {
            ThreePublic = d.ThreePublic! with
            {
                Total = 8_000.00m,
                OverseasTravel = 3_000.00m,
                Reception = 3_000.00m,
                VehiclesSubtotal = 1_000.00m,
                VehiclePurchase = 1_000.00m,
            },
        };

        var finding = Assert.Single(DisclosureChecker.Check(d), f => f.RuleId == "DSC-06");

        Assert.Equal("表8“三公”经费合计与因公出国(境)费+公务接待费+公务用车购置及运行费：8,000.00≠7,000.00（差1,000.00元）。", finding.Message);
    }

    [Theory]
    [InlineData("1896.37", false, "2 dp: 18,963,700 − 18,963,662.79 = 37.21 元 ≤ 50")]
    [InlineData("1896.36", true, "2 dp: 62.79 元 > 50")]
    [InlineData("1896.4", false, "1 dp: 337.21 元 ≤ 500")]
    [InlineData("1896", false, "integer: 3,662.79 元 ≤ 5,000")]
    [InlineData("1895", true, "integer: 13,662.79 元 > 5,000")]
    public void Check_NarrativeTotal_ToleranceFollowsPrintedDecimals(string printed, bool fires, string reason)
    {
        var d = BuildClean();
        d = d with { Narrative = d.Narrative with { Statement = d.Narrative.Statement! with { TotalExpenditure = Wan(printed) } } };

        var fired = DisclosureChecker.Check(d, FormsTotal, 3).Any(f => f.RuleId == "DSC-09" && f.Message.Contains("预算支出总额", StringComparison.Ordinal));

        Assert.True(fired == fires, reason);
    }

    [Fact]
    public void Check_NoCatalogueForYear_InfoInsteadOfNameWarnings()
    {
        var d = BuildClean() with { Year = 1999 };

        var findings = DisclosureChecker.Check(d).Where(f => f.RuleId == "DSC-12").ToList();

        Assert.Equal(Severity.Info, Assert.Single(findings).Severity);
    }
}
