using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Review;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>SE rules of review-rules.md: each fires on a failing case and stays silent on a passing one.</summary>
public class SelfEvaluationFindingTests
{
    private static readonly RuleProfile Sh = RuleProfiles.ShDistrict;

    private static IndicatorScore ScoreRow(Indicator row, RuleProfile? profile = null) =>
        Scorer.Score(Single(row), profile ?? Sh, ScoringMode.Live).Rows.Single();

    private static Indicator Positive(decimal a, decimal w, decimal? score = null, string? reason = null) =>
        Row("培训场次", Tv.Quant(Comparator.Ge, 10m, "场"), Tv.Actual(a, "场"), w, score: score, reason: reason);

    [Theory]
    [InlineData("6 of 5", "6", true)]
    [InlineData("negative", "-1", true)]
    [InlineData("full", "5", false)]
    [InlineData("zero", "0", false)]
    public void Score_EnteredScoreOutsideRange_Se04(string reason, string entered, bool fires)
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("健全"), 5m, score: decimal.Parse(entered, System.Globalization.CultureInfo.InvariantCulture),
            reason: "说明", tier: Tier.Achieved));
        var se04 = row.Findings.Where(f => f.RuleId == "SE-04").ToList();
        Assert.True(fires == (se04.Count == 1), reason);
        if (fires) Assert.Equal("得分超出[0,5.00]。", se04[0].Message);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("  ", true)]
    [InlineData("无", true)]
    [InlineData("/", true)]
    [InlineData("-", true)]
    [InlineData("—", true)]
    [InlineData("受疫情影响培训场次减少，下年度加强计划管理", false)]
    public void Score_ScoreBelowWeight_Se06UnlessReasonGiven(string? reason, bool fires)
    {
        var row = ScoreRow(Positive(8m, 5m, reason: reason));
        Assert.Equal(4.00m, row.ComputedScore);
        Assert.Equal(fires, row.Findings.Any(f => f.RuleId == "SE-06"));
    }

    [Fact]
    public void Score_FullScore_NoSe06()
    {
        var row = ScoreRow(Positive(10m, 5m));
        Assert.Empty(row.Findings);
    }

    [Fact]
    public void Score_ReasonOptionalProfile_NoSe06()
    {
        var row = ScoreRow(Positive(8m, 5m), Sh with { DeviationReasonMandatory = false });
        Assert.DoesNotContain(row.Findings, f => f.RuleId == "SE-06");
    }

    // SE-07, SE-08 and SE-11 fire on the examples of review-rules.md (ReviewRuleExampleTests); here: their messages, and
    // the same rows with the score that fits stay silent.
    private static Indicator SpecExampleRow(string ruleId) =>
        ScoringSpecCases.Row(ReviewRulesSpec.SelfEvaluation.Single(e => e.RuleId == ruleId).Lines.Single());

    [Fact]
    public void Score_MetButDeducted_Se07()
    {
        var indicator = SpecExampleRow("SE-07");
        Assert.Contains(ScoreRow(indicator).Findings, f => f.RuleId == "SE-07" && f.Message == "指标已达成但被扣分。");
        Assert.DoesNotContain(ScoreRow(indicator with { Score = indicator.Weight }).Findings, f => f.RuleId == "SE-07");
    }

    [Fact]
    public void Score_UnmetFullScore_Se08()
    {
        var indicator = SpecExampleRow("SE-08");
        Assert.Contains(ScoreRow(indicator).Findings, f => f.RuleId == "SE-08" && f.Message == "指标未达成却得满分。");
        Assert.DoesNotContain(ScoreRow(indicator with { Score = ScoreRow(indicator).ComputedScore }).Findings, f => f.RuleId == "SE-08");
    }

    [Fact]
    public void Score_EnteredDiffersFromComputed_Se11AndComputedCounts()
    {
        var indicator = SpecExampleRow("SE-11");
        var row = ScoreRow(indicator);
        Assert.Equal(row.ComputedScore, row.Score);
        Assert.Equal($"得分与规则计算值{row.ComputedScore:0.00}不同。", row.Findings.Single(f => f.RuleId == "SE-11").Message);

        var same = ScoreRow(indicator with { Score = row.ComputedScore });
        Assert.DoesNotContain(same.Findings, f => f.RuleId == "SE-11");
    }

    [Fact]
    public void Score_AllowQuantOverride_EnteredCountsButNeedsReason()
    {
        var profile = Sh with { AllowQuantOverride = true };
        var row = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 20m, "次"), Tv.Actual(20m, "次"), 5m, score: 4.8m), profile);
        Assert.Equal(5.00m, row.ComputedScore);
        Assert.Equal(4.8m, row.Score);
        Assert.Contains(row.Findings, f => f.RuleId == "SE-11");
        Assert.Contains(row.Findings, f => f.RuleId == "SE-06");
    }

    private static Indicator W(string l1, decimal w, int ordinal) =>
        Row($"指标{ordinal}", Tv.Quant(Comparator.Ge, 1m, "次"), Tv.Actual(1m, "次"), w, level1: l1, ordinal: ordinal);

    public static TheoryData<string, Indicator[], int> WeightCases => new()
    {
        { "2023 template 50/30/10", [W("产出指标", 50m, 1), W("效益指标", 30m, 2), W("满意度指标", 10m, 3)], 0 },
        { "2024: 成本 + 产出 share 50", [W("成本指标", 10m, 1), W("产出指标", 40m, 2), W("效益指标", 30m, 3), W("满意度指标", 10m, 4)], 0 },
        { "2024: 成本 + 产出 = 48 and Σ 98: the pool only (the sum follows from it)", [W("成本指标", 8m, 1), W("产出指标", 40m, 2), W("效益指标", 30m, 3), W("满意度指标", 10m, 4)], 1 },
        { "Σ 100 but 效益 40 / 满意度 0", [W("产出指标", 50m, 1), W("效益指标", 40m, 2)], 2 },
        { "a 分值 of 0", [W("产出指标", 50m, 1), W("效益指标", 30m, 2), W("满意度指标", 10m, 3), W("满意度指标", 0m, 4)], 1 },
        { "municipal level-1s: only Σ checked", [W("产出目标", 60m, 1), W("效果目标", 30m, 2)], 0 },
    };

    [Theory]
    [MemberData(nameof(WeightCases))]
    public void Score_Weights_Se09PoolAware(string reason, Indicator[] rows, int count)
    {
        var result = Scorer.Score(Project(null, rows), Sh, ScoringMode.Live);
        var se09 = result.Findings.Where(f => f.RuleId == "SE-09").ToList();
        Assert.True(count == se09.Count, $"{reason}: {string.Join("; ", se09.Select(f => f.Evidence))}");
        Assert.All(se09, f => Assert.StartsWith("分值合计不符合权重要求：", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_ExecutionWeightNotProfiles_Se09()
    {
        var result = Scorer.Score(Project(Funds(100m, 100m, executionWeight: 20m),
            W("产出指标", 40m, 1), W("效益指标", 30m, 2), W("满意度指标", 10m, 3)), Sh, ScoringMode.Live);
        Assert.Contains(result.Findings, f => f.RuleId == "SE-09" && f.Field == "执行率");
        Assert.Equal(20m, result.ExecutionWeight);
        Assert.Equal(20.00m, result.ExecutionScore);
    }

    [Fact]
    public void Score_PerUnitIndicatorWithZeroCount_Se16()
    {
        // The example of review-rules.md SE-16: a per-场 indicator scored full, the 场 count's actual 0.
        var rows = ReviewRulesSpec.SelfEvaluation.Single(e => e.RuleId == "SE-16").Lines.Select((l, k) => ScoringSpecCases.Row(l, k + 1)).ToArray();
        var (perUnit, count) = (rows[0], rows[1]);
        var result = Scorer.Score(Project(null, rows), Sh, ScoringMode.Live);
        var se16 = Assert.Single(result.Findings, f => f.RuleId == "SE-16");
        Assert.Equal($"“{perUnit.Name}”按{perUnit.Target.Unit!.Per}计，但{count.Name}为0。", se16.Message);

        // The count held (its actual equals its target): silent.
        rows[1] = count with { Actual = TargetParser.ParseActual($"{count.Target.Value} {count.Target.Unit!.Text}") };
        Assert.DoesNotContain(Scorer.Score(Project(null, rows), Sh, ScoringMode.Live).Findings, f => f.RuleId == "SE-16");
    }

    [Fact]
    public void CompareWithApproved_ChangedMissingAndExtraRows_Se17()
    {
        var approved = Project(null,
            Row("群众满意率", Tv.Quant(Comparator.Ge, 95m, "%"), null, 10m, level1: "满意度指标", level2: "服务对象满意度指标", ordinal: 1),
            Row("培训场次", Tv.Quant(Comparator.Ge, 4m, "场"), null, 50m, ordinal: 2),
            Row("受益企业数", Tv.Quant(Comparator.Ge, 10m, "家"), null, 30m, level1: "效益指标", level2: "经济效益指标", ordinal: 3));
        var evaluated = Project(null,
            Row("群众满意率", Tv.Quant(Comparator.Ge, 90m, "%"), Tv.Actual(92m, "%"), 10m, level1: "满意度 指标", level2: "服务对象满意度", ordinal: 1),
            Row("培训场次", Tv.Quant(Comparator.Ge, 4m, "场"), Tv.Actual(4m, "场"), 50m, ordinal: 2),
            Row("新增指标", Tv.Qual("完成"), Tv.Qual("完成"), 30m, level1: "效益指标", level2: "经济效益指标", ordinal: 3));

        var findings = SelfEvaluationChecks.CompareWithApproved(evaluated, approved);
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(("SE-17", Severity.Error, "自评指标与批复目标不一致。"), (f.RuleId, f.Severity, f.Message)));
        Assert.Contains(findings, f => f.Indicator == "群众满意率" && f.Evidence == "批复 ≥95.00(%)，自评 ≥90.00(%)");
        Assert.Contains(findings, f => f.Indicator == "新增指标");
        Assert.Contains(findings, f => f.Indicator == "受益企业数");

        Assert.Empty(SelfEvaluationChecks.CompareWithApproved(approved, approved));
    }

    [Fact]
    public void Finding_RowFinding_CarriesProjectIndicatorAndRow()
    {
        var row = ScoreRow(Row("巡检次数", Tv.Quant(Comparator.Ge, 3m, "次"), Tv.Empty, 5m, ordinal: 7));
        var cmp07 = row.Findings.Single();
        Assert.Equal(("测试项目", "巡检次数", 7, "实际完成值"), (cmp07.Project, cmp07.Indicator, cmp07.Row, cmp07.Field));
    }

    [Fact]
    public void Rules_Catalogue_UniqueIdsAndNoUnfilledPlaceholdersInFixedMessages()
    {
        Assert.Equal(SelfEvaluationRules.All.Count, SelfEvaluationRules.All.Select(r => r.Id).Distinct().Count());
        Assert.Equal(20, SelfEvaluationRules.All.Count);
        Assert.All(SelfEvaluationRules.All, r => Assert.DoesNotContain("{}", r.Message, StringComparison.Ordinal));
    }
}

public class PassingFormTests
{
    /// <summary>A correct form with one row of every target kind: every SE rule stays silent.</summary>
    [Fact]
    public void Score_CorrectFormOfEveryKind_NoFindings()
    {
        var evaluation = Form.Funds(200_000m, 180_000m, printedRate: 0.90m, printedScore: 9.00m, printedTotal: 97.00m);
        var project = Form.Project(evaluation,
            Form.Row("培训场次", Tv.Quant(Comparator.Ge, 4m, "场"), Tv.Actual(5m, "场"), 20m, score: 20m, ordinal: 1),
            Form.Row("单场费用", Tv.Quant(Comparator.Le, 2m, "万元"), Tv.Actual(18_000m, "元"), 10m, score: 10m, level2: "成本指标", ordinal: 2),
            Form.Row("完成时间", Tv.Deadline(2023, 10, null, DeadlineAnchor.EndOfMonthBefore, "2023年10月底前"),
                Tv.Deadline(2023, 9, 30, DeadlineAnchor.OnDate, "2023年9月30日"), 10m, score: 10m, level2: "时效指标", ordinal: 3),
            Form.Row("巡查频次", Tv.Freq(Comparator.Eq, 1m, "月", "每月1次"), Tv.Freq(Comparator.None, 1m, "月", "每月1次"), 5m, score: 5m, ordinal: 4),
            Form.Row("系统可用时段", Tv.Coverage(7, 24), Tv.Coverage(7, 24), 5m, score: 5m, level2: "质量指标", ordinal: 5),
            Form.Row("是否按时公开", Tv.Bool(true), Tv.Bool(true), 10m, score: 10m, level1: "效益指标", level2: "社会效益指标", ordinal: 6),
            Form.Row("长效机制", Tv.Qual("健全"), Tv.Qual("已建立三项制度"), 20m, score: 18m, reason: "制度执行尚需检验",
                level1: "效益指标", level2: "可持续影响指标", tier: Tier.Achieved, ordinal: 7),
            Form.Row("群众满意率", Tv.Quant(Comparator.Ge, 90m, "%"), Tv.Actual(95m, "%"), 10m, score: 10m,
                level1: "满意度指标", level2: "服务对象满意度指标", ordinal: 8));

        var result = Scorer.Score(project, RuleProfiles.ShDistrict, ScoringMode.Live);

        // SE-03 Info for the converted 元 → 万元 actual is the only finding expected.
        var finding = Assert.Single(result.AllFindings);
        Assert.Equal(("SE-03", Severity.Info), (finding.RuleId, finding.Severity));
        Assert.Equal(97.00m, result.ComputedTotal); // 9 + 20 + 10 + 10 + 5 + 5 + 10 + 18 + 10
        Assert.Equal(Grade.Excellent, result.PrintedGrade);
        Assert.False(result.BlocksSubmit);
    }
}
