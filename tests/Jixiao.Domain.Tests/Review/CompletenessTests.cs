using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class CompletenessTests
{
    internal static readonly Dictionary<string, LintCase> Cases = new()
    {
        ["CMP-01 年度总体目标 blank"] = new(p => p with { AnnualGoal = null }, "CMP-01", Severity.Error, "年度总体目标为必填项。"),
        ["CMP-01 计划完成日期 missing"] = new(p => p with { PlannedEnd = null }, "CMP-01", Severity.Error, "计划完成日期为必填项。"),
        ["CMP-02 2024 成本 missing is a Warning (template)"] = new(p => p with { Indicators = p.Indicators.Where(i => i.Level1 != "成本指标").ToList() },
            "CMP-02", Severity.Warning, "缺少一级指标“成本指标”。"),
        ["CMP-03 质量指标 label without rows"] = new(
            p => p with { Indicators = [.. p.Indicators.Where(i => i.Level2 != "质量指标"), Row(3, "产出指标", "质量指标", "", T.Empty())] },
            "CMP-03", Severity.Error, "“质量指标”下至少设置1个三级指标。"),
        ["CMP-04 value holds a category label"] = new(p => p.WithTarget(4, T.Unrecognised("时效")),
            "CMP-04", Severity.Error, "第4行指标名称或指标值缺失。"),
        ["CMP-04 name blank, value present"] = new(p => p.WithName(2, ""), "CMP-04", Severity.Error, "第2行指标名称或指标值缺失。"),
        ["CMP-05 section empty"] = new(p => p.WithNarrative(NarrativeSection.Basis, "　"), "CMP-05", Severity.Warning, "“二、立项依据”内容不完整。"),
        ["CMP-05 section shorter than minimum"] = new(p => p.WithNarrative(NarrativeSection.ImplementingEntity, "本中心。"),
            "CMP-05", Severity.Warning, "“三、实施主体”内容不完整。"),
        ["CMP-05 last sentence without its full stop"] = new(p => p.WithNarrative(NarrativeSection.AnnualBudgetPlan, "为经常性预算项目，项目总金额已较为稳定"),
            "CMP-05", Severity.Info, "“六、年度预算安排”末句没有结束标点，请确认内容完整。"),
        ["CMP-06 narrative period crosses the year"] = new(p => p.WithNarrative(NarrativeSection.Period, "2024年8月-2025年7月"),
            "CMP-06", Severity.Warning, "跨年度项目应填写项目总目标。"),
        ["CMP-07 实际完成值 blank for 设备完好率"] = new(p => AsSelfEvaluation(p).WithRow(3, i => i with { Actual = T.Empty("　") }),
            "CMP-07", Severity.Error, "请填写实际完成值。"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LintProject_FailingCase_Fires(string name) => LintAssert.Check(Cases[name]);

    [Fact]
    public void LintProject_MultiYearWithOverallGoal_CMP06Silent()
    {
        var p = Clean with { PlannedStart = new DateOnly(2024, 7, 1), PlannedEnd = new DateOnly(2025, 6, 30), OverallGoal = "两年内完成全部设备更新。" };

        LintAssert.Silent(p.Lint(), "CMP-06");
    }

    [Theory]
    [InlineData("2024 年 1 月 1 日—2024 年 12 月 31 日", "period sections are dates, no final punctuation needed")]
    [InlineData("2022年：412.56万元\n2023年：607.98万元", "year lines end in an amount")]
    [InlineData("详见单位的项目绩效目标表", "七 is a fixed reference")]
    public void LintProject_SectionEndingWithoutPunctuationButStructured_CMP05Silent(string text, string reason)
    {
        var section = reason.StartsWith("period", StringComparison.Ordinal) ? NarrativeSection.Period
            : reason.StartsWith("七", StringComparison.Ordinal) ? NarrativeSection.TargetsRef
            : NarrativeSection.AnnualBudgetPlan;

        LintAssert.Silent(Clean.WithNarrative(section, text).Lint(), "CMP-05");
    }

    [Fact]
    public void LintProject_FilingFormWithoutNarrative_CMP05Silent()
    {
        var p = Clean with { Form = FormKind.DistrictFilingForm, Narrative = new Dictionary<NarrativeSection, string>() };

        LintAssert.Silent(p.Lint(), "CMP-05");
    }

    [Fact]
    public void LintProject_MunicipalMissingContactAndComposition_CMP01NamesEachField()
    {
        var p = Clean with { Form = FormKind.MunicipalDeclaration, TemplateId = TemplateCatalog.Municipal2020, Municipal = new MunicipalDetails { ContactName = "张三" } };

        var findings = p.Lint();

        LintAssert.Fires(findings, "CMP-01", Severity.Error, "联系电话为必填项。");
        LintAssert.Fires(findings, "CMP-01", Severity.Error, "项目资金投入构成为必填项。");
        LintAssert.Fires(findings, "CMP-01", Severity.Error, "项目设立的必要性为必填项。");
        Assert.DoesNotContain(findings, f => f.Message == "联系人为必填项。");
    }

    [Fact]
    public void LintProject_ProfileOverridesCmp02_TemplateSeverityReplaced()
    {
        var profile = LintProfile.Default with { SeverityOverrides = new Dictionary<string, Severity> { ["CMP-02"] = Severity.Info } };
        var p = Clean with { Indicators = Clean.Indicators.Where(i => i.Level1 != "满意度指标").ToList() };

        LintAssert.Fires(p.Lint(new LintContext(profile)), "CMP-02", Severity.Info, "缺少一级指标“满意度指标”。");
    }

    [Fact]
    public void LintProject_SelfEvaluationWithoutActual_CMP07AndNoDeclarationRules()
    {
        var p = SelfEvaluation() with { Indicators = SelfEvaluation().Indicators.Select(i => i.Ordinal == 3 ? i with { Actual = T.Empty() } : i).ToList() };

        var findings = p.Lint();

        var hit = LintAssert.Fires(findings, "CMP-07", Severity.Error, "请填写实际完成值。");
        Assert.Equal("设备完好率", hit.Indicator);
        Assert.Equal(3, hit.Row);
        Assert.All(findings, f => Assert.True(RuleCatalog.Get(f.RuleId).Scope.HasFlag(RuleScope.SelfEvaluation), f.RuleId));
    }

    [Fact]
    public void LintProject_SelfEvaluationComplete_CMP07Silent() => LintAssert.Silent(SelfEvaluation().Lint(), "CMP-07");

    [Fact]
    public void LintProject_SelfEvaluationWithoutOutcomeText_CMP07OnOutcome()
    {
        var p = SelfEvaluation() with { Evaluation = SelfEvaluation().Evaluation! with { ActualOutcome = "" } };

        var hit = LintAssert.Fires(p.Lint(), "CMP-07", Severity.Error, "请填写实际完成值。");
        Assert.Equal("实际完成情况", hit.Field);
    }

    private static Project SelfEvaluation() => AsSelfEvaluation(Clean);

    private static Project AsSelfEvaluation(Project p) => p with
    {
        Form = FormKind.SelfEvaluation,
        Indicators = p.Indicators.Select(i => i with { Actual = T.Qual("完成") }).ToList(),
        Evaluation = new SelfEvaluation { Total = new FundRow(300_000m, 300_000m, 290_000m), ActualOutcome = "全年巡检12次。" },
    };
}
