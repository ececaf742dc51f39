using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Scoring;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Templates;

/// <summary>A project on a data template scores with that template's pools and execution-rate base (figures by hand).</summary>
public class TemplateScoringTests
{
    private static Indicator Met(string name, decimal w, string level1, int ordinal) =>
        Row(name, Tv.Quant(Comparator.Ge, 10m, "次"), Tv.Actual(10m, "次"), w, level1: level1, ordinal: ordinal);

    /// <summary>
    /// A Sichuan 部门预算项目支出绩效自评表: 年初预算 50.00, 调整后预算数 40.00, 预算执行数 36.00 (万元); 绩效指标(90分) spread
    /// 产出 60 / 效益 20 / 满意度 10 — one pool of 90 on this form, three pools 50/30/10 on the Shanghai one.
    /// </summary>
    private static Project Sichuan() => Project(Funds(adjusted: 400_000m, spent: 360_000m, initial: 500_000m),
        Met("会议培训举办次数", 30m, "产出指标", 1), Met("检查验收次数", 30m, "产出指标", 2),
        Met("退耕农户兑付次数", 20m, "效益指标", 3), Met("满意度调查次数", 10m, "满意度指标", 4)) with
    { TemplateId = "SC-PROJ-SE" };

    [Fact]
    public void Score_SichuanSelfEvaluation_RateIsExecutionOverAdjustedBudget_WithItsOwnPools()
    {
        var project = Sichuan();
        var profile = RuleProfiles.For(project);

        var score = Scorer.Score(project, profile, ScoringMode.Live);

        Assert.Equal("SC-PROJ-SE@1", score.ProfileTag);
        // 36.00 ÷ 40.00 = 90.00 % (not 36 ÷ 50 = 72 %) → 0.9 × 10 = 9.00; total 9.00 + 90.00 = 99.00.
        Assert.Equal(0.9m, score.ExecutionRate);
        Assert.Equal(90.00m, score.ExecutionRateDisplay);
        Assert.Equal(9.00m, score.ExecutionScore);
        Assert.Equal(99.00m, score.ComputedTotal);
        Assert.DoesNotContain(score.AllFindings, f => f.RuleId == "SE-09");
    }

    [Fact]
    public void Score_SameFormWithTheShanghaiPools_FindsThePoolsUnbalanced()
    {
        var score = Scorer.Score(Sichuan(), RuleProfiles.ShDistrict, ScoringMode.Live);

        Assert.Equal(["产出", "效益"], score.AllFindings.Where(f => f.RuleId == "SE-09").Select(f => f.Field));
    }

    [Fact]
    public void Score_ProfileOnTheInitialBudget_DividesByIt()
    {
        var profile = RuleProfiles.Get("SC-PROJ-SE") with { ExecutionBudget = ExecutionBudget.Initial };

        var score = Scorer.Score(Sichuan(), profile, ScoringMode.Live);

        // 36.00 ÷ 50.00 = 72.00 % → 7.20.
        Assert.Equal(0.72m, score.ExecutionRate);
        Assert.Equal(7.20m, score.ExecutionScore);
    }

    [Fact]
    public void For_ProjectOnAShanghaiTemplate_KeepsTheDefaultProfile()
    {
        Assert.Same(RuleProfiles.ShDistrict, RuleProfiles.For(Project(null)));
    }
}
