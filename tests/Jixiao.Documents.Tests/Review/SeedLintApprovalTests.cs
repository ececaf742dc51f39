using System.Globalization;
using System.Text;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Review;

/// <summary>
/// The findings over the imported seeds, and over projects recombined from them, as approval files of stable facts
/// (rule, severity, field, row, project). Recombining (one seed's header, another's narrative, a third's rows, other
/// budget years) puts the seeds' real sentences in front of rules they did not meet in their own form.
/// </summary>
public class SeedLintApprovalTests
{
    private static readonly Lazy<IReadOnlyList<ImportedDocument>> Seeds = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => DocumentImporter.ImportBytes(Path.GetFileName(f), File.ReadAllBytes(f)).Document)
            .OfType<ImportedDocument>()
            .ToList());

    [Fact]
    public void LintPackage_Seeds_MatchesApprovedFindings()
    {
        var o = new StringBuilder(FindingFacts.DetailHeader).Append('\n');
        foreach (var document in Seeds.Value)
        {
            FindingFacts.AppendDetail(o, document.File[..3] + "#live", Linter.LintPackage(document.Package, LintContext.Default), withProject: true);
            FindingFacts.AppendDetail(o, document.File[..3] + "#historical",
                Linter.LintPackage(document.Package, new LintContext(LintProfile.Default, LintMode.Historical)), withProject: true);
        }

        Approval.Verify("lint-seeds", o.ToString());
    }

    [Fact]
    public void LintProject_RecombinedSeedProjects_MatchesApprovedFindings()
    {
        var projects = Seeds.Value.SelectMany(d => d.Package.Projects).ToList();
        Assert.True(projects.Count >= 5, $"only {projects.Count} seed projects imported");
        var rng = new Random(6);
        var runs = new List<(string Key, IReadOnlyList<Finding> Findings)>();
        for (var i = 0; i < 400; i++)
        {
            var header = projects[rng.Next(projects.Count)];
            var narrative = projects[rng.Next(projects.Count)];
            var rows = projects[rng.Next(projects.Count)].Indicators;
            var extra = projects[rng.Next(projects.Count)].Indicators;
            var project = header with
            {
                Form = rng.Next(3) == 0 ? projects[rng.Next(projects.Count)].Form : header.Form,
                Narrative = rng.Next(4) == 0 ? header.Narrative : narrative.Narrative,
                NarrativeTitle = narrative.NarrativeTitle,
                AnnualGoal = rng.Next(2) == 0 ? header.AnnualGoal : narrative.AnnualGoal,
                OverallGoal = rng.Next(2) == 0 ? header.OverallGoal : narrative.OverallGoal,
                Indicators = rows.Concat(extra.Take(rng.Next(extra.Count + 1))).Select((r, n) => r with { Ordinal = n + 1 }).ToList(),
                Funds = rng.Next(3) == 0 ? narrative.Funds : header.Funds,
            };
            var year = rng.Next(4) switch { 0 => (int?)null, 1 => 2023, 2 => 2024, _ => 2025 };
            runs.Add(("r" + i.ToString(CultureInfo.InvariantCulture), Linter.LintProject(project, new LintContext(LintProfile.Default, LintMode.Live, year))));
        }

        const int detailed = 8, counted = 100;
        var o = new StringBuilder();
        o.Append("## every finding of the first ").Append(detailed).Append(" recombined projects\n").Append(FindingFacts.DetailHeader).Append('\n');
        foreach (var (key, findings) in runs.Take(detailed)) FindingFacts.AppendDetail(o, key, findings);
        o.Append("## findings per rule of the first ").Append(counted).Append(" recombined projects\n").Append(FindingFacts.CountHeader).Append('\n');
        foreach (var (key, findings) in runs.Take(counted)) FindingFacts.AppendCounts(o, key, findings);
        o.Append("## totals over all ").Append(runs.Count).Append(" recombined projects\n");
        FindingFacts.AppendTotals(o, runs.SelectMany(r => r.Findings));

        Approval.Verify("lint-recombined-seeds", o.ToString());
    }
}
