using System.Text.RegularExpressions;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

public class CatalogueCoverageTests
{
    /// <summary>Unit-scope rules are exercised through LintPackage in <see cref="PackageAndModeTests"/>.</summary>
    private static readonly string[] PackageTested = ["MNY-06", "DUP-03", "OP-05"];

    /// <summary>The hand-written failing cases and the findings the examples of review-rules.md raise.</summary>
    private static List<(string RuleId, Severity Severity, string Message)> FailingCases() =>
    [
        .. new[] { CompletenessTests.Cases, CategoryAndQuantificationTests.Cases, UnitAndOperatorTests.Cases, MoneyTests.Cases, DatesDuplicatesTextTests.Cases }
            .SelectMany(c => c.Values).Select(c => (c.RuleId, c.Severity, c.Message)),
        .. ReviewRulesSpec.Declaration.SelectMany(e => ReviewRuleExampleTests.DeclarationOf(e).Lint()
            .Where(f => f.RuleId == e.RuleId && f.Severity == ReviewRuleExampleTests.SeverityOf(e.Severity))
            .Select(f => (f.RuleId, f.Severity, f.Message))),
    ];

    [Fact]
    public void RuleCatalog_EveryRule_HasAFailingProjectCaseOrPackageTest()
    {
        var covered = FailingCases().Select(c => c.RuleId).Concat(PackageTested).ToHashSet();

        var uncovered = RuleCatalog.All.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();

        Assert.True(uncovered.Count == 0, string.Join(", ", uncovered));
    }

    [Fact]
    public void RuleCatalog_EveryVariant_HasAFailingCaseWithItsSeverity()
    {
        var cases = FailingCases();

        Assert.All(RuleCatalog.All.SelectMany(r => r.Variants.Select(v => (r.Id, v.Value.Severity, v.Value.Message.Zh))), v =>
        {
            // The message template as a pattern: placeholders match any text.
            var pattern = "^" + Regex.Replace(Regex.Escape(v.Zh), @"\\\{\w+}", ".+") + "$";
            Assert.Contains(cases, c => c.RuleId == v.Id && c.Severity == v.Severity && Regex.IsMatch(c.Message, pattern));
        });
    }
}
