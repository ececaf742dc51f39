using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>The rule code beside an explanation is the rule id only; the internal variant name stays off the page.</summary>
public sealed class ScoreNarrativeCodeTests
{
    [Theory]
    [InlineData("SC-13/TemplateRatio", "SC-13")]
    [InlineData("SC-10/Comparison", "SC-10")]
    [InlineData("SC-13/TemplateRatio+SC-41/Deduct", "SC-13")]
    [InlineData("SC-12", "SC-12")]
    public void Code_RuleWithVariant_IsTheRuleId(string rule, string code) => Assert.Equal(code, ScoreNarrative.Code(rule));
}
