using System.Text;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Layout;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Tests.Scoring.Golden;

namespace Jixiao.Documents.Tests.Scoring;

/// <summary>
/// Scores, trails and findings of every project of the seed documents under every profile and mode, compared line by
/// line with the output recorded before the scorer was optimised (fixtures/scoring/seeds.txt.gz).
/// </summary>
public class SeedScoringGoldenTests
{
    [Fact]
    public void Score_SeedProjectsEveryProfileAndMode_MatchRecordedOutput()
    {
        var o = new StringBuilder();
        var projects = 0;
        foreach (var seed in new[] { Seeds.District2024A, Seeds.District2024B, Seeds.Municipal2020, Seeds.Disclosure2021, Seeds.SelfEvaluation2023 })
        {
            var package = RoundTrip.ImportSeed(seed).Package;
            foreach (var profile in RuleProfiles.All)
                foreach (var mode in new[] { ScoringMode.Live, ScoringMode.Historical })
                    for (var i = 0; i < package.Projects.Count; i++)
                        ScoreRendering.Render(o, $"{seed} {i} {profile.Tag} {mode}", Scorer.Score(package.Projects[i], profile, mode));
            projects += package.Projects.Count;
        }
        Assert.True(projects >= 5, $"only {projects} seed projects imported");
        GoldenFile.Check("seeds.txt.gz", o.ToString());
    }
}
