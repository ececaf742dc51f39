using System.Globalization;
using System.Text;
using Jixiao.Domain.Scoring;
using Jixiao.Tests.Shared;

namespace Jixiao.Domain.Tests.Scoring.Golden;

/// <summary>
/// Scores of a generated batch (fixed seed) under every profile and mode, as an approval file of stable facts: every
/// figure, rule and finding of twelve projects, the computed total and grade of the first hundred under each, and per
/// profile and mode the sums and counts over the whole batch. A changed score anywhere moves a total or a sum.
/// </summary>
public class ScoringApprovalTests
{
    private const int Detailed = 12;

    private const int Totalled = 100;

    private static readonly ScoringMode[] Modes = [ScoringMode.Live, ScoringMode.Historical];

    [Fact]
    public void Score_GeneratedBatchEveryProfileAndMode_MatchesApprovedScores()
    {
        var batch = GoldenBatch.Build();
        var runs = RuleProfiles.BuiltInProfiles.SelectMany(p => Modes.Select(m => (Profile: p, Mode: m, Scores: batch.Select(x => Scorer.Score(x, p, m)).ToList()))).ToList();
        var o = new StringBuilder(ScoreFacts.Legend);

        // Project i in full under run i mod 6: every profile and mode twice.
        for (var i = 0; i < Detailed; i++)
        {
            var run = runs[i % runs.Count];
            ScoreFacts.Append(o, $"{i} {run.Profile.Tag} {run.Mode}", run.Scores[i]);
        }

        o.Append("## total and grade of the first ").Append(Totalled.ToString(CultureInfo.InvariantCulture)).Append(" projects: ").AppendJoin(" | ", runs.Select(r => $"{r.Profile.Tag} {r.Mode}")).Append('\n');
        for (var i = 0; i < Totalled; i++)
            o.Append(i.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .AppendJoin(" | ", runs.Select(r => ScoreFacts.D(r.Scores[i].ComputedTotal) + " " + r.Scores[i].ComputedGrade)).Append('\n');

        foreach (var run in runs) ScoreFacts.AppendAggregate(o, $"{run.Profile.Tag} {run.Mode}", run.Scores);

        Approval.Verify("scoring-generated-batch", o.ToString());
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
