using System.Text.RegularExpressions;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

public class CatalogueCoverageTests
{
    /// <summary>Unit-scope rules are exercised through LintPackage in <see cref="PackageAndModeTests"/>.</summary>
    private static readonly string[] PackageTested = ["MNY-06", "DUP-03", "OP-05"];

    [Fact]
    public void RuleCatalog_EveryRule_HasAFailingProjectCaseOrPackageTest()
    {
        var covered = new[] { CompletenessTests.Cases, CategoryAndQuantificationTests.Cases, UnitAndOperatorTests.Cases, MoneyTests.Cases, DatesDuplicatesTextTests.Cases }
            .SelectMany(c => c.Values)
            .Select(c => c.RuleId)
            .Concat(PackageTested)
            .ToHashSet();

        var uncovered = RuleCatalog.All.Select(r => r.Id).Where(id => !covered.Contains(id)).ToList();

        Assert.True(uncovered.Count == 0, string.Join(", ", uncovered));
    }

    [Fact]
    public void RuleCatalog_EveryVariant_HasAFailingCaseWithItsSeverity()
    {
        var cases = new[] { CompletenessTests.Cases, CategoryAndQuantificationTests.Cases, UnitAndOperatorTests.Cases, MoneyTests.Cases, DatesDuplicatesTextTests.Cases }
            .SelectMany(c => c.Values)
            .ToList();

        Assert.All(RuleCatalog.All.SelectMany(r => r.Variants.Select(v => (r.Id, v.Value.Severity, v.Value.Message.Zh))), v =>
        {
            // The message template as a pattern: placeholders match any text.
            var pattern = "^" + Regex.Replace(Regex.Escape(v.Zh), @"\\\{\w+}", ".+") + "$";
            Assert.Contains(cases, c => c.RuleId == v.Id && c.Severity == v.Severity && Regex.IsMatch(c.Message, pattern));
        });
    }
}
