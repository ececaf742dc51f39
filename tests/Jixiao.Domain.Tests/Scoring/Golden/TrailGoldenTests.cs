using System.Text;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.Scoring.Golden;

/// <summary>
/// Scores, trails and findings of a generated batch under every profile and mode, compared line by line with the
/// output recorded before the scorer was optimised (fixtures/scoring/generated-batch.txt.gz): optimisations must
/// not change a character of what the scorer explains.
/// </summary>
public class TrailGoldenTests
{
    [Fact]
    public void Score_GeneratedBatchEveryProfileAndMode_MatchesRecordedOutput()
    {
        var batch = GoldenBatch.Build();
        var o = new StringBuilder();
        foreach (var profile in RuleProfiles.All)
            foreach (var mode in new[] { ScoringMode.Live, ScoringMode.Historical })
                for (var i = 0; i < batch.Count; i++)
                    ScoreRendering.Render(o, $"{i} {profile.Tag} {mode}", Scorer.Score(batch[i], profile, mode));
        GoldenFile.Check("generated-batch.txt.gz", o.ToString());
    }

    [Fact]
    public void ScoreRow_GeneratedBatch_EqualsTheRowOfScore()
    {
        foreach (var project in GoldenBatch.Build(60))
        {
            var whole = Scorer.Score(project, RuleProfiles.ShDistrict, ScoringMode.Live);
            for (var k = 0; k < project.Indicators.Count; k++)
            {
                var row = Scorer.ScoreRow(project, project.Indicators[k], RuleProfiles.ShDistrict, ScoringMode.Live);
                Assert.Equal(whole.Rows[k].Trail, row.Trail);
                Assert.Equal(whole.Rows[k].Findings, row.Findings);
                Assert.Equal(whole.Rows[k].Score, row.Score);
            }
        }
    }
}
