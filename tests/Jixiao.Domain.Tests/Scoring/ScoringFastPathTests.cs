using Jixiao.Domain.Scoring;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>The scorer's allocation-free shortcuts answer exactly as the general code they stand in for.</summary>
public class ScoringFastPathTests
{
    [Fact]
    public void WhiteSpace_EveryChar_SameAsCharIsWhiteSpace()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(char.IsWhiteSpace(c) == DirectionRules.WhiteSpace.Contains(c), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("产出指标", "产出")]
    [InlineData("产出 指标", "产出")]
    [InlineData("成本指标", "产出")]
    [InlineData("指标", "")]
    [InlineData(" ", "")]
    [InlineData("效益", "效益指标")]
    [InlineData("满意度指标 ", "满意度")]
    public void SameLabelKey_Pairs_SameAsLabelKeyEquality(string a, string b) =>
        Assert.Equal(IndicatorTemplate.LabelKey(a) == IndicatorTemplate.LabelKey(b), SelfEvaluationChecks.SameLabelKey(a, b));
}
