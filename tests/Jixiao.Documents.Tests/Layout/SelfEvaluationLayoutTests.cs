using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Tests.Layout;

public class SelfEvaluationLayoutTests
{
    private static IEnumerable<(Project Project, ProjectScore Score)> SeedForms() =>
        RoundTrip.ImportSeed(Seeds.SelfEvaluation2023).Package.Projects
            .Select(p => (p, Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Historical)));

    /// <summary>The project as the exported form prints it: computed scores, recomputed 执行率/总分, 预期目标 = approved goal.</summary>
    private static Project AsPrinted(Project p, ProjectScore s)
    {
        var e = p.Evaluation!;
        var expected = e.ExpectedGoal ?? p.AnnualGoal;
        return p with
        {
            AnnualGoal = expected,
            Indicators = p.Indicators.Select((i, k) => i with { Score = s.Rows[k].Score, Weight = s.Rows[k].Weight }).ToList(),
            Evaluation = e with
            {
                ExpectedGoal = expected,
                ExecutionWeight = s.ExecutionWeight,
                PrintedExecutionRate = s.ExecutionRateDisplay / 100m,
                PrintedExecutionScore = SelfEvaluationLayout.CountedExecutionScore(s),
                PrintedWeightTotal = SelfEvaluationLayout.WeightTotal(s),
                PrintedTotal = s.ComputedTotal,
            },
        };
    }

    [Fact]
    public void SelfEvaluation_Seed004_ImportsBackWithTheComputedScores()
    {
        var forms = SeedForms().ToList();
        Assert.NotEmpty(forms);
        foreach (var (project, score) in forms)
        {
            var back = RoundTrip.Import(FormLayouts.SelfEvaluation(project, score));

            Assert.Equal(DocumentKind.SelfEvaluation, back.Kind);
            Assert.Single(back.Package.Projects);
            ModelDifferences.AssertNone(AsPrinted(project, score), back.Package.Projects[0]);
        }
    }

    [Fact]
    public void SelfEvaluation_Seed004_GridShowsEveryIndicatorWithItsComputedScoreAndTheTotalRow()
    {
        foreach (var (project, score) in SeedForms())
        {
            var form = FormLayouts.SelfEvaluation(project, score).Sections[0];
            Assert.Equal(PageOrientation.Landscape, form.Orientation);
            var grid = form.Blocks.OfType<FormTable>().Last();
            var placed = TableGrid.Place(grid);

            Assert.Equal(1, grid.RepeatHeaderRows);
            Assert.Equal(project.Indicators.Count + 2, grid.Rows.Count);
            foreach (var row in score.Rows)
            {
                var nameCell = placed.Single(c => c.Column == 2 && c.Cell.Text == row.Indicator.Name && c.Row == row.Indicator.Ordinal);
                var scoreCell = placed.Single(c => c.Row == nameCell.Row && c.Column == 6).Cell;
                Assert.Equal(row.Score, scoreCell.Number);
            }
            var total = grid.Rows[^1];
            Assert.Equal("总分", total[0].Text);
            Assert.Equal(score.ComputedTotal, total[2].Number);
            Assert.Equal($"评价等级：{score.ComputedGrade.DisplayName()}", total[3].Text);
        }
    }

    [Fact]
    public void SelfEvaluation_OfficialForm_CarriesNoScoreExplanation()
    {
        // Issue 15: the official 自评表 holds only what the form has; the 得分计算说明 is on screen, not printed.
        foreach (var (project, score) in SeedForms())
        {
            var document = FormLayouts.SelfEvaluation(project, score);
            var section = Assert.Single(document.Sections);
            var texts = section.Blocks.SelectMany(b => b switch
            {
                HeadingBlock h => [h.Text],
                ParagraphBlock p => [p.Text],
                FormTable t => t.Rows.SelectMany(r => r.Select(c => c.Text)),
                _ => [],
            }).ToList();
            Assert.DoesNotContain(texts, t => t.Contains("得分计算说明", StringComparison.Ordinal) || t.Contains("SC-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void SelfEvaluation_BlankActualAndWeight_ImportBackInTheirOwnColumns()
    {
        var project = SeedForms().First().Project;
        var blanked = project with
        {
            Indicators = project.Indicators.Select((i, k) => k == 0 ? i with { Actual = null, Weight = null, Score = null } : i).ToList(),
        };
        var score = Scorer.Score(blanked, RuleProfiles.ShDistrict, ScoringMode.Historical);

        var back = RoundTrip.Import(FormLayouts.SelfEvaluation(blanked, score)).Package.Projects.Single();

        Assert.Null(back.Indicators[0].Weight);
        Assert.Equal(blanked.Indicators[0].Target.OriginalText, back.Indicators[0].Target.OriginalText);
        Assert.Equal(blanked.Indicators[0].DeviationReason, back.Indicators[0].DeviationReason);
        Assert.Equal(blanked.Indicators.Count, back.Indicators.Count);
    }

    [Theory]
    [InlineData("SC-13/TemplateRatio", "反向指标：实际值不超过指标值得满分，否则按 指标值 ÷ 实际值 × 分值 计分。")]
    [InlineData("SC-13/SomethingNew", "反向指标：实际值不超过指标值得满分，否则按比例扣减。")] // unknown variant falls back to its rule
    [InlineData("SC-99", null)] // unknown rule: no invented meaning
    public void ScoreExplanations_Of_GivesChineseMeaning(string rule, string? expected) => Assert.Equal(expected, ScoreExplanations.Of(rule));

    [Fact]
    public void ScoreExplanations_Explain_CombinedRuleOneLinePerPartThenTrailRules() =>
        Assert.Equal(["SC-12：", "SC-41：", "SC-10："],
            ScoreExplanations.Explain("SC-12+SC-41", ["SC-10 → Quantitative", "a=12 ≥ t=10 → met", "SC-41: d = 0.5"]).Split('\n').Select(l => l[..6]));
}
