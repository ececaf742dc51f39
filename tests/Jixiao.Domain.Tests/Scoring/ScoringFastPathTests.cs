using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Tests.Scoring.Golden;

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

    [Fact]
    public void IsDropped_EveryChar_WhiteSpaceOrComparatorCharacter()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True((char.IsWhiteSpace(c) || "=＝≥≤<>＜＞$".IndexOf(c) >= 0) == IndicatorScorer.IsDropped(c), $"U+{(int)c:X4}");
    }

    [Fact]
    public void RepeatsTarget_SeedStringPairs_SameAsNormalisedTextComparison()
    {
        var strings = GoldenBatch.SeedStrings().Concat(["", "  ", "≥", "$\\geq$ 90%", "\\geq 90%", "90 %", "健全 、规范", "健全、规范\u3000"]).ToList();
        var targets = strings.Select(s => TargetParser.Parse(s)).ToList();
        var actuals = strings.Select(s => TargetParser.ParseActual(s)).ToList();
        foreach (var target in targets)
            foreach (var actual in actuals)
                Assert.True(Reference(target, actual) == IndicatorScorer.RepeatsTarget(target, actual), $"{target.OriginalText} / {actual.OriginalText}");
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

    // The comparison as first written (IndicatorScorer before the fast path).
    private static bool Reference(TargetValue target, TargetValue? actual)
    {
        if (actual is null || actual.Kind == TargetKind.Empty) return false;
        var t = Normalise(target.Canonical.Length > 0 ? target.Canonical : target.OriginalText);
        return t.Length > 0 && (t == Normalise(actual.Canonical) || t == Normalise(actual.OriginalText));
    }

    private static string Normalise(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && "=＝≥≤<>＜＞$".IndexOf(c) < 0))
            .Replace("\\geq", "", StringComparison.Ordinal).Replace("\\leq", "", StringComparison.Ordinal);
}
