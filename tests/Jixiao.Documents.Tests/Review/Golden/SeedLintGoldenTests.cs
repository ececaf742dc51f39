using System.Globalization;
using System.Text;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Tests.Review.Golden;

namespace Jixiao.Documents.Tests.Review.Golden;

/// <summary>
/// The findings over the imported seeds, and over projects recombined from them, stay exactly those recorded before
/// the lint was made faster (issue 6). Recombining (one seed's header, another's narrative, a third's rows, other
/// budget years) puts the seeds' real sentences in front of rules they did not meet in their own form.
/// </summary>
public class SeedLintGoldenTests
{
    private static readonly Lazy<IReadOnlyList<ImportedDocument>> Seeds = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => DocumentImporter.ImportBytes(Path.GetFileName(f), File.ReadAllBytes(f)).Document)
            .OfType<ImportedDocument>()
            .ToList());

    [Fact]
    public void LintPackage_Seeds_MatchesRecordedFindings()
    {
        var text = new StringBuilder();
        foreach (var document in Seeds.Value)
        {
            GoldenFindings.Append(text, document.File + "#live", Linter.LintPackage(document.Package, LintContext.Default));
            GoldenFindings.Append(text, document.File + "#historical",
                Linter.LintPackage(document.Package, new LintContext(LintProfile.Default, LintMode.Historical)));
        }

        GoldenFindings.AssertMatches("seeds.txt", text.ToString());
    }

    [Fact]
    public void LintProject_RecombinedSeedProjects_MatchesRecordedFindings()
    {
        var projects = Seeds.Value.SelectMany(d => d.Package.Projects).ToList();
        Assert.True(projects.Count >= 5, $"only {projects.Count} seed projects imported");
        var rng = new Random(6);
        var text = new StringBuilder();
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
            GoldenFindings.Append(text, "r" + i.ToString(CultureInfo.InvariantCulture),
                Linter.LintProject(project, new LintContext(LintProfile.Default, LintMode.Live, year)));
        }

        GoldenFindings.AssertMatches("recombined-seeds.txt", text.ToString());
    }
}
