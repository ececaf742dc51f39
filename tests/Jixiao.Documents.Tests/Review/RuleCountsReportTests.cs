using System.Globalization;
using System.Text;
using Jixiao.Domain.Review;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Review;

/// <summary>
/// Per rule, how many findings `jixiao lint` reports (<see cref="DocumentReview.Findings"/>, by severity) on seeds 000
/// and 001 (the two the issue read by hand), on all five seeds and on the 30 dev-corpus imports. A rule that gets
/// noisier or quieter changes a count line, so a precision change is read as a diff with the figures before and after.
/// </summary>
public class RuleCountsReportTests
{
    [Fact]
    public void Findings_PerRuleOnSeedsAndDevCorpus_MatchApprovedCounts()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Findings: Lint(Path.GetFileName(f), File.ReadAllText(f, Encoding.UTF8))))
            .ToList();
        var corpus = Directory.GetFiles(Path.Combine(RepositoryFiles.RepositoryRoot, "tests", "fixtures", "devcorpus"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => Lint(Path.GetFileName(f), WithoutSourceLine(File.ReadAllText(f, Encoding.UTF8))))
            .ToList();
        Assert.Equal(5, seeds.Count);
        Assert.Equal(30, corpus.Count);

        var columns = new (string Name, IReadOnlyList<Finding> Findings)[]
        {
            ("seed 000", seeds[0].Findings),
            ("seed 001", seeds[1].Findings),
            ("5 seeds", seeds.SelectMany(s => s.Findings).ToList()),
            ("devcorpus", corpus.SelectMany(c => c).ToList()),
        };
        var o = new StringBuilder("# findings per rule as E/W/I (error/warning/info), as `jixiao lint` reports them\n");
        o.Append("rule\t").Append(string.Join('\t', columns.Select(c => c.Name))).Append('\n');
        var rules = columns.SelectMany(c => c.Findings).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal);
        foreach (var rule in rules)
            o.Append(rule).Append('\t').Append(string.Join('\t', columns.Select(c => Counts(c.Findings.Where(f => f.RuleId == rule))))).Append('\n');
        o.Append("all\t").Append(string.Join('\t', columns.Select(c => Counts(c.Findings)))).Append('\n');

        Approval.Verify("rule-counts", o.ToString());
    }

    private static IReadOnlyList<Finding> Lint(string file, string text) =>
        DocumentImporter.ImportBytes(file, Encoding.UTF8.GetBytes(text)).Document is ImportedDocument d ? DocumentReview.Findings(d) : [];

    // The dev corpus keeps where a document came from on a first `source:` line; `jixiao import` never sees it.
    private static string WithoutSourceLine(string text) =>
        text.StartsWith("source:", StringComparison.Ordinal) && text.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? text[(nl + 1)..] : text;

    private static string Counts(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return string.Join('/', new[] { Severity.Error, Severity.Warning, Severity.Info }
            .Select(s => list.Count(f => f.Severity == s).ToString(CultureInfo.InvariantCulture)));
    }
}
