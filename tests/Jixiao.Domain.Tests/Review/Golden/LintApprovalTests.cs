using System.Globalization;
using System.Text;
using Jixiao.Domain.Review;
using Jixiao.Tests.Shared;

namespace Jixiao.Domain.Tests.Review.Golden;

/// <summary>
/// The findings over generated projects and packages (fixed seeds), as approval files of stable facts: every finding
/// (rule, severity, field, row) of the first runs, the count per rule and severity of more runs, and the totals per rule
/// and severity over the whole sample. A finding that appears or disappears anywhere changes a total; in the first runs
/// it changes a count or a detail line too, which says where.
/// </summary>
public class LintApprovalTests
{
    [Theory]
    [InlineData(LintMode.Live, 300, "lint-generated-live")]
    [InlineData(LintMode.Historical, 60, "lint-generated-historical")]
    public void LintProject_GeneratedSample_MatchesApprovedFindings(LintMode mode, int count, string name)
    {
        var projects = GeneratedProjects.Projects(count, seed: 6);
        var runs = new List<(string Key, IReadOnlyList<Finding> Findings)>();
        for (var i = 0; i < projects.Count; i++)
        {
            var key = "p" + i.ToString(CultureInfo.InvariantCulture);
            runs.Add((key, Linter.LintProject(projects[i], new LintContext(LintProfile.Default, mode))));
            runs.Add((key + "@2025", Linter.LintProject(projects[i], new LintContext(LintProfile.Default, mode, 2025))));
        }

        Approval.Verify(name, Render(runs, detailed: 12, counted: 80, withProject: false));
    }

    [Fact]
    public void LintPackage_GeneratedPackages_MatchesApprovedFindings()
    {
        var packages = GeneratedProjects.Packages(60, seed: 7);
        var runs = packages.Select((p, i) => ("u" + i.ToString(CultureInfo.InvariantCulture), Linter.LintPackage(p, LintContext.Default))).ToList();

        Approval.Verify("lint-generated-packages", Render(runs, detailed: 6, counted: 30, withProject: true));
    }

    private static string Render(IReadOnlyList<(string Key, IReadOnlyList<Finding> Findings)> runs, int detailed, int counted, bool withProject)
    {
        var o = new StringBuilder();
        o.Append("## every finding of the first ").Append(detailed.ToString(CultureInfo.InvariantCulture)).Append(" runs\n").Append(FindingFacts.DetailHeader).Append('\n');
        foreach (var (key, findings) in runs.Take(detailed)) FindingFacts.AppendDetail(o, key, findings, withProject);
        o.Append("## findings per rule of the first ").Append(counted.ToString(CultureInfo.InvariantCulture)).Append(" runs\n").Append(FindingFacts.CountHeader).Append('\n');
        foreach (var (key, findings) in runs.Take(counted)) FindingFacts.AppendCounts(o, key, findings);
        o.Append("## totals over ").Append(runs.Count.ToString(CultureInfo.InvariantCulture)).Append(" runs\n");
        FindingFacts.AppendTotals(o, runs.SelectMany(r => r.Findings));
        return o.ToString();
    }
}
