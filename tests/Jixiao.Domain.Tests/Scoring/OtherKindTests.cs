using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>SC-16 deadlines, SC-17 frequencies, SC-18 booleans, SC-20 tiers and AV-5.</summary>
public class OtherKindTests
{
    private static IndicatorScore ScoreRow(Indicator row, RuleProfile? profile = null, ScoringMode mode = ScoringMode.Live) =>
        Scorer.Score(Single(row), profile ?? RuleProfiles.ShDistrict, mode).Rows.Single();

    private static TargetValue OnDate(int y, int m, int d) => Tv.Deadline(y, m, d, DeadlineAnchor.OnDate, $"{y}年{m}月{d}日");
    private static readonly TargetValue WithinYear = Tv.Deadline(null, null, null, DeadlineAnchor.WithinYear, "当年内");

    public static TheoryData<string, TargetValue, TargetValue, bool?> Deadlines => new()
    {
        // reason, target (form year 2023), actual, met (null = manual tier without a verdict)
        { "8月底前, done 08-31", Tv.Deadline(2023, 8, null, DeadlineAnchor.EndOfMonthBefore, "2023年8月底前"), OnDate(2023, 8, 31), true },
        { "8月底前, done 09-01", Tv.Deadline(2023, 8, null, DeadlineAnchor.EndOfMonthBefore, "2023年8月底前"), OnDate(2023, 9, 1), false },
        { "10月前 = end of October by default", Tv.Deadline(2023, 10, null, DeadlineAnchor.Before, "2023年10月前"), OnDate(2023, 10, 31), true },
        { "actual 10月底 vs 10月底", Tv.Deadline(2023, 10, null, DeadlineAnchor.AtEndOfMonth, "2023年10月底"),
            Tv.Deadline(2023, 10, null, DeadlineAnchor.AtEndOfMonth, "2023 年 10 月 底"), true },
        { "year taken from the form", Tv.Deadline(null, 6, null, DeadlineAnchor.EndOfMonthBefore, "6月底前"), OnDate(2023, 6, 30), true },
        { "当年内 meets 当年内", WithinYear, WithinYear, true },
        { "年内完成 meets a year-end date", OnDate(2023, 12, 31), Tv.Deadline(null, null, null, DeadlineAnchor.WithinYear, "年内完成"), true },
        { "当年内 proves nothing against 10月底前", Tv.Deadline(2023, 10, null, DeadlineAnchor.EndOfMonthBefore, "2023年10月底前"), WithinYear, null },
        { "monthly: done by the 15th vs 每月20日前", Tv.Deadline(null, null, 20, DeadlineAnchor.Before, "每月20日前", Recurrence.Monthly),
            Tv.Deadline(null, null, 15, DeadlineAnchor.Before, "每月15日前", Recurrence.Monthly), true },
        { "monthly: 25th is late", Tv.Deadline(null, null, 20, DeadlineAnchor.Before, "每月20日前", Recurrence.Monthly),
            Tv.Deadline(null, null, 25, DeadlineAnchor.Before, "每月25日前", Recurrence.Monthly), false },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void Score_Deadline_Sc16(string reason, TargetValue target, TargetValue actual, bool? met)
    {
        var row = ScoreRow(Row("完成时间", target, actual, 4m, level2: "时效指标", reason: "x"));
        Assert.True(met == row.Met, reason);
        if (met == true)
        {
            Assert.Equal(4.00m, row.ComputedScore);
            Assert.Equal("SC-16", row.Rule);
        }
        else
        {
            Assert.Null(row.ComputedScore);
            Assert.Equal(NotScoredReason.ManualTier, row.NotScoredReason);
        }
    }

    [Theory]
    [InlineData(MonthBeforeMeans.EndOfMonth, 10, true)]
    [InlineData(MonthBeforeMeans.StartOfMonth, 10, false)]
    [InlineData(MonthBeforeMeans.StartOfMonth, 9, true)]
    public void Score_MonthBefore_ProfileOption(MonthBeforeMeans option, int doneMonth, bool met)
    {
        var row = ScoreRow(Row("完成时间", Tv.Deadline(2023, 10, null, DeadlineAnchor.Before, "2023年10月前"),
            OnDate(2023, doneMonth, 15), 4m, tier: Tier.PartiallyAchieved, score: 3m, reason: "延期"),
            RuleProfiles.ShDistrict with { MonthBeforeMeans = option });
        Assert.Equal(met, row.Met == true);
    }

    [Fact]
    public void Score_LateDeadlineWithTierAndReason_ManualScoreCounts()
    {
        var row = ScoreRow(Row("完成时间", Tv.Deadline(2023, 8, null, DeadlineAnchor.EndOfMonthBefore, "2023年8月底前"),
            OnDate(2023, 9, 10), 4m, tier: Tier.PartiallyAchieved, score: 3.00m, reason: "招标延期"));
        Assert.Equal(3.00m, row.Score);
        Assert.Empty(row.Findings);
    }

    [Fact]
    public void Score_LateDeadlineFullScore_Se08AndSe05()
    {
        var row = ScoreRow(Row("完成时间", Tv.Deadline(2023, 8, null, DeadlineAnchor.EndOfMonthBefore, "2023年8月底前"),
            OnDate(2023, 9, 10), 4m, tier: Tier.PartiallyAchieved, score: 4.00m, reason: "招标延期"));
        Assert.Contains(row.Findings, f => f.RuleId == "SE-08" && f.Message == "指标未达成却得满分。");
        Assert.Contains(row.Findings, f => f.RuleId == "SE-05");
    }

    [Fact]
    public void Score_DeadlineActualWithoutDate_Se02()
    {
        var row = ScoreRow(Row("完成时间", Tv.Deadline(2023, 8, null, DeadlineAnchor.EndOfMonthBefore, "2023年8月底前"),
            Tv.Qual("及时"), 4m));
        Assert.Equal(NotScoredReason.Unusable, row.NotScoredReason);
        var se02 = Assert.Single(row.Findings, f => f.RuleId == "SE-02");
        Assert.Equal("实际完成值格式不符。", se02.Message);
        Assert.Equal(Severity.Error, se02.Severity);
    }

    public static TheoryData<string, TargetValue, TargetValue, decimal?, NotScoredReason?> Frequencies => new()
    {
        { "每月1次 (=), 每月1次", Tv.Freq(Comparator.Eq, 1m, "月", "每月1次"), Tv.Freq(Comparator.None, 1m, "月", "每月1次"), 4.00m, null },
        { "至少每天2次, 每天1次: 1 ÷ 2 × 4", Tv.Freq(Comparator.Ge, 2m, "天", "至少每天2次"), Tv.Freq(Comparator.None, 1m, "天", "每天1次"), 2.00m, null },
        { "per-month target, actual 次/月 quantity", Tv.Freq(Comparator.Ge, 2m, "月", "每月2次"), Tv.Actual(3m, "次/月"), 4.00m, null },
        { "per-month target, yearly count: never converted", Tv.Freq(Comparator.Eq, 1m, "月", "每月1次"), Tv.Actual(12m, "次"), null, NotScoredReason.NotComparable },
        { "comparison actual", Tv.Freq(Comparator.Eq, 1m, "月", "每月1次"), Tv.Comparison("=每月1次以上", Comparator.Ge, 1m, "次/月"), null, NotScoredReason.Comparison },
        { "coverage met", Tv.Coverage(7, 24), Tv.Coverage(7, 24), 4.00m, null },
        { "coverage short → manual tier", Tv.Coverage(7, 24), Tv.Coverage(5, 8), null, NotScoredReason.ManualTier },
        { "coverage, word actual → manual tier", Tv.Coverage(7, 24), Tv.Qual("正常"), null, NotScoredReason.ManualTier },
    };

    [Theory]
    [MemberData(nameof(Frequencies))]
    public void Score_Frequency_Sc17(string reason, TargetValue target, TargetValue actual, decimal? score, NotScoredReason? notScored)
    {
        var row = ScoreRow(Row("巡查频次", target, actual, 4m, reason: "x", tier: Tier.PartiallyAchieved));
        Assert.True(score == row.ComputedScore, reason);
        Assert.Equal(notScored, row.NotScoredReason);
    }

    [Theory]
    [InlineData(true, true, 3.00)]
    [InlineData(true, false, 0.00)]
    [InlineData(false, false, 3.00)]
    [InlineData(false, true, 0.00)]
    public void Score_Boolean_Sc18(bool target, bool actual, decimal score)
    {
        var row = ScoreRow(Row("是否按时公开", Tv.Bool(target), Tv.Bool(actual), 3m, reason: "x"));
        Assert.Equal(score, row.ComputedScore);
        Assert.Equal("SC-18", row.Rule);
    }

    [Fact]
    public void Score_BooleanWithWordActual_Se02()
    {
        var row = ScoreRow(Row("是否按时公开", Tv.Bool(true), Tv.Qual("已公开"), 3m));
        Assert.Contains(row.Findings, f => f.RuleId == "SE-02");
    }

    [Fact]
    public void Score_QualitativeActualRepeatsTarget_AchievedPrefilledWithSe15()
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全", "规范"), Tv.Qual("健全", "规范"), 5m, level2: "质量指标"));
        Assert.Equal(Tier.Achieved, row.Tier);
        Assert.Equal(5.00m, row.Score);
        Assert.Null(row.ComputedScore);
        var se15 = Assert.Single(row.Findings);
        Assert.Equal("SE-15", se15.RuleId);
        Assert.Equal("请提供达成依据。", se15.Message);
    }

    [Fact]
    public void Score_ConditionalRepeatedWithComparatorChars_IsSelfDeclared()
    {
        var target = Tv.Cond("测评标准未大幅修改时，当年等保测评分≥上一期分数", Comparator.Ge, RefKind.PriorPeriod);
        var actual = Tv.Cond("测评标准未大幅修改时，当年等保测评分>=上一期分数", Comparator.Ge, RefKind.PriorPeriod);
        var row = ScoreRow(Row("等保测评", target, actual, 5m, level2: "质量指标"));
        Assert.Equal(Tier.Achieved, row.Tier);
        Assert.Contains(row.Findings, f => f.RuleId == "SE-15");
    }

    [Fact]
    public void Score_QualitativeWithoutTier_Se05AndNoScore()
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("基本健全"), 5m));
        Assert.Null(row.Tier);
        Assert.Null(row.Score);
        Assert.Contains(row.Findings, f => f.RuleId == "SE-05" && f.Message == "制度健全性实际得分区间为[0.00,5.00]。");
        Assert.Contains(row.Findings, f => f.RuleId == "CMP-01" && f.Message == "得分为必填项。");
    }

    [Fact]
    public void Score_PartialTierWithoutScore_Cmp01()
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("基本健全"), 5m, tier: Tier.PartiallyAchieved, reason: "x"));
        Assert.Null(row.Score);
        Assert.Contains(row.Findings, f => f.RuleId == "CMP-01");
    }

    public static TheoryData<string, decimal, Tier> HistoricalTierBands => new()
    {
        // w 5: bands [4, 5], [3, 4), [0, 3)
        { "full", 5.00m, Tier.Achieved },
        { "80 % edge", 4.00m, Tier.Achieved },
        { "just below 80 %", 3.99m, Tier.PartiallyAchieved },
        { "60 % edge", 3.00m, Tier.PartiallyAchieved },
        { "just below 60 %", 2.99m, Tier.NotAchieved },
        { "zero", 0.00m, Tier.NotAchieved },
    };

    [Theory]
    [MemberData(nameof(HistoricalTierBands))]
    public void Score_HistoricalQualitative_TierFromPrintedBand(string reason, decimal printed, Tier tier)
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("健全"), 5m, score: printed, reason: "x"),
            mode: ScoringMode.Historical);
        Assert.True(tier == row.Tier, reason);
        Assert.Null(row.ComputedScore);
        Assert.Equal(NotScoredReason.ManualTier, row.NotScoredReason);
        Assert.Equal(printed, row.Score);
        Assert.True(row.UsesPrintedScore);
        Assert.DoesNotContain(row.Findings, f => f.RuleId == "SE-05");
    }

    [Fact]
    public void TierBands_Containing_OutsideRangeIsNull()
    {
        Assert.Null(TierBands.Containing(5.01m, 5m));
        Assert.Null(TierBands.Containing(-0.01m, 5m));
    }
}
