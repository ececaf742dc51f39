using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Tests.Review.TestProjects;

namespace Jixiao.Domain.Tests.Review;

/// <summary>The administrator's rule settings laid over the lint profile (issue 18).</summary>
public sealed class RuleSettingTests
{
    // OP-03 fires as its "full" variant (=100%, info) and as itself (=85%, warning).
    private static readonly Project Rates = Clean.Adding(
        Row(9, "产出指标", "质量指标", "验收合格率", T.Eq(100m, "%")), Row(10, "效益指标", "社会效益指标", "群众知晓率", T.Eq(85m, "%")));

    [Fact]
    public void Apply_Severity_CoversTheRuleAndItsVariants()
    {
        // The "full" variant is off by default (ADR-043); switched on here so the rule has two variants to cover.
        var withFull = LintProfile.Default with { ReportFullRateEquals = true };
        var profile = RuleSetting.Apply(withFull, [new RuleSetting("OP-03", Severity.Error, Off: false)]);

        var op03 = Rates.Lint(new LintContext(profile)).Where(f => f.RuleId == "OP-03").ToList();

        Assert.Equal([Severity.Info, Severity.Warning], Rates.Lint(new LintContext(withFull)).Where(f => f.RuleId == "OP-03").Select(f => f.Severity).Order());
        Assert.Equal(2, op03.Count);
        Assert.All(op03, f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void Apply_Off_RuleEmitsNothing_UnknownIdIgnored()
    {
        var profile = RuleSetting.Apply(LintProfile.Default, [new RuleSetting("OP-03", null, Off: true), new RuleSetting("OLD-99", null, Off: true)]);

        Assert.DoesNotContain(Rates.Lint(new LintContext(profile)), f => f.RuleId == "OP-03");
        Assert.Equal(["OP-03"], profile.OffRules);
    }

    [Theory]
    [InlineData("OP-03", null)]
    [InlineData("OP-99", "没有编号为“OP-99”的审核规则。")]
    [InlineData(null, "没有编号为“”的审核规则。")]
    public void Error_UnknownRuleRefused(string? ruleId, string? expected) => Assert.Equal(expected, RuleSetting.Error(ruleId, Severity.Info));

    [Fact]
    public void Error_SeverityOutsideTheThree_Refused() => Assert.Equal("请选择错误、警告或提示。", RuleSetting.Error("OP-03", (Severity)7));
}
