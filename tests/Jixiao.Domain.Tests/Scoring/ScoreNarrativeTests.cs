using System.Text.RegularExpressions;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>The 得分计算说明 in plain Chinese (issue 15): one sentence per score, figures as finance staff write them.</summary>
public partial class ScoreNarrativeTests
{
    private static readonly RuleProfile Sh = RuleProfiles.ShDistrict;

    private static ProjectScore Score(Project project, RuleProfile? profile = null, ScoringMode mode = ScoringMode.Live) =>
        Scorer.Score(project, profile ?? Sh, mode);

    private static string RowText(Indicator row, RuleProfile? profile = null) =>
        ScoreNarrative.Row(Score(Single(row), profile).Rows.Single()).Text;

    [Fact]
    public void Execution_IssueExample_RateAndScoreAsFinanceStaffWriteThem()
    {
        var line = ScoreNarrative.Execution(Score(Project(Funds(1_592_000m, 1_558_000m))));
        Assert.Equal("预算执行率 = 1,558,000 ÷ 1,592,000 = 97.86%；得分 = 97.86% × 10 = 9.79。", line.Text);
        Assert.Equal("SC-03", line.Code);
    }

    [Fact]
    public void Execution_AboveHundredPercent_CappedAtFullScore()
    {
        var line = ScoreNarrative.Execution(Score(Project(Funds(100_000m, 103_000m))));
        Assert.Equal("预算执行率 = 103,000 ÷ 100,000 = 103.00%，超过 100% 按 100% 计；得分 = 100% × 10 = 10.00。", line.Text);
    }

    [Fact]
    public void Row_PositiveNotMet_IssueExample()
    {
        var text = RowText(Row("培训场次", Tv.Quant(Comparator.Ge, 600m, null), Tv.Actual(580m), 10m, reason: "原因"));
        Assert.Equal("实际值 580 低于目标值 600，未达成；得分 = 580 ÷ 600 × 10 = 9.67。", text);
    }

    [Fact]
    public void Row_ReverseNotMet_TargetOverActual()
    {
        var text = RowText(Row("运维成本", Tv.Quant(Comparator.Le, 100m, "万元"), Tv.Actual(120m, "万元"), 10m, reason: "原因", level1: "成本指标"));
        Assert.Equal("实际值 120万元 高于目标值 100万元，未达成；得分 = 100 ÷ 120 × 10 = 8.33。", text);
    }

    [Fact]
    public void Row_ReverseMet_FullScore()
    {
        var text = RowText(Row("运维成本", Tv.Quant(Comparator.Le, 100m, "万元"), Tv.Actual(95m, "万元"), 10m, level1: "成本指标"));
        Assert.Equal("实际值 95万元 低于目标值 100万元，已达成；得分 = 满分 10.00。", text);
    }

    [Fact]
    public void Row_OverAchievement_SaysByHowMuchAndTheDeduction()
    {
        var row = Row("服务人次", Tv.Quant(Comparator.Ge, 1_000m, "人次"), Tv.Actual(1_500m, "人次"), 10m, reason: "原因");
        Assert.Equal("实际值 1,500人次 高于目标值 1,000人次，已达成；得分 = 满分 10.00；超出目标值 50.00%，须说明原因。", RowText(row));
        Assert.Equal("实际值 1,500人次 高于目标值 1,000人次，已达成；得分 = 满分 10.00；超出目标值 50.00%，须说明原因，扣 2 分，得分 = 10.00 − 2 = 8.00。",
            RowText(row, RuleProfiles.YthManual));
    }

    [Fact]
    public void Row_Qualitative_TierBandAndScore()
    {
        var text = RowText(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("基本健全"), 10m, score: 7m, reason: "原因",
            tier: Tier.PartiallyAchieved, level1: "效益指标", level2: "社会效益指标"));
        Assert.Equal("定性指标，达成情况为“部分达成年度指标并具有一定效果”，得分区间 [6, 8)，得分 7.00。", text);
    }

    [Fact]
    public void Project_ProfileByItsChineseName_TotalAndGrade()
    {
        var score = Score(Project(Funds(1_592_000m, 1_558_000m),
            Row("培训场次", Tv.Quant(Comparator.Ge, 600m, null), Tv.Actual(580m), 90m, reason: "原因")));
        var lines = ScoreNarrative.Project(score);
        Assert.Equal("评分规则：上海区级（默认）；计分方式：在线填报。", lines[0].Text);
        Assert.Contains(lines, l => l.Text == "总分 = 执行率得分 9.79 + 各指标得分合计 87.00 = 96.79。");
        Assert.Contains(lines, l => l.Code == "SC-31" && l.Text.StartsWith("总分 96.79，评价等级为“优”", StringComparison.Ordinal));
    }

    /// <summary>Forms that go through every rule the scorer has, in both modes and every built-in profile.</summary>
    public static TheoryData<string> Profiles => new(RuleProfiles.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void All_EveryRule_NoAsciiLettersButUnitNames(string profileId)
    {
        var profile = RuleProfiles.Get(profileId);
        Indicator[] rows =
        [
            Row("甲", Tv.Quant(Comparator.Ge, 600m, null), Tv.Actual(580m), 10m, ordinal: 1),
            Row("乙", Tv.Quant(Comparator.Gt, 10m, "次"), Tv.Actual(20m, "次"), 10m, ordinal: 2),
            Row("丙", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(0m, "次"), 10m, ordinal: 3),
            Row("丁费用", Tv.Quant(Comparator.Eq, 10m, "万元"), Tv.Actual(12m, "万元"), 5m, ordinal: 4, level1: "成本指标"),
            Row("戊", Tv.Quant(Comparator.Le, 0m, "起"), Tv.Actual(1m, "起"), 5m, ordinal: 5, level1: "效益指标"),
            Row("己", Tv.Quant(Comparator.Le, 10m, "万元"), Tv.Actual(25m, "万元"), 5m, ordinal: 6, level1: "成本指标"),
            Row("庚", Tv.Quant(Comparator.Ge, 10m, "万元"), Tv.Actual(120_000m, "元"), 5m, ordinal: 7),
            Row("辛", Tv.Quant(Comparator.Ge, 10m, "人次"), Tv.Actual(3m, "万元"), 5m, ordinal: 8),
            Row("壬", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Comparison(">=3 次", Comparator.Ge, 3m, "次"), 5m, ordinal: 9),
            Row("癸", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Empty, 5m, ordinal: 10),
            Row("子", Tv.Bool(true), Tv.Bool(false), 5m, ordinal: 11, level1: "效益指标"),
            Row("丑", Tv.Deadline(2023, 6, 30, DeadlineAnchor.Before, "2023年6月30日前"), Tv.Deadline(2023, 5, 1, DeadlineAnchor.OnDate, "2023年5月1日"), 5m, ordinal: 12),
            Row("寅", Tv.Deadline(2023, 6, 30, DeadlineAnchor.Before, "2023年6月30日前"), Tv.Deadline(2023, 9, 1, DeadlineAnchor.OnDate, "2023年9月1日"), 5m, ordinal: 13, tier: Tier.NotAchieved),
            Row("卯", Tv.Freq(Comparator.Ge, 4m, "年", "每年≥4次"), Tv.Freq(Comparator.None, 3m, "年", "每年3次"), 5m, ordinal: 14),
            Row("辰", Tv.Coverage(7, 24), Tv.Coverage(5, 8), 5m, ordinal: 15),
            Row("巳", Tv.Qual("健全"), Tv.Qual("健全"), 5m, ordinal: 16, level1: "满意度指标"),
            Row("午", Tv.Qual("有效"), null, null, ordinal: 17, level1: "效益指标"),
            Row("未", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(10m, "次"), 5m, ordinal: 18, notApplicable: true),
            Row("申", Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(10m, "次"), 5m, score: 4m, ordinal: 19),
        ];
        foreach (var (evaluation, mode) in new[]
                 {
                     (Funds(250_000m, 170_000m, printedTotal: 80m), ScoringMode.Live),
                     (Funds(0m, 0m), ScoringMode.Live),
                     (Funds(null, 5m, printedScore: 5m, printedTotal: 70m), ScoringMode.Historical),
                 })
        {
            var score = Score(Project(evaluation, rows), profile with { NotApplicableRenormalisation = true }, mode);
            var lines = ScoreNarrative.All(score);
            Assert.Equal(score.Rows.Count + ScoreNarrative.Project(score).Count, lines.Count);
            foreach (var line in lines)
            {
                Assert.False(string.IsNullOrWhiteSpace(line.Text));
                // Unit names (万元, 次 …) are Chinese here; `元`/`次` are what a number may carry.
                Assert.False(AsciiLetter().IsMatch(line.Text), $"{profileId} {mode} {line.Item}: {line.Text}");
                Assert.DoesNotContain(profile.Id, line.Text, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex AsciiLetter();
}
