using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

public class LinterBaselineTests
{
    [Fact]
    public void LintProject_CleanDeclaration_HasNoFindings()
    {
        var findings = TestProjects.Clean.Lint();

        Assert.True(findings.Count == 0, string.Join(" | ", findings.Select(f => $"{f.RuleId} {f.Message} {f.Evidence}")));
    }

    [Fact]
    public void RuleCatalog_EveryLintFamilyRule_HasChineseAndEnglishMessages()
    {
        var families = new[] { "CMP", "CAT", "QNT", "UNIT", "OP", "MNY", "RNG", "DATE", "DUP", "TXT" };

        Assert.All(RuleCatalog.All, r =>
        {
            Assert.Contains(r.Family, families);
            Assert.False(string.IsNullOrWhiteSpace(r.Message.Zh));
            Assert.False(string.IsNullOrWhiteSpace(r.Message.En));
        });
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("CMP-01", Severity.Error)]
    [InlineData("CMP-05", Severity.Warning)]
    [InlineData("QNT-04", Severity.Info)]
    [InlineData("MNY-06", Severity.Error)]
    [InlineData("OP-05", Severity.Info)]
    [InlineData("TXT-01", Severity.Warning)]
    public void RuleCatalog_Get_ReturnsSpecDefaultSeverity(string id, Severity expected) =>
        Assert.Equal(expected, RuleCatalog.Get(id).DefaultSeverity);
}
