using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Review.Narrative;

namespace Jixiao.Domain.Tests.Review;

/// <summary>Extraction and lint never throw on real or mangled text (seed documents, cut at arbitrary places).</summary>
public class RobustnessTests
{
    private static string SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }

        throw new DirectoryNotFoundException("tests/fixtures/seeds not found above the test output directory.");
    }

    public static TheoryData<string> SeedFiles => new(Directory.GetFiles(SeedDirectory(), "*.txt").Select(Path.GetFileName).OfType<string>().Order());

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Extractors_WholeSeedDocumentAndSlices_NeverThrow(string file)
    {
        var text = File.ReadAllText(Path.Combine(SeedDirectory(), file));
        var random = new Random(file.Length);

        for (var i = 0; i < 200; i++)
        {
            var start = random.Next(text.Length);
            var slice = text.Substring(start, Math.Min(text.Length - start, random.Next(1, 400)));
            // Invariant: every amount points at its own text in the source.
            Assert.All(NarrativeAmounts.Extract(slice), a =>
                Assert.Equal(a.Text, string.Concat(slice.Substring(a.Index, a.Length).Where(c => !char.IsWhiteSpace(c)))));
            _ = NarrativeAmounts.ExtractPercentStatements(slice);
            _ = NarrativeAmounts.ExtractQuantityPrice(slice);
            _ = NarrativeAmounts.ExtractShares(slice);
            _ = NarrativePeriods.Extract(slice);
            _ = NarrativePeriods.ExtractYearRanges(slice);
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void LintProject_SeedDocumentAsEveryNarrativeSection_NeverThrows(string file)
    {
        var text = File.ReadAllText(Path.Combine(SeedDirectory(), file));
        var narrative = Enum.GetValues<NarrativeSection>().ToDictionary(s => s, _ => text);
        var p = TestProjects.Clean with { Narrative = narrative, AnnualGoal = text, OverallGoal = text, Name = text[..Math.Min(60, text.Length)] };

        var findings = p.Lint(LintContext.Default with { Mode = LintMode.Historical });

        Assert.All(findings, f => Assert.False(f.Blocks));
        Assert.All(findings, f => Assert.DoesNotContain("{", f.Message, StringComparison.Ordinal));
    }
}
