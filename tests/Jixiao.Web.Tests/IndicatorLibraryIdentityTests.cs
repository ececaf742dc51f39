using Jixiao.Domain.Projects;
using Jixiao.Web.Services;

namespace Jixiao.Web.Tests;

/// <summary>
/// What the 指标库 and the year-over-year comparison count as "the same indicator": the domain's
/// <see cref="IndicatorIdentity"/> (its cases are in the domain tests), stored within the column lengths.
/// </summary>
public sealed class IndicatorLibraryIdentityTests
{
    [Theory]
    [InlineData("用户满意度", "用户 满意度", true, "spaces inside a name are not part of it")]
    [InlineData("系统可用率（%）", "系统可用率(%)", true, "full-width and half-width brackets agree (NFKC)")]
    [InlineData("用户满意度", "群众满意度", false, "a different name is a different indicator")]
    public void Key_NameVariants_SameEntryOnlyWhenNormalisedNamesAgree(string a, string b, bool same, string reason) =>
        Assert.True(same == (IndicatorLibrary.Key(a, "满意度指标", "服务对象满意度指标") == IndicatorLibrary.Key(b, "满意度指标", "服务对象满意度指标")), reason);

    [Theory]
    [InlineData("产出指标", "数量指标", "产出指标", "质量指标", false, "same name under another level-2 is another entry")]
    [InlineData("产出指标", "数量指标", "效益指标", "数量指标", false, "same name under another level-1 is another entry")]
    [InlineData("产出指标", "数量指标", "产出", "数量", true, "a 2020 form's 产出/数量 is the 2024 form's 产出指标/数量指标 (ADR-012)")]
    public void Key_Categories_AsTemplateLabels(string l1a, string l2a, string l1b, string l2b, bool same, string reason) =>
        Assert.True(same == (IndicatorLibrary.Key("完成率", l1a, l2a) == IndicatorLibrary.Key("完成率", l1b, l2b)), reason);

    [Fact]
    public void Key_OverlongName_IsClippedToTheColumnLength()
    {
        var identity = IndicatorLibrary.Key(new string('指', IndicatorLibrary.NameLength + 30), "产出指标", "数量指标");
        Assert.Equal(IndicatorLibrary.NameLength, identity.Name.Length);
    }
}
