using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Review;
using Jixiao.Domain.Tests.Scoring;

namespace Jixiao.Domain.Tests.Projects;

/// <summary>
/// "The same indicator" (ADR-012), one definition for the 指标库, DUP-01/02/03 and SE-17: names after target-grammar.md §2
/// normalisation (NFKC, whitespace removed, case kept), categories as template labels (`X指标` ≡ `X`).
/// </summary>
public class IndicatorIdentityTests
{
    public static TheoryData<string, string, bool, string> Names => new()
    {
        { "用户满意度", "用户 满意度", true, "spaces inside a name (PDF/table extraction) are not part of it" },
        { "用户满意度", "\t用户满意度\u3000", true, "tabs and the ideographic space are whitespace too" },
        { "系统可用率（%）", "系统可用率(%)", true, "full-width and half-width brackets agree (NFKC)" },
        { "Ｗｅｂ访问量", "Web访问量", true, "full-width Latin letters fold to ASCII" },
        { "用户满意度", "群众满意度", false, "a different name is a different indicator" },
        { "APP下载量", "app下载量", false, "case is kept, as §2 keeps it (DUP used to fold it: ADR-012)" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Of_NameVariants_SameOnlyWhenNormalisedNamesAgree(string a, string b, bool same, string reason) =>
        Assert.True(same == (IndicatorIdentity.Of(a, "满意度指标", "服务对象满意度指标") == IndicatorIdentity.Of(b, "满意度指标", "服务对象满意度指标")), reason);

    [Theory]
    [InlineData("产出指标", "数量指标", "产出", "数量", true, "2020 labels carry no 指标 suffix (forms.md §8): the same category")]
    [InlineData("产出 指标", "数量指标", "产出指标", "数量 指标", true, "whitespace in a label is not part of it")]
    [InlineData("产出指标", "数量指标", "产出指标", "质量指标", false, "same name under another level-2 is another indicator")]
    [InlineData("产出指标", "数量指标", "效益指标", "数量指标", false, "same name under another level-1 is another indicator")]
    public void Of_Categories_CompareAsTemplateLabels(string l1a, string l2a, string l1b, string l2b, bool same, string reason) =>
        Assert.True(same == (IndicatorIdentity.Of("完成率", l1a, l2a) == IndicatorIdentity.Of("完成率", l1b, l2b)), reason);

    [Theory]
    [InlineData("用户 满意度（%）")]
    [InlineData("Ｗｅｂ 访问量")]
    [InlineData("")]
    public void NameKey_IsIdempotent(string name) =>
        Assert.Equal(IndicatorIdentity.NameKey(name), IndicatorIdentity.NameKey(IndicatorIdentity.NameKey(name)));

    [Theory]
    [MemberData(nameof(Names))]
    public void Dup01_FiresExactlyForTheSameName(string a, string b, bool same, string reason)
    {
        var p = TestProjects.Clean.Adding(
            TestProjects.Row(8, "满意度指标", "服务对象满意度指标", a, T.Ge(95m, "%")),
            TestProjects.Row(9, "满意度指标", "服务对象满意度指标", b, T.Ge(95m, "%")));
        Assert.True(same == p.Lint().Any(f => f.RuleId == "DUP-01"), reason);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Se17_MatchesRowsExactlyForTheSameIndicator(string a, string b, bool same, string reason)
    {
        var approved = Form.Project(null, Form.Row(a, Tv.Quant(Comparator.Ge, 95m, "%"), null, 10m, level1: "满意度指标", level2: "服务对象满意度指标"));
        var evaluated = Form.Project(null, Form.Row(b, Tv.Quant(Comparator.Ge, 95m, "%"), Tv.Actual(96m, "%"), 10m, level1: "满意度", level2: "服务对象满意度"));
        Assert.True(same == (SelfEvaluationChecks.CompareWithApproved(evaluated, approved).Count == 0), reason);
    }
}
