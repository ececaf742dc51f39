using Jixiao.Domain.Bounds;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Tests.Review;

namespace Jixiao.Domain.Tests.Bounds;

public class ValueRangesTests
{
    public static TheoryData<string, decimal, RangeProblem?, string> Cases => new()
    {
        // valid
        { "money", 0m, null, "zero is a valid amount" },
        { "money", 10_000_000_000_000m, null, "10^13 元, the ceiling itself" },
        { "money", 0.01m, null, "one cent" },
        { "money", 1.500m, null, "trailing zeros beyond 2 dp are the same value" },
        { "weight", 100m, null, "the whole 100 points" },
        { "weight", 0m, null, "a row may weigh nothing" },
        { "score", 99.99m, null, "2 dp score" },
        { "rate", 10m, null, "1000 %, the ceiling" },
        { "rate", 1.2345m, null, "123.45 % is legitimate over-spending" },
        // invalid
        { "money", 10_000_000_000_000.01m, RangeProblem.AboveMaximum, "one cent above 10^13 元" },
        { "money", decimal.MaxValue, RangeProblem.AboveMaximum, "the reported value" },
        { "money", -0.01m, RangeProblem.BelowMinimum, "negative funds (finding 11)" },
        { "money", 1.005m, RangeProblem.TooManyDecimals, "3 dp" },
        { "weight", 100.01m, RangeProblem.AboveMaximum, "above the 100-point scale" },
        { "weight", 1e27m, RangeProblem.AboveMaximum, "the reported weight" },
        { "weight", -1m, RangeProblem.BelowMinimum, "negative weight" },
        { "score", 12.345m, RangeProblem.TooManyDecimals, "SC-50 scores have 2 dp" },
        { "rate", 10.000001m, RangeProblem.AboveMaximum, "above 1000 %" },
        { "wan", 1_000_000_000.000001m, RangeProblem.AboveMaximum, "10^9 万元 + 0.01 元" },
    };

    private static ValueRange Range(string name) => name switch
    {
        "money" => ValueRanges.Money,
        "weight" => ValueRanges.Weight,
        "score" => ValueRanges.Score,
        "rate" => ValueRanges.Rate,
        _ => ValueRanges.WanYuan,
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Problem_Value_IsAsTabled(string range, decimal value, RangeProblem? expected, string reason)
    {
        Assert.True(expected == Range(range).Problem(value), reason);
    }

    [Fact]
    public void Money_SumOfTenToTheFiveMaximalAmounts_DoesNotOverflow()
    {
        var sum = Enumerable.Repeat(ValueRanges.MaxYuan, 100_000).Sum();
        Assert.Equal(1_000_000_000_000_000_000m, sum);
        Assert.Equal(100_000_000_000_000m, SafeMath.WanYuan(sum));
    }

    [Fact]
    public void Check_Declaration_NamesEveryOutOfRangeFieldWithItsRow()
    {
        var p = TestProjects.Clean with
        {
            Funds = TestProjects.Clean.Funds with { ProjectFundsTotal = decimal.MaxValue, FiscalFunds = -1m },
            SubProjects = [new("设备", 1m), new("耗材", 0.001m)],
        };

        var violations = ProjectValues.Check(p);

        Assert.Equal(["项目资金总额", "财政资金", "第 2 行子项目“耗材”金额"], violations.Select(v => v.Field));
        Assert.Equal(["funds.projectFundsTotal", "funds.fiscalFunds", "subProjects[1].amountYuan"], violations.Select(v => v.Key));
        Assert.Equal("财政资金“-1.00”不能为负数（允许范围：0.00 至 10,000,000,000,000.00 元，最多两位小数）。", violations[1].Message);
        Assert.Equal(2, violations[2].Row);
    }

    [Fact]
    public void Check_CleanProject_IsEmpty_AndBoundedIsTheSameInstance()
    {
        Assert.Empty(ProjectValues.Check(TestProjects.Clean));
        Assert.Same(TestProjects.Clean, ProjectValues.Bounded(TestProjects.Clean));
    }

    [Fact]
    public void Score_AbsurdWeightAndBudget_DoNotThrow_AndReportRng01()
    {
        var p = TestProjects.Clean with
        {
            Form = FormKind.SelfEvaluation,
            Evaluation = new SelfEvaluation { Total = new FundRow(decimal.MaxValue, decimal.MaxValue, 0.01m), ExecutionWeight = 10m },
            Indicators = [.. TestProjects.Clean.Indicators.Select((i, n) => i with { Weight = n == 0 ? 1e27m : 10m, Score = n == 0 ? decimal.MaxValue : 5m })],
        };

        var score = Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Live);

        Assert.Contains(score.AllFindings, f => f.RuleId == "RNG-01" && f.Field == "年度资金总额·全年预算数");
        Assert.Contains(score.AllFindings, f => f.RuleId == "RNG-01" && f.Message.StartsWith($"第 1 行指标“{p.Indicators[0].Name}”·分值超出允许范围", StringComparison.Ordinal));
        Assert.True(score.BlocksSubmit);
        Assert.InRange(score.ComputedTotal, 0m, 100m);
        Assert.NotEmpty(score.Trail); // the explanation re-scores: it must not throw either
        Assert.NotEmpty(Linter.LintProject(p, LintContext.Default));
    }

    [Fact]
    public void Lint_AbsurdFunds_DoesNotThrow_AndReportsRng01Once()
    {
        var p = TestProjects.Clean.WithFunds(f => f with { ProjectFundsTotal = decimal.MaxValue, FiscalFunds = decimal.MaxValue, OtherFunds = decimal.MaxValue });
        var findings = Linter.LintProject(p, LintContext.Default);
        Assert.Equal(3, findings.Count(f => f.RuleId == "RNG-01"));
        Assert.Equal(decimal.MaxValue, UnitSummary.Compute([p, p]).TotalYuan); // saturates instead of throwing
    }

    [Fact]
    public void DisclosureChecker_AbsurdCell_ReportsRng01_InsteadOfThrowing()
    {
        var seed = Jixiao.Domain.Tests.Disclosure.SeedDisclosure.Build();
        var absurd = seed with { Expense = seed.Expense! with { Total = seed.Expense.Total! with { Basic = decimal.MaxValue } } };

        var findings = DisclosureChecker.Check(absurd, priorYear: absurd);

        var hit = Assert.Single(findings, f => f.RuleId == "RNG-01");
        Assert.Contains("基本支出", hit.Message);
        Assert.Empty(DisclosureValues.Check(seed));
    }
}
