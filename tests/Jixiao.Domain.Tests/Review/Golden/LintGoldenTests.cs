using System.Globalization;
using System.Text;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review.Golden;

/// <summary>The findings over a generated sample stay exactly those recorded before the lint was made faster.</summary>
public class LintGoldenTests
{
    [Theory]
    [InlineData(LintMode.Live, 300, "generated-projects-live.txt")]
    [InlineData(LintMode.Historical, 60, "generated-projects-historical.txt")]
    public void LintProject_GeneratedSample_MatchesRecordedFindings(LintMode mode, int count, string file)
    {
        var text = new StringBuilder();
        var projects = GeneratedProjects.Projects(count, seed: 6);
        for (var i = 0; i < projects.Count; i++)
        {
            GoldenFindings.Append(text, $"p{i}", Linter.LintProject(projects[i], new LintContext(LintProfile.Default, mode)));
            GoldenFindings.Append(text, $"p{i}@2025", Linter.LintProject(projects[i], new LintContext(LintProfile.Default, mode, 2025)));
        }

        GoldenFindings.AssertMatches(file, text.ToString());
    }

    [Fact]
    public void LintPackage_GeneratedPackages_MatchesRecordedFindings()
    {
        var text = new StringBuilder();
        var packages = GeneratedProjects.Packages(60, seed: 7);
        for (var i = 0; i < packages.Count; i++)
            GoldenFindings.Append(text, "u" + i.ToString(CultureInfo.InvariantCulture), Linter.LintPackage(packages[i], LintContext.Default));

        GoldenFindings.AssertMatches("generated-packages.txt", text.ToString());
    }
}
