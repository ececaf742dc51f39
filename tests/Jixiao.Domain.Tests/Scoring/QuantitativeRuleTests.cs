using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>SC-11…SC-15 and the unit handling of AV-3/AV-4 (target-grammar.md §7).</summary>
public class QuantitativeRuleTests
{
    private static IndicatorScore ScoreRow(Indicator row, RuleProfile? profile = null) =>
        Scorer.Score(Single(row), profile ?? RuleProfiles.ShDistrict, ScoringMode.Live).Rows.Single();

    public static TheoryData<string, string, string, string, Direction> EqualityDirections => new()
    {
        { "default positive", "产出指标", "数量指标", "发放补贴人数", Direction.Positive },
        { "level-1 成本", "成本指标", "经济成本指标", "设备采购", Direction.Reverse },
        { "level-2 成本 under 产出", "产出指标", "成本指标", "单场讲座", Direction.Reverse },
        { "name 费用", "产出指标", "数量指标", "运维费用", Direction.Reverse },
        { "name 投诉", "满意度指标", "服务对象满意度指标", "有效投诉次数", Direction.Reverse },
        { "name 事故", "效益指标", "社会效益指标", "安全事故数", Direction.Reverse },
        { "name 故障次数", "产出指标", "质量指标", "系统故障次数", Direction.Reverse },
        { "name 发生率", "产出指标", "质量指标", "差错发生率", Direction.Reverse },
        { "name 差错", "产出指标", "质量指标", "数据差错条数", Direction.Reverse },
    };

    [Theory]
    [MemberData(nameof(EqualityDirections))]
    public void Score_EqualsTarget_DirectionFromCategoryAndKeywords(string reason, string l1, string l2, string name, Direction expected)
    {
        var row = ScoreRow(Row(name, Tv.Quant(Comparator.Eq, 10m, "次"), Tv.Actual(12m, "次"), 5m, level1: l1, level2: l2));
        Assert.True(expected == row.Direction, reason);
        // Positive: 12 ≥ 10 → 5.00; reverse: 10 ÷ 12 × 5 = 4.1666… → 4.17.
        Assert.Equal(expected == Direction.Positive ? 5.00m : 4.17m, row.ComputedScore);
    }

    // SC-50: intermediate ratios are exact, so a score whose exact value is a midpoint rounds away from zero.
    // Each expected value checked by hand: a × w ÷ t (or t × w ÷ a) is a terminating decimal ending in 5.
    [Theory]
    [InlineData("reverse: 5.40 × 3.85 ÷ 6.16 = 3.375", "SH-DISTRICT", Comparator.Le, 5.40, 6.16, 3.85, 3.38)]
    [InlineData("positive: 0.34 × 2.38 ÷ 0.56 = 1.445", "SH-DISTRICT", Comparator.Ge, 0.56, 0.34, 2.38, 1.45)]
    [InlineData("positive: 3.30 × 2.38 ÷ 4.08 = 1.925", "SH-DISTRICT", Comparator.Ge, 4.08, 3.30, 2.38, 1.93)]
    [InlineData("reverse: 50 × 2.94 ÷ 56 = 2.625", "SH-DISTRICT", Comparator.Le, 50, 56, 2.94, 2.63)]
    [InlineData("VendorLinear: (2 × 6 − 7) × 0.15 ÷ 6 = 0.125", "FASP-VENDOR", Comparator.Le, 6, 7, 0.15, 0.13)]
    public void Score_ExactScoreOnAMidpoint_RoundsAwayFromZero(string reason, string profile, Comparator op, decimal t, decimal a, decimal w, decimal expected)
    {
        var row = ScoreRow(Row("服务响应", Tv.Quant(op, t, "小时"), Tv.Actual(a, "小时"), w), RuleProfiles.Get(profile));
        Assert.True(expected == row.ComputedScore, $"{reason}: got {row.ComputedScore}");
    }

    [Theory]
    [InlineData("≥ positive", Comparator.Ge, Direction.Positive)]
    [InlineData("> positive", Comparator.Gt, Direction.Positive)]
    [InlineData("≤ reverse even for a positive-sounding name", Comparator.Le, Direction.Reverse)]
    [InlineData("< reverse", Comparator.Lt, Direction.Reverse)]
    public void Score_Comparator_GivesDirection(string reason, Comparator op, Direction expected)
    {
        var row = ScoreRow(Row("群众满意率", Tv.Quant(op, 90m, "%"), Tv.Actual(90m, "%"), 10m));
        Assert.True(expected == row.Direction, reason);
    }

    [Fact]
    public void Score_ExplicitReverseOnGe_UsesReverseFormula()
    {
        // ≥ would give 5.00 for 12 against 10; explicit Reverse: 10 ÷ 12 × 5 = 4.17.
        var row = ScoreRow(Row("投诉次数", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(12m, "次"), 5m, reason: "x",
            direction: Direction.Reverse));
        Assert.Equal(4.17m, row.ComputedScore);
        Assert.Contains("direction=Reverse (explicit Direction set in review)", row.Trail);
    }

    public static TheoryData<string, Comparator, decimal, decimal, decimal, bool> StrictComparators => new()
    {
        // reason, op, target, actual, score, met
        { "> met strictly above", Comparator.Gt, 10m, 11m, 5.00m, true },
        { "> not met at equality, ratio 10 ÷ 10 × 5", Comparator.Gt, 10m, 10m, 5.00m, false },
        { "> below, 8 ÷ 10 × 5", Comparator.Gt, 10m, 8m, 4.00m, false },
        { "< met strictly below", Comparator.Lt, 10m, 9m, 5.00m, true },
        { "< not met at equality, ratio 10 ÷ 10 × 5", Comparator.Lt, 10m, 10m, 5.00m, false },
        { "< above, 10 ÷ 16 × 5 = 3.125", Comparator.Lt, 10m, 16m, 3.13m, false },
        { "≥ negative actual → 0", Comparator.Ge, 10m, -1m, 0.00m, false },
        { "≥ zero actual → 0", Comparator.Ge, 10m, 0m, 0.00m, false },
    };

    [Theory]
    [MemberData(nameof(StrictComparators))]
    public void Score_StrictAndEdgeComparators_FollowSc12Sc13(string reason, Comparator op, decimal t, decimal a, decimal score, bool met)
    {
        var row = ScoreRow(Row("处理件数", Tv.Quant(op, t, "件"), Tv.Actual(a, "件"), 5m, reason: "x"));
        Assert.True(score == row.ComputedScore, reason);
        Assert.Equal(met, row.Met);
    }

    public static TheoryData<string, Comparator, Direction?, decimal, decimal> ZeroTargetRows => new()
    {
        { "≥0 always full (vacuous, OP-06)", Comparator.Ge, null, 0m, 3.00m },
        { "≥0 with output still full", Comparator.Ge, null, 7m, 3.00m },
        { ">0 needs a positive actual", Comparator.Gt, null, 0m, 0.00m },
        { ">0 met", Comparator.Gt, null, 1m, 3.00m },
        { "≤0 met at 0", Comparator.Le, null, 0m, 3.00m },
        { "≤0 failed at 1, no division", Comparator.Le, null, 1m, 0.00m },
        { "=0 failed at 2", Comparator.Eq, null, 2m, 0.00m },
        { "=0 explicit Positive → full", Comparator.Eq, Direction.Positive, 2m, 3.00m },
        { "≥0 explicit Reverse → zero branch", Comparator.Ge, Direction.Reverse, 2m, 0.00m },
    };

    [Theory]
    [MemberData(nameof(ZeroTargetRows))]
    public void Score_ZeroTarget_Sc15(string reason, Comparator op, Direction? direction, decimal a, decimal score)
    {
        foreach (var formula in new[] { ReverseFormula.TemplateRatio, ReverseFormula.VendorLinear })
        {
            var row = ScoreRow(Row("安全事故次数", Tv.Quant(op, 0m, "次"), Tv.Actual(a, "次"), 3m, reason: "x", direction: direction),
                RuleProfiles.ShDistrict with { ReverseFormula = formula });
            Assert.True(score == row.ComputedScore, $"{reason} ({formula})");
            Assert.Equal("SC-15", row.Rule);
        }
    }

    [Fact]
    public void Score_ReverseZeroActualOnNonOutputName_NoSe18()
    {
        var row = ScoreRow(Row("平均响应时间", Tv.Quant(Comparator.Le, 4m, "小时"), Tv.Actual(0m, "小时"), 4m,
            level2: "时效指标"));
        Assert.Equal(4.00m, row.ComputedScore);
        Assert.DoesNotContain(row.Findings, f => f.RuleId == "SE-18");
    }

    [Fact]
    public void Score_ReverseZeroActualUnderLevel2Quantity_Se18()
    {
        var row = ScoreRow(Row("图书采购", Tv.Quant(Comparator.Le, 200m, "册"), Tv.Actual(0m, "册"), 4m, level2: "数量指标"));
        Assert.Equal(4.00m, row.ComputedScore);
        var se18 = Assert.Single(row.Findings, f => f.RuleId == "SE-18");
        Assert.Equal("产出数量实际为0却得满分，请确认指标方向。", se18.Message);
        Assert.Equal("图书采购", se18.Indicator);
    }

    public static TheoryData<string, TargetValue, TargetValue, decimal?, NotScoredReason?, string?> UnitRows => new()
    {
        { "万元 target, 元 actual: 42,000 元 = 4.2 万元 ≤ 5", Tv.Quant(Comparator.Le, 5m, "万元"), Tv.Actual(42_000m, "元"), 4.00m, null, "单位不一致：万元/元，已换算。" },
        { "元 target, 万元 actual: 6 万元 = 60,000 元 > 50,000 → 50000 ÷ 60000 × 4", Tv.Quant(Comparator.Le, 50_000m, "元"), Tv.Actual(6m, "万元"), 3.33m, null, "单位不一致：元/万元，已换算。" },
        { "万元/场 vs 元/场 converts", Tv.Quant(Comparator.Le, 8m, "万元/场"), Tv.Actual(70_000m, "元/场"), 4.00m, null, "单位不一致：万元/场/元/场，已换算。" },
        { "per-unit target vs total: never divided", Tv.Quant(Comparator.Le, 8m, "万元/场"), Tv.Actual(150_000m, "元"), null, NotScoredReason.NotComparable, "单位不一致：万元/场/元，请按场数折算。" },
        { "人 ≠ 人次", Tv.Quant(Comparator.Ge, 200m, "人"), Tv.Actual(200m, "人次"), null, NotScoredReason.NotComparable, "单位不一致：人/人次。" },
        { "no unit on the actual: target's assumed (AV-3)", Tv.Quant(Comparator.Ge, 4m, "次"), Tv.Actual(4m), 4.00m, null, null },
        { "bare 0 against a per-unit target takes 人次/场 too (AV-3)", Tv.Quant(Comparator.Ge, 101m, "人次/场"), Tv.Actual(0m), 0.00m, null, null },
        { "全年 scope ≡ 次/年", Tv.Quant(Comparator.Le, 5m, "次", scope: "全年"), Tv.Actual(3m, "次/年"), 4.00m, null, null },
        { "whole-year actual matches 次/年", Tv.Quant(Comparator.Le, 5m, "次/年"), Tv.Actual(3m, "次"), 4.00m, null, null },
        { "次/月 vs 次/年 not comparable", Tv.Quant(Comparator.Le, 5m, "次/年"), Tv.Actual(3m, "次/月"), null, NotScoredReason.NotComparable, "单位不一致：次/年/次/月。" },
        { "incomplete 万 only matches itself", Tv.Quant(Comparator.Le, 20m, "万"), Tv.Actual(15m, "万"), 4.00m, null, null },
        { "incomplete 万 vs 万元 not comparable", Tv.Quant(Comparator.Le, 20m, "万"), Tv.Actual(15m, "万元"), null, NotScoredReason.NotComparable, "单位不一致：万/万元。" },
    };

    [Theory]
    [MemberData(nameof(UnitRows))]
    public void Score_Units_SameConvertedOrNotComparable(string reason, TargetValue target, TargetValue actual,
        decimal? score, NotScoredReason? notScored, string? se03)
    {
        var row = ScoreRow(Row("单场讲座费用", target, actual, 4m, reason: "x"));
        Assert.True(score == row.ComputedScore, reason);
        Assert.Equal(notScored, row.NotScoredReason);
        var finding = row.Findings.SingleOrDefault(f => f.RuleId == "SE-03");
        Assert.Equal(se03, finding?.Message);
    }

    [Fact]
    public void Score_ConvertibleUnit_Se03IsInfo()
    {
        var row = ScoreRow(Row("费用", Tv.Quant(Comparator.Le, 5m, "万元"), Tv.Actual(42_000m, "元"), 4m));
        Assert.Equal(Jixiao.Domain.Review.Severity.Info, row.Findings.Single(f => f.RuleId == "SE-03").Severity);
        Assert.Contains("unit 元 → 万元: 42000 × 0.0001 = 4.2 (UnitConverted)", row.Trail);
    }

    [Fact]
    public void Score_ActualWithLeadingEquals_Se01InfoAndScored()
    {
        var row = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 3m, "次"),
            Tv.Actual(3m, "次", notes: ParseNote.ActualIsComparison), 5m));
        Assert.Equal(5.00m, row.ComputedScore);
        Assert.Equal(Jixiao.Domain.Review.Severity.Info, row.Findings.Single(f => f.RuleId == "SE-01").Severity);
    }

    [Fact]
    public void Score_QualitativeActualOnQuantTarget_Se02()
    {
        var row = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Qual("完成"), 5m));
        Assert.Null(row.ComputedScore);
        Assert.Equal(NotScoredReason.Unusable, row.NotScoredReason);
        Assert.Contains(row.Findings, f => f.RuleId == "SE-02");
    }

    [Fact]
    public void Score_EmptyActual_Cmp07AndNoScore()
    {
        var row = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Empty, 5m));
        Assert.Null(row.ComputedScore);
        Assert.Null(row.Score);
        Assert.Equal(NotScoredReason.Empty, row.NotScoredReason);
        Assert.Equal("请填写实际完成值。", row.Findings.Single(f => f.RuleId == "CMP-07").Message);
    }

    public static TheoryData<string, decimal, decimal, decimal> OverAchievementReverse => new()
    {
        // reason, target ≤, actual, d
        { "(10 − 6) ÷ 10 = 40 % triggers", 10m, 6m, 40m },
        { "(10 − 8) ÷ 10 = 20 % does not", 10m, 8m, 0m },
    };

    [Theory]
    [MemberData(nameof(OverAchievementReverse))]
    public void Score_ReverseOverAchievement_OnlyWithIncludeReverse(string reason, decimal t, decimal a, decimal d)
    {
        var indicator = Row("响应时间", Tv.Quant(Comparator.Le, t, "小时"), Tv.Actual(a, "小时"), 5m, level2: "时效指标");
        var off = ScoreRow(indicator);
        var on = ScoreRow(indicator, RuleProfiles.ShDistrict with { OverAchievementIncludesReverse = true });
        Assert.DoesNotContain(off.Findings, f => f.RuleId == "SE-12");
        Assert.True((d > 0m) == on.Findings.Any(f => f.RuleId == "SE-12"), reason);
    }

    [Fact]
    public void Score_DeductFloor_NeverBelowZero()
    {
        // w 1, d = 100 % → 1 − 2 floors at 0.
        var row = ScoreRow(Row("服务人次", Tv.Quant(Comparator.Ge, 50m, "人次"), Tv.Actual(100m, "人次"), 1m, reason: "需求增加"),
            RuleProfiles.YthManual);
        Assert.Equal(0.00m, row.ComputedScore);
        Assert.Equal("SC-12+SC-41/Deduct", row.Rule);
        Assert.DoesNotContain(row.Findings, f => f.RuleId == "SE-07");
    }

    [Fact]
    public void Score_ExactModeAbove_NoOverAchievement()
    {
        var row = ScoreRow(Row("发文篇数", Tv.Quant(Comparator.Eq, 10m, "篇"), Tv.Actual(20m, "篇"), 5m, reason: "x"),
            RuleProfiles.ShDistrict with { EqualityMode = EqualityMode.Exact });
        Assert.Equal(2.50m, row.ComputedScore);
        Assert.DoesNotContain(row.Findings, f => f.RuleId == "SE-12");
    }
}

public class EqualityAsPositiveTests
{
    [Fact]
    public void Score_AsPositiveOnCostName_PositiveFormulaAndDirection()
    {
        // `=` on a 费用 name is Reverse by default (10 ÷ 12 × 5 = 4.17) but Positive under the vendor profile (12 ≥ 10 → 5).
        var row = Form.Row("运维费用", Tv.Quant(Comparator.Eq, 10m, "万元"), Tv.Actual(12m, "万元"), 5m, reason: "x");
        var byDirection = Scorer.Score(Form.Single(row), RuleProfiles.ShDistrict, ScoringMode.Live).Rows.Single();
        var vendor = Scorer.Score(Form.Single(row), RuleProfiles.FaspVendor, ScoringMode.Live).Rows.Single();
        Assert.Equal((Direction.Reverse, 4.17m), (byDirection.Direction!.Value, byDirection.ComputedScore!.Value));
        Assert.Equal((Direction.Positive, 5.00m), (vendor.Direction!.Value, vendor.ComputedScore!.Value));
    }
}
