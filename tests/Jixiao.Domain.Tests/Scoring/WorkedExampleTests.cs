using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>scoring.md §3, E1…E19, with the expectations computed by hand in the spec.</summary>
public class WorkedExampleTests
{
    private static readonly RuleProfile Sh = RuleProfiles.ShDistrict;

    private static IndicatorScore ScoreRow(Indicator row, RuleProfile? profile = null, ScoringMode mode = ScoringMode.Live) =>
        Scorer.Score(Single(row), profile ?? Sh, mode).Rows.Single();

    private static bool Has(IndicatorScore row, string ruleId) => row.Findings.Any(f => f.RuleId == ruleId);

    public static TheoryData<string, decimal, decimal, RateDisplayRounding, decimal, decimal, decimal> PublishedRates
    {
        get
        {
            // reason, adjusted budget, spent, display rounding, exact rate, shown %, score. The default-rounding rows are
            // the table of scoring.md §3 as written there; the `Up` rows come from the sentence under it.
            var data = new TheoryData<string, decimal, decimal, RateDisplayRounding, decimal, decimal, decimal>();
            foreach (var (id, budget, spent, rate, shown, score) in ScoringSpec.PublishedRates)
                data.Add($"{id} as printed in scoring.md §3", budget, spent, RateDisplayRounding.HalfAwayFromZero, rate, shown, score);
            data.Add("E1 Up reproduces the printed 86.19 %", 250_000.00m, 215_457.60m, RateDisplayRounding.Up, 0.8618304m, 86.19m, 8.62m);
            data.Add("E2 Up leaves an exact rate alone", 20_000.00m, 9_034.00m, RateDisplayRounding.Up, 0.4517m, 45.17m, 4.52m);
            return data;
        }
    }

    [Fact]
    public void ScoringSpec_ReadsThePublishedRateTable() =>
        Assert.Equal(["E1", "E2"], ScoringSpec.PublishedRates.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(PublishedRates))]
    public void Score_PublishedExecutionFigures_MatchE1E2(string reason, decimal budget, decimal spent,
        RateDisplayRounding rounding, decimal rate, decimal shown, decimal score)
    {
        var result = Scorer.Score(Project(Funds(budget, spent)), Sh with { RateDisplayRounding = rounding }, ScoringMode.Live);
        Assert.True(result.ExecutionRate == rate, reason);
        Assert.Equal(shown, result.ExecutionRateDisplay);
        Assert.Equal(score, result.ExecutionScore);
    }

    [Fact]
    public void Score_E3PositiveUnmet_IsRatio()
    {
        var row = ScoreRow(Row("服务人次", Tv.Quant(Comparator.Ge, 60m, "人次"), Tv.Actual(45m, "人次"), 10m));
        Assert.Equal(7.50m, row.ComputedScore);
        Assert.Equal("SC-12", row.Rule);
        Assert.False(row.Met);
    }

    public static TheoryData<string, decimal, string, decimal> ReverseRows => new()
    {
        { "E4 met", 8m, "SH-DISTRICT", 5.00m },
        { "E4 met, vendor", 8m, "FASP-VENDOR", 5.00m },
        { "E5 TemplateRatio 10 ÷ 12 × 5", 12m, "SH-DISTRICT", 4.17m },
        { "E5 VendorLinear (1 − 2 ÷ 10) × 5", 12m, "FASP-VENDOR", 4.00m },
        { "E6 TemplateRatio 10 ÷ 25 × 5", 25m, "SH-DISTRICT", 2.00m },
        { "E6 VendorLinear a ≥ 2t", 25m, "FASP-VENDOR", 0.00m },
        { "VendorLinear exactly 2t", 20m, "FASP-VENDOR", 0.00m },
    };

    [Theory]
    [MemberData(nameof(ReverseRows))]
    public void Score_E4E5E6Reverse_PerProfileFormula(string reason, decimal actual, string profile, decimal expected)
    {
        var row = ScoreRow(Row("响应时间", Tv.Quant(Comparator.Le, 10m, "小时"), Tv.Actual(actual, "小时"), 5m, level2: "时效指标"),
            RuleProfiles.Get(profile));
        Assert.True(expected == row.ComputedScore, reason);
        Assert.Equal(Direction.Reverse, row.Direction);
    }

    [Fact]
    public void Score_E5Trail_ListsTheStepsOfSc60()
    {
        var row = ScoreRow(Row("响应时间", Tv.Quant(Comparator.Le, 10m, "小时"), Tv.Actual(12m, "小时"), 5m));
        Assert.Equal("SC-13/TemplateRatio", row.Rule);
        Assert.Contains("direction=Reverse (op ≤)", row.Trail);
        Assert.Contains("a=12 > t=10 → not met", row.Trail);
        Assert.Contains(row.Trail, s => s.StartsWith("10 ÷ 12 × 5 = 4.1666", StringComparison.Ordinal));
        Assert.Contains("round 2 dp AwayFromZero → 4.17", row.Trail);
    }

    public static TheoryData<string, Comparator, decimal, decimal> ZeroTargets => new()
    {
        { "E7 ≤0 %, actual 0", Comparator.Le, 0m, 3.00m },
        { "E7 ≤0 %, actual 0.5", Comparator.Le, 0.5m, 0.00m },
        { "E7 =0 %, actual 0", Comparator.Eq, 0m, 3.00m },
        { "E7 =0 %, actual 0.5", Comparator.Eq, 0.5m, 0.00m },
    };

    [Theory]
    [MemberData(nameof(ZeroTargets))]
    public void Score_E7ZeroTarget_FullOrNothing(string reason, Comparator op, decimal actual, decimal expected)
    {
        foreach (var profile in RuleProfiles.All)
        {
            var row = ScoreRow(Row("差错率", Tv.Quant(op, 0m, "%"), Tv.Actual(actual, "%"), 3m), profile);
            Assert.True(expected == row.ComputedScore, $"{reason} ({profile.Id})");
            Assert.Equal("SC-15", row.Rule);
        }
    }

    public static TheoryData<string, decimal, EqualityMode, decimal> EqualityRows => new()
    {
        { "E8 equal", 12m, EqualityMode.ByDirection, 5.00m },
        { "E8 above, positive", 13m, EqualityMode.ByDirection, 5.00m },
        { "E8 below, 9 ÷ 12 × 5", 9m, EqualityMode.ByDirection, 3.75m },
        { "E8 Exact, 12 ÷ 13 × 5", 13m, EqualityMode.Exact, 4.62m },
        { "E8 Exact, equal", 12m, EqualityMode.Exact, 5.00m },
        { "E8 Exact, below", 9m, EqualityMode.Exact, 3.75m },
        { "E8 AsPositive, above", 13m, EqualityMode.AsPositive, 5.00m },
    };

    [Theory]
    [MemberData(nameof(EqualityRows))]
    public void Score_E8Equality_ByMode(string reason, decimal actual, EqualityMode mode, decimal expected)
    {
        var row = ScoreRow(Row("发表文章篇数", Tv.Quant(Comparator.Eq, 12m, "篇"), Tv.Actual(actual, "篇"), 5m),
            Sh with { EqualityMode = mode });
        Assert.True(expected == row.ComputedScore, reason);
    }

    [Fact]
    public void Score_E9Midpoint_RoundsAwayFromZero()
    {
        var row = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 8m, "次"), Tv.Actual(7m, "次"), 3m));
        Assert.Equal(2.63m, row.ComputedScore);
        Assert.Contains(row.Trail, s => s.EndsWith("= 2.625", StringComparison.Ordinal));
    }

    public static TheoryData<string, Tier, decimal?, bool> QualitativeBands => new()
    {
        { "E10 达成 default score is w", Tier.Achieved, null, true },
        { "E10 达成 lower edge 4.00 inclusive", Tier.Achieved, 4.00m, true },
        { "E10 达成 below band", Tier.Achieved, 3.99m, false },
        { "E10 达成 full", Tier.Achieved, 5.00m, true },
        { "E10 部分达成 3.99 ok", Tier.PartiallyAchieved, 3.99m, true },
        { "E10 部分达成 4.00 rejected", Tier.PartiallyAchieved, 4.00m, false },
        { "E10 部分达成 lower edge 3.00", Tier.PartiallyAchieved, 3.00m, true },
        { "E10 部分达成 2.99 rejected", Tier.PartiallyAchieved, 2.99m, false },
        { "E10 未达成 2.99 ok", Tier.NotAchieved, 2.99m, true },
        { "E10 未达成 3.00 rejected", Tier.NotAchieved, 3.00m, false },
        { "E10 未达成 0 ok", Tier.NotAchieved, 0.00m, true },
    };

    [Theory]
    [MemberData(nameof(QualitativeBands))]
    public void Score_E10QualitativeBands_LowerBoundInclusive(string reason, Tier tier, decimal? entered, bool accepted)
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("基本健全"), 5m, score: entered, reason: "部分制度待修订",
            level2: "质量指标", tier: tier));
        Assert.Null(row.ComputedScore);
        Assert.Equal(NotScoredReason.ManualTier, row.NotScoredReason);
        Assert.True(accepted == !Has(row, "SE-05"), reason);
        Assert.Equal(entered ?? 5.00m, row.Score);
    }

    [Fact]
    public void Score_E10RejectedBand_MessageNamesBand()
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("基本健全"), 5m, score: 4.00m, reason: "x",
            tier: Tier.PartiallyAchieved));
        var finding = Assert.Single(row.Findings, f => f.RuleId == "SE-05");
        Assert.Equal("制度健全性实际得分区间为[3.00,4.00]。", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    public static TheoryData<decimal, Grade> GradeEdges => new()
    {
        { 89.99m, Grade.Good }, { 90.00m, Grade.Excellent }, { 79.99m, Grade.Fair }, { 59.99m, Grade.Poor },
        { 80.00m, Grade.Good }, { 60.00m, Grade.Fair }, { 100.00m, Grade.Excellent }, { 0m, Grade.Poor },
    };

    [Theory]
    [MemberData(nameof(GradeEdges))]
    public void GradesOf_E11Edges_HalfOpenBands(decimal total, Grade expected) => Assert.Equal(expected, Grades.Of(total));

    [Theory]
    [InlineData(Grade.Excellent, "优")]
    [InlineData(Grade.Good, "良")]
    [InlineData(Grade.Fair, "中")]
    [InlineData(Grade.Poor, "差")]
    public void DisplayName_Grade_IsChinese(Grade grade, string name) => Assert.Equal(name, grade.DisplayName());

    [Fact]
    public void Score_E12ExecutionOver100_CappedWithSe14()
    {
        var result = Scorer.Score(Project(Funds(100_000.00m, 103_000.00m)), Sh, ScoringMode.Live);
        Assert.Equal(1.03m, result.ExecutionRate);
        Assert.Equal(103.00m, result.ExecutionRateDisplay);
        Assert.Equal(10.00m, result.ExecutionScore);
        Assert.Contains(result.Findings, f => f.RuleId == "SE-14" && f.Severity == Severity.Warning);
        Assert.Contains(result.Trail, s => s.StartsWith("SC-04", StringComparison.Ordinal));
    }

    private static Project E13Project() => Project(Funds(100_000m, 65_000m),
        Row("培训场次", Tv.Quant(Comparator.Ge, 10m, "场"), Tv.Actual(10m, "场"), 80m, ordinal: 1),
        Row("覆盖人数", Tv.Quant(Comparator.Ge, 100m, "人"), Tv.Actual(0m, "人"), 10m, reason: "未开展", ordinal: 2));

    [Theory]
    [InlineData("YTH-MANUAL", 79.00, Grade.Fair)]
    [InlineData("SH-DISTRICT", 86.50, Grade.Good)]
    [InlineData("FASP-VENDOR", 86.50, Grade.Good)]
    public void Score_E13ExecutionCap_OnlyInYthManual(string profile, decimal total, Grade grade)
    {
        var result = Scorer.Score(E13Project(), RuleProfiles.Get(profile), ScoringMode.Live);
        Assert.Equal(6.50m, result.ExecutionScore);
        Assert.Equal(total, result.ComputedTotal);
        Assert.Equal(grade, result.ComputedGrade);
        Assert.Equal(profile == "YTH-MANUAL", result.Trail.Any(s => s.StartsWith("SC-40", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("SH-DISTRICT", null, 5.00, true)]
    [InlineData("SH-DISTRICT", "超额完成系新增需求", 5.00, false)]
    [InlineData("YTH-MANUAL", "超额完成系新增需求", 3.00, false)]
    [InlineData("YTH-MANUAL", null, 3.00, true)]
    public void Score_E14OverAchievement_ExplainOrDeduct(string profile, string? reason, decimal expected, bool se06)
    {
        var row = ScoreRow(Row("服务人次", Tv.Quant(Comparator.Ge, 100m, "人次"), Tv.Actual(140m, "人次"), 5m, reason: reason),
            RuleProfiles.Get(profile));
        Assert.Equal(expected, row.ComputedScore);
        Assert.True(Has(row, "SE-12"));
        Assert.Equal(se06, Has(row, "SE-06"));
        Assert.False(Has(row, "SE-07"));
    }

    [Fact]
    public void Score_E15ComparisonActual_BlocksUntilPlainValue()
    {
        var comparison = Scorer.Score(Single(Row("巡检次数", Tv.Quant(Comparator.Ge, 3m, "次"),
            Tv.Comparison(">=3 次", Comparator.Ge, 3m, "次"), 5m)), Sh, ScoringMode.Live);
        var row = comparison.Rows.Single();
        Assert.Null(row.ComputedScore);
        Assert.Equal(NotScoredReason.Comparison, row.NotScoredReason);
        var se01 = Assert.Single(row.Findings, f => f.RuleId == "SE-01");
        Assert.Equal(Severity.Error, se01.Severity);
        Assert.Equal("实际完成值应为实际数值，不应为“>=3 次”。", se01.Message);
        Assert.True(comparison.BlocksSubmit);

        var plain = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Actual(3m, "次"), 5m));
        Assert.Equal(5.00m, plain.ComputedScore);
    }

    [Fact]
    public void Score_E16NotComparable_ManualScoreWithReason()
    {
        var withoutReason = ScoreRow(Row("验收合格率", Tv.Quant(Comparator.Ge, 80m, "%"), Tv.Actual(3m, "次"), 5m, score: 3.00m));
        Assert.Null(withoutReason.ComputedScore);
        Assert.Equal(NotScoredReason.NotComparable, withoutReason.NotScoredReason);
        Assert.Equal(3.00m, withoutReason.Score);
        var se03 = Assert.Single(withoutReason.Findings, f => f.RuleId == "SE-03");
        Assert.Equal(Severity.Warning, se03.Severity);
        Assert.Equal("单位不一致：%/次。", se03.Message);
        Assert.True(Has(withoutReason, "SE-06"));
        Assert.False(Has(withoutReason, "SE-11"));

        var full = ScoreRow(Row("验收合格率", Tv.Quant(Comparator.Ge, 80m, "%"), Tv.Actual(3m, "次"), 5m, score: 5.00m));
        Assert.True(Has(full, "SE-06"), "a manual NotComparable score always needs 偏差原因");
    }

    [Theory]
    [InlineData("E17 d = 24 ÷ 75 = 32 %", 75, 99, true, "32.00")]
    [InlineData("24 points above 75 would not trigger, 29.33 % relative", 75, 97, false, "")]
    [InlineData("exactly 30 % triggers (≥)", 100, 130, true, "30.00")]
    public void Score_E17OverAchievementPercent_UsesRelativeRatio(string reason, int t, int a, bool triggers, string d)
    {
        var row = ScoreRow(Row("群众知晓率", Tv.Quant(Comparator.Ge, t, "%"), Tv.Actual(a, "%"), 5m));
        Assert.Equal(5.00m, row.ComputedScore);
        Assert.True(triggers == Has(row, "SE-12"), reason);
        if (triggers)
            Assert.Equal($"完成值超出指标值{d}%，请分析原因。", row.Findings.Single(f => f.RuleId == "SE-12").Message);
    }

    [Fact]
    public void Score_E18ZeroBudget_RenormalisesIndicators()
    {
        var result = Scorer.Score(Project(Funds(0m, 0m),
            Row("培训场次", Tv.Quant(Comparator.Ge, 10m, "场"), Tv.Actual(10m, "场"), 80m, ordinal: 1),
            Row("覆盖人数", Tv.Quant(Comparator.Ge, 10m, "人"), Tv.Actual(1m, "人"), 10m, reason: "疫情影响", ordinal: 2)),
            RuleProfiles.YthManual, ScoringMode.Live);
        Assert.Null(result.ExecutionRate);
        Assert.Null(result.ExecutionScore);
        Assert.False(result.ExecutionApplicable);
        Assert.Equal(81.00m, result.Rows.Sum(r => r.Score!.Value));
        Assert.Equal(90.00m, result.ComputedTotal);
        Assert.Equal(Grade.Excellent, result.ComputedGrade);
        var se13 = Assert.Single(result.Findings, f => f.RuleId == "SE-13");
        Assert.Equal(Severity.Warning, se13.Severity);
        Assert.DoesNotContain(result.Trail, s => s.StartsWith("SC-40", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("E19 set Positive in review: 5 ÷ 6 × 4", 5, Direction.Positive, 3.33, false)]
    [InlineData("E19 default Reverse (op ≤)", 5, null, 4.00, false)]
    [InlineData("E19 Reverse with zero output → full + SE-18", 0, null, 4.00, true)]
    [InlineData("explicit Positive, zero output → 0", 0, Direction.Positive, 0.00, false)]
    public void Score_E19ExplicitDirection_OverridesComparator(string reason, int actual, Direction? direction, decimal expected, bool se18)
    {
        var row = ScoreRow(Row("培训场次", Tv.Quant(Comparator.Le, 6m, "场"), Tv.Actual(actual, "场"), 4m, reason: "按实际需求",
            direction: direction));
        Assert.True(expected == row.ComputedScore, reason);
        Assert.Equal(direction ?? Direction.Reverse, row.Direction);
        Assert.Equal(se18, Has(row, "SE-18"));
    }
}
