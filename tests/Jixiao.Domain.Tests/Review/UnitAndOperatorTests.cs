using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

public class UnitAndOperatorTests
{
    internal static readonly Dictionary<string, LintCase> Cases = new()
    {
        ["UNIT-02 ≤20.00(万)"] = new(p => p.WithTarget(1, T.Quant(Comparator.Le, 20m, "万", "≤20.00(万)", ParseNote.IncompleteUnit)),
            "UNIT-02", Severity.Warning, "计量单位“万”不完整（万元？万人次？）。"),
        ["UNIT-03 money under 数量指标"] = new(p => p.Adding(Row(9, "产出指标", "数量指标", "全年发放工资薪酬", T.Eq(139.20m, "万元"))),
            "UNIT-03", Severity.Warning, "“全年发放工资薪酬”的单位“万元”与类别不符。"),
        ["UNIT-03 count under 时效指标"] = new(p => p.WithTarget(4, T.Le(4m, "次")),
            "UNIT-03", Severity.Warning, "“故障响应时长”的单位“次”与类别不符。"),
        ["UNIT-03 count under 成本指标"] = new(p => p.WithTarget(1, T.Le(3m, "台")),
            "UNIT-03", Severity.Warning, "“设备维护成本”的单位“台”与类别不符。"),

        ["OP-01 output keyword outside 数量"] = new(p => p.Adding(Row(9, "产出指标", "质量指标", "政策宣传品制作数量", T.Le(200m, "册"))),
            "OP-01", Severity.Warning, "产出数量指标使用“≤”，完成0也达标，应为“≥”或“=”？"),
        ["OP-03 =100(%) when the profile reports it"] = new(p => p.Adding(Row(9, "产出指标", "质量指标", "验收合格率", T.Eq(100m, "%"))),
            "OP-03", Severity.Info, "比率类指标宜用“≥”。", new LintContext(LintProfile.Default with { ReportFullRateEquals = true })),
        ["OP-06 ≥120.00(%)"] = new(p => p.WithTarget(3, T.Ge(120m, "%")), "OP-06", Severity.Warning, "指标值无约束意义。"),
        ["OP-06 ≤100% for a rate"] = new(p => p.WithTarget(3, T.Le(100m, "%")), "OP-06", Severity.Warning, "指标值无约束意义。"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void LintProject_FailingCase_Fires(string name) => LintAssert.Check(Cases[name]);

    [Theory]
    [InlineData("投诉次数", "lower-is-better count: ≤ is right")]
    [InlineData("故障发生率", "rate: ≤ is right")]
    public void LintProject_LowerIsBetterWithLe_OP01Silent(string name, string reason)
    {
        var unit = name.EndsWith('率') ? "%" : "次";
        var p = Clean.Adding(Row(9, "产出指标", "数量指标", name, T.Le(5m, unit)));

        LintAssert.Silent(p.Lint(), "OP-01");
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void LintProject_ReviewerSetReverseDirection_OP01Silent()
    {
        var p = Clean.Adding(Row(9, "产出指标", "数量指标", "培训场次", T.Le(6m, "场")) with { Direction = Direction.Reverse });

        LintAssert.Silent(p.Lint(), "OP-01");
    }

    [Theory]
    [InlineData("日常运维故障修复率", "修复率 suffix overrides 故障")]
    [InlineData("紧急故障处理率", "处理率 suffix overrides 故障")]
    public void LintProject_RateSuffixOverridesLowerIsBetter_OP02Silent(string name, string reason)
    {
        var p = Clean.Adding(Row(9, "产出指标", "质量指标", name, T.Ge(95m, "%")));

        LintAssert.Silent(p.Lint(), "OP-02");
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void LintProject_SameNounInNarrative_UNIT05Silent()
    {
        var p = Clean.Adding(Row(9, "产出指标", "数量指标", "培训人次", T.Ge(200m, "人次"))).WithNarrative(NarrativeSection.Plan, "全年组织设备操作培训 200 人次。");

        LintAssert.Silent(p.Lint(), "UNIT-05");
    }

    [Fact]
    public void LintProject_ProfileOverridesOp01_SeverityReplaced()
    {
        var profile = LintProfile.Default with { SeverityOverrides = new Dictionary<string, Severity> { ["OP-01"] = Severity.Error } };
        var p = Clean.Adding(Row(9, "产出指标", "数量指标", "培训场次", T.Le(6m, "场")));

        LintAssert.Fires(p.Lint(new LintContext(profile)), "OP-01", Severity.Error, "产出数量指标使用“≤”，完成0也达标，应为“≥”或“=”？");
    }

    [Fact]
    public void LintProject_VariantOverride_OnlyTheVariantChanges()
    {
        var profile = LintProfile.Default with { ReportFullRateEquals = true, SeverityOverrides = new Dictionary<string, Severity> { ["OP-03/full"] = Severity.Warning } };
        var p = Clean.Adding(Row(9, "产出指标", "质量指标", "验收合格率", T.Eq(100m, "%")), Row(10, "效益指标", "社会效益指标", "群众知晓率", T.Eq(85m, "%")));

        var findings = p.Lint(new LintContext(profile)).Where(f => f.RuleId == "OP-03").ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }
}
