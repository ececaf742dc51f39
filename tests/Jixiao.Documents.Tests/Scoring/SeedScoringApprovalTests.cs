using System.Text;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Layout;
using Jixiao.Domain.Scoring;
using Jixiao.Tests.Shared;

namespace Jixiao.Documents.Tests.Scoring;

/// <summary>
/// Scores of every project of the seed documents under every profile and mode, as an approval file of stable facts:
/// every figure, grade, rule and finding (rule, severity, field, row) of each project and row of the self-evaluation
/// seed under the default profile; under the other profiles, and for the declarations (targets without actuals), the
/// execution score, total, grade, every row score and the findings per rule of each project.
/// </summary>
public class SeedScoringApprovalTests
{
    [Fact]
    public void Score_SeedProjectsEveryProfileAndMode_MatchApprovedScores()
    {
        var o = new StringBuilder(ScoreFacts.Legend);
        var projects = 0;
        foreach (var seed in new[] { Seeds.District2024A, Seeds.District2024B, Seeds.Municipal2020, Seeds.Disclosure2021, Seeds.SelfEvaluation2023 })
        {
            var package = RoundTrip.ImportSeed(seed).Package;
            foreach (var profile in RuleProfiles.BuiltInProfiles)
                foreach (var mode in new[] { ScoringMode.Live, ScoringMode.Historical })
                    for (var i = 0; i < package.Projects.Count; i++)
                    {
                        var score = Scorer.Score(package.Projects[i], profile, mode);
                        if (seed == Seeds.SelfEvaluation2023 && profile == RuleProfiles.ShDistrict) ScoreFacts.Append(o, $"{seed[..3]} {i} {profile.Tag} {mode}", score);
                        else ScoreFacts.AppendSummary(o, $"{seed[..3]} {i} {profile.Tag} {mode}", score);
                    }
            projects += package.Projects.Count;
        }
        Assert.True(projects >= 5, $"only {projects} seed projects imported");
        Approval.Verify("scoring-seeds", o.ToString());
    }
}
