using Jixiao.Web.Services;

namespace Jixiao.Web.Tests;

/// <summary>What counts as "the same indicator" for the 指标库 and the year-over-year comparison.</summary>
public sealed class IndicatorLibraryIdentityTests
{
    public static TheoryData<string, string, bool, string> Pairs => new()
    {
        { "用户满意度", "用户 满意度", true, "spaces inside a name (PDF/table extraction) are not part of it" },
        { "用户满意度", "\t用户满意度\u3000", true, "tabs and the ideographic space are whitespace too" },
        { "系统可用率（%）", "系统可用率(%)", true, "full-width and half-width brackets agree (NFKC)" },
        { "用户满意度", "群众满意度", false, "a different name is a different indicator" },
        { "Ｗｅｂ访问量", "Web访问量", true, "full-width Latin letters fold to ASCII" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Of_NameVariants_SameIdentityOnlyWhenNormalisedNamesAgree(string a, string b, bool same, string reason)
    {
        var left = IndicatorIdentity.Of(a, "满意度指标", "服务对象满意度指标");
        var right = IndicatorIdentity.Of(b, "满意度指标", "服务对象满意度指标");
        Assert.True(same == (left == right), reason);
    }

    [Theory]
    [InlineData("产出指标", "数量指标", "产出指标", "质量指标", "same name under another level-2 is another entry")]
    [InlineData("产出指标", "数量指标", "效益指标", "数量指标", "same name under another level-1 is another entry")]
    public void Of_DifferentCategories_DifferentIdentity(string l1a, string l2a, string l1b, string l2b, string reason) =>
        Assert.True(IndicatorIdentity.Of("完成率", l1a, l2a) != IndicatorIdentity.Of("完成率", l1b, l2b), reason);

    [Fact]
    public void Of_OverlongName_IsClippedToTheColumnLength()
    {
        var identity = IndicatorIdentity.Of(new string('指', IndicatorIdentity.NameLength + 30), "产出指标", "数量指标");
        Assert.Equal(IndicatorIdentity.NameLength, identity.NormalizedName.Length);
    }
}
