using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Review;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>SC-02…SC-05, SC-30, SC-40, SC-44, SC-50, SC-70 and the project-level checks SE-10, SE-13, SE-14.</summary>
public class ProjectScoringTests
{
    private static readonly RuleProfile Sh = RuleProfiles.ShDistrict;

    private static decimal? Dec(string? text) =>
        text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Indicator Met(string name, decimal w, int ordinal, string level1 = "产出指标") =>
        Row(name, Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(10m, "次"), w, level1: level1, ordinal: ordinal);

    /// <summary>A valid 2023 form: 10 + 50 + 30 + 10, all rows met.</summary>
    private static Indicator[] FullRows() =>
    [
        Met("培训场次", 30m, 1), Met("服务人次", 20m, 2),
        Met("受益企业数", 30m, 3, "效益指标"),
        Met("满意度调查次数", 10m, 4, "满意度指标"),
    ];

    [Fact]
    public void Score_FullForm_SumsRoundedParts()
    {
        var result = Scorer.Score(Project(Funds(250_000m, 215_457.60m), FullRows()), Sh, ScoringMode.Live);
        Assert.Equal(8.62m, result.ExecutionScore);
        Assert.Equal(98.62m, result.ComputedTotal);
        Assert.Equal(Grade.Excellent, result.ComputedGrade);
        Assert.Empty(result.AllFindings);
        Assert.False(result.BlocksSubmit);
        Assert.Contains("SC-30: 8.62 + 90.00 = 98.62", result.Trail);
        Assert.Contains("SC-31: 98.62 → 优", result.Trail);
        Assert.Contains(result.Trail, s => s.StartsWith("SC-03: min(0.8618304, 1) × 10 = 8.618304", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_RowScoresRoundedOnce_TotalIsSumOfRounded()
    {
        // 2 ÷ 3 × 5 = 3.333… → 3.33 twice: total 6.66 + 10, never round(6.666…) = 6.67.
        var result = Scorer.Score(Project(Funds(100m, 100m),
            Row("甲", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Actual(2m, "次"), 5m, reason: "x", ordinal: 1),
            Row("乙", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Actual(2m, "次"), 5m, reason: "x", ordinal: 2)), Sh, ScoringMode.Live);
        Assert.Equal(16.66m, result.ComputedTotal);
    }

    [Theory]
    [InlineData("no cap: rate 1.2 × 10", false, false, "12.00")]
    [InlineData("cap at w", true, false, "10.00")]
    [InlineData("integer option, 0.8618304 → 9 (廊坊 86 % → 9)", true, true, "9")]
    public void Score_ExecutionScoreOptions(string reason, bool cap, bool integer, string expectedText)
    {
        var expected = Dec(expectedText);
        var spent = integer ? 215_457.60m : 300_000m;
        var result = Scorer.Score(Project(Funds(250_000m, spent)),
            Sh with { CapExecutionScore = cap, IntegerExecutionScore = integer }, ScoringMode.Live);
        Assert.True(expected == result.ExecutionScore, reason);
    }

    [Fact]
    public void Score_FaspVendorRateAbove100_NotCapped()
    {
        var result = Scorer.Score(Project(Funds(100_000m, 103_000m)), RuleProfiles.FaspVendor, ScoringMode.Live);
        Assert.Equal(10.30m, result.ExecutionScore);
        Assert.Contains(result.Findings, f => f.RuleId == "SE-14");
    }

    [Fact]
    public void Score_MissingBudget_Se13ErrorAndNoExecutionScore()
    {
        var result = Scorer.Score(Project(Funds(null, 5_000m)), Sh, ScoringMode.Live);
        Assert.Null(result.ExecutionScore);
        Assert.True(result.ExecutionApplicable);
        var se13 = Assert.Single(result.Findings, f => f.RuleId == "SE-13");
        Assert.Equal(Severity.Error, se13.Severity);
        Assert.Equal("执行率应以全年预算数计算。", se13.Message);
    }

    [Fact]
    public void Score_RateOnInitialBudget_Se13()
    {
        // The example of review-rules.md SE-13: the printed rate is computed on 年初预算数.
        var example = ReviewRulesSpec.SelfEvaluationForm.Single(e => e.RuleId == "SE-13");
        var result = Scorer.Score(ReviewRuleExampleTests.SelfEvaluationFormOf(example), Sh, ScoringMode.Live);
        Assert.Equal(1m, result.ExecutionRate);
        var se13 = Assert.Single(result.Findings, f => f.RuleId == "SE-13");
        Assert.Equal(Severity.Error, se13.Severity);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "SE-10");
    }

    [Theory]
    [InlineData("exact display", "0.8618", null, false)]
    [InlineData("printed rounded up (E1 published form)", "0.8619", null, false)]
    [InlineData("wrong printed rate", "0.8700", null, true)]
    [InlineData("right printed score", null, "8.62", false)]
    [InlineData("wrong printed score", null, "8.61", true)]
    public void Score_PrintedExecutionFigures_Se10(string reason, string? printedRate, string? printedScore, bool fires)
    {
        var result = Scorer.Score(Project(Funds(250_000m, 215_457.60m,
            printedRate: Dec(printedRate), printedScore: Dec(printedScore))), Sh, ScoringMode.Live);
        Assert.True(fires == result.Findings.Any(f => f.RuleId == "SE-10"), reason);
    }

    [Fact]
    public void Score_SubRowOverspent_Se14NamesRow()
    {
        var evaluation = Funds(100_000m, 90_000m) with
        {
            CurrentYearAppropriation = new FundRow(80_000m, 80_000m, 84_000m),
            PriorYearCarryover = new FundRow(20_000m, 20_000m, 6_000m),
        };
        var result = Scorer.Score(Project(evaluation), Sh, ScoringMode.Live);
        var se14 = Assert.Single(result.Findings, f => f.RuleId == "SE-14");
        Assert.Equal("当年财政拨款", se14.Field);
        Assert.Equal("执行数超过全年预算数。", se14.Message);
    }

    public static TheoryData<string, decimal, decimal> CapBands => new()
    {
        // reason, rate (spent of 100,000), capped total; indicators 90 full → uncapped total = 90 + rate × 10
        { "80 % no cap", 0.80m, 98.00m },
        { "79.99 % → ≤ 89", 0.7999m, 89.00m },
        { "70 % → ≤ 89", 0.70m, 89.00m },
        { "69.99 % → ≤ 79", 0.6999m, 79.00m },
        { "60 % → ≤ 79", 0.60m, 79.00m },
        { "59.99 % → ≤ 69", 0.5999m, 69.00m },
        { "50 % → ≤ 69", 0.50m, 69.00m },
        { "49.99 % → ≤ 59", 0.4999m, 59.00m },
        { "0 % → ≤ 59", 0m, 59.00m },
    };

    [Theory]
    [MemberData(nameof(CapBands))]
    public void Score_Sc40Bands_LowerInclusive(string reason, decimal rate, decimal total)
    {
        var result = Scorer.Score(Project(Funds(100_000m, rate * 100_000m), FullRows()), RuleProfiles.YthManual, ScoringMode.Live);
        Assert.True(total == result.ComputedTotal, reason);
    }

    [Fact]
    public void Score_Sc44NotApplicable_RenormalisesWhenOn()
    {
        Indicator[] rows =
        [
            Met("培训场次", 30m, 1), Met("服务人次", 20m, 2),
            Row("受益企业数", Tv.Quant(Comparator.Ge, 10m, "家"), Tv.Actual(5m, "家"), 30m, reason: "x", level1: "效益指标", ordinal: 3),
            Row("满意度", Tv.Quant(Comparator.Ge, 90m, "%"), Tv.Empty, 10m, level1: "满意度指标", notApplicable: true, ordinal: 4),
        ];
        var project = Project(Funds(100m, 100m), rows);

        var on = Scorer.Score(project, Sh with { NotApplicableRenormalisation = true }, ScoringMode.Live);
        // 10 + 30 + 20 + 15 = 75 of 90 applicable → 75 × 100 ÷ 90 = 83.333… → 83.33.
        Assert.Equal(83.33m, on.ComputedTotal);
        Assert.Equal(NotScoredReason.NotApplicable, on.Rows[3].NotScoredReason);
        Assert.Empty(on.Rows[3].Findings);

        var off = Scorer.Score(project, Sh, ScoringMode.Live);
        Assert.Equal(75.00m, off.ComputedTotal);
        Assert.Contains(off.Rows[3].Findings, f => f.RuleId == "CMP-07");
    }

    [Fact]
    public void Score_Historical_UsesPrintedWhereNotComputedAndNeverBlocks()
    {
        Indicator[] rows =
        [
            Row("培训场次", Tv.Quant(Comparator.Ge, 10m, "场"), Tv.Actual(8m, "场"), 30m, score: 30m, ordinal: 1),
            Row("服务人次", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Comparison(">=3次", Comparator.Ge, 3m, "次"), 20m, score: 20m, ordinal: 2),
            Row("受益企业数", Tv.Quant(Comparator.Ge, 10m, "家"), Tv.Actual(10m, "家"), 30m, score: 30m, level1: "效益指标", ordinal: 3),
            Row("制度健全", Tv.Qual("健全"), Tv.Qual("健全"), 10m, score: 9m, level1: "满意度指标", ordinal: 4),
        ];
        var result = Scorer.Score(Project(Funds(100m, 100m, printedScore: 10m, printedTotal: 99m), rows), Sh, ScoringMode.Historical);

        // 8 ÷ 10 × 30 = 24 recomputed; 20 and 9 printed (Comparison, ManualTier); 30 computed; + 10 → 93.
        Assert.Equal(24.00m, result.Rows[0].ComputedScore);
        Assert.Equal(30m, result.Rows[0].PrintedScore);
        Assert.True(result.Rows[1].UsesPrintedScore);
        Assert.True(result.Rows[3].UsesPrintedScore);
        Assert.Equal(93.00m, result.ComputedTotal);
        Assert.Equal(Grade.Excellent, result.ComputedGrade);
        Assert.Equal(99m, result.PrintedTotal);
        Assert.Equal(Grade.Excellent, result.PrintedGrade);
        Assert.Contains("SC-70: printed scores used for: 服务人次、制度健全", result.Trail);

        Assert.Contains(result.Rows[0].Findings, f => f.RuleId == "SE-11" && f.Message == "得分与规则计算值24.00不同。");
        Assert.Contains(result.Rows[0].Findings, f => f.RuleId == "SE-08");
        Assert.Contains(result.Rows[1].Findings, f => f.RuleId == "SE-01" && f.Severity == Severity.Error);
        Assert.False(result.BlocksSubmit);
    }

    [Theory]
    [InlineData(30, "无", false)]   // printed full: the form needed no reason; SE-08/SE-11 report the wrong score
    [InlineData(24, "无", true)]    // printed below the weight without a reason
    [InlineData(24, "培训延期", false)]
    public void Score_Historical_DeviationReasonJudgedOnPrintedScore(int printed, string reason, bool se06)
    {
        var row = Row("培训场次", Tv.Quant(Comparator.Ge, 10m, "场"), Tv.Actual(8m, "场"), 30m, score: printed, reason: reason);
        var result = Scorer.Score(Project(Funds(100m, 100m), row), Sh, ScoringMode.Historical);
        Assert.Equal(se06, result.Rows[0].Findings.Any(f => f.RuleId == "SE-06"));
        Assert.Equal(printed == 30, result.Rows[0].Findings.Any(f => f.RuleId == "SE-08"));
    }

    [Fact]
    public void Score_HistoricalWithoutBudget_UsesPrintedExecutionScore()
    {
        var result = Scorer.Score(Project(Funds(null, null, printedScore: 9.5m), FullRows()), Sh, ScoringMode.Historical);
        Assert.Null(result.ExecutionScore);
        Assert.Equal(99.50m, result.ComputedTotal);
    }

    [Fact]
    public void Score_PrintedTotalWrong_Se10()
    {
        // review-rules.md SE-10 example: rows sum 91.50, 总分 printed 93.50.
        Indicator[] rows =
        [
            Row("培训场次", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(10m, "次"), 50m, score: 50m, ordinal: 1),
            Row("受益企业数", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(10m, "次"), 30m, score: 30m, level1: "效益指标", ordinal: 2),
            Row("满意度", Tv.Quant(Comparator.Ge, 100m, "%"), Tv.Actual(15m, "%"), 10m, score: 1.5m, reason: "x", level1: "满意度指标", ordinal: 3),
        ];
        var wrong = Scorer.Score(Project(Funds(100m, 100m, printedScore: 10m, printedTotal: 93.50m), rows), Sh, ScoringMode.Historical);
        var se10 = Assert.Single(wrong.Findings, f => f.RuleId == "SE-10");
        Assert.Equal("合计或执行率计算错误。", se10.Message);
        Assert.Equal("Σ得分 91.50 ≠ 总分 93.50", se10.Evidence);

        var right = Scorer.Score(Project(Funds(100m, 100m, printedScore: 10m, printedTotal: 91.50m), rows), Sh, ScoringMode.Historical);
        Assert.DoesNotContain(right.Findings, f => f.RuleId == "SE-10");
    }
}

public class AbsurdFigureTests
{
    [Fact]
    public void Score_AbsurdFigures_DoNotThrow()
    {
        var huge = 70_000_000_000_000_000_000_000_000m;
        var project = Form.Project(Form.Funds(0.01m, huge, printedRate: 0.5m),
            Form.Row("服务人次", Tv.Quant(Comparator.Ge, 0.0000001m, "人次"), Tv.Actual(huge, "人次"), 5m, ordinal: 1),
            Form.Row("响应时间", Tv.Quant(Comparator.Le, -5m, "小时"), Tv.Actual(0.0000001m, "小时"), 5m, reason: "x", ordinal: 2));
        foreach (var profile in RuleProfiles.All)
        {
            var result = Scorer.Score(project, profile, ScoringMode.Live);
            // Full score, minus 2 where over-achievement deducts.
            Assert.Equal(profile.OverAchievementMode == OverAchievementMode.Deduct ? 3.00m : 5.00m, result.Rows[0].ComputedScore);
            Assert.Equal(0.00m, result.Rows[1].ComputedScore);
            Assert.Contains(result.Rows[0].Findings, f => f.RuleId == "SE-12");
        }
    }
}
