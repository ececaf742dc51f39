using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Tests.Shared;
using static Jixiao.Domain.Tests.Scoring.Form;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>
/// scoring.md §3, E1…E19: every case of the spec's example tables, read from the Markdown (<see cref="ScoringSpec"/>),
/// scored and compared with the spec's expectation (<see cref="ScoringSpecCases"/>).
/// </summary>
public class WorkedExampleTests
{
    private static readonly RuleProfile Sh = RuleProfiles.ShDistrict;

    private static IndicatorScore ScoreRow(Indicator row, RuleProfile? profile = null, ScoringMode mode = ScoringMode.Live) =>
        Scorer.Score(Single(row), profile ?? Sh, mode).Rows.Single();

    private static bool Has(IndicatorScore row, string ruleId) => row.Findings.Any(f => f.RuleId == ruleId);

    public static TheoryData<string, decimal, decimal, RateDisplayRounding, decimal, decimal, decimal> PublishedRates
    {
        get
        {
            // reason, adjusted budget, spent, display rounding, exact rate, shown %, score. The default-rounding rows are
            // the table of scoring.md §3 as written there; the `Up` rows come from the sentence under it.
            var data = new TheoryData<string, decimal, decimal, RateDisplayRounding, decimal, decimal, decimal>();
            foreach (var (id, budget, spent, rate, shown, score) in ScoringSpec.PublishedRates)
                data.Add($"{id} as printed in scoring.md §3", budget, spent, RateDisplayRounding.HalfAwayFromZero, rate, shown, score);
            data.Add("E1 Up reproduces the printed 86.19 %", 250_000.00m, 215_457.60m, RateDisplayRounding.Up, 0.8618304m, 86.19m, 8.62m);
            data.Add("E2 Up leaves an exact rate alone", 20_000.00m, 9_034.00m, RateDisplayRounding.Up, 0.4517m, 45.17m, 4.52m);
            return data;
        }
    }

    [Fact]
    public void ScoringSpec_ReadsThePublishedRateTable() =>
        Assert.Equal(["E1", "E2"], ScoringSpec.PublishedRates.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(PublishedRates))]
    public void Score_PublishedExecutionFigures_MatchE1E2(string reason, decimal budget, decimal spent,
        RateDisplayRounding rounding, decimal rate, decimal shown, decimal score)
    {
        var result = Scorer.Score(Project(Funds(budget, spent)), Sh with { RateDisplayRounding = rounding }, ScoringMode.Live);
        Assert.True(result.ExecutionRate == rate, reason);
        Assert.Equal(shown, result.ExecutionRateDisplay);
        Assert.Equal(score, result.ExecutionScore);
    }

    public static TheoryData<string> RowCases => Cases(ScoringSpecCases.IsRowCase);

    public static TheoryData<string> FormCases => Cases(ScoringSpecCases.IsFormCase);

    public static TheoryData<string> GradeCases => Cases(ScoringSpecCases.IsGradeCase);

    private static TheoryData<string> Cases(Func<SpecCase, bool> kind) => [.. ScoringSpec.MadeUpExamples.Where(kind).Select(c => c.ToString())];

    private static SpecCase Case(string name) => ScoringSpec.MadeUpExamples.Single(c => c.ToString() == name);

    [Fact]
    public void ScoringSpec_ReadsEveryMadeUpExample_WithKnownColumnsOnly()
    {
        var cases = ScoringSpec.MadeUpExamples;
        Assert.Equal(Enumerable.Range(3, 17).Select(n => $"E{n}"), cases.Select(c => c.Example).Distinct());
        Assert.All(cases, c => Assert.True(ScoringSpecCases.IsRowCase(c) || ScoringSpecCases.IsFormCase(c) || ScoringSpecCases.IsGradeCase(c), c.ToString()));
        string[] known = [.. ScoringSpecCases.RowInputs, .. ScoringSpecCases.RowResults, .. ScoringSpecCases.FormInputs, .. ScoringSpecCases.FormResults, .. ScoringSpecCases.GradeColumns];
        Assert.All(cases.SelectMany(c => c.Cells.Keys).Distinct(), head => Assert.Contains(head, known));
    }

    [Theory]
    [MemberData(nameof(RowCases))]
    public void Score_SpecRowExample_GivesTheSpecsResult(string name)
    {
        var c = Case(name);
        foreach (var profile in ScoringSpecCases.Profiles(c))
            ScoringSpecCases.AssertRow(c, profile, ScoreRow(ScoringSpecCases.Row(c), profile));
    }

    [Theory]
    [MemberData(nameof(FormCases))]
    public void Score_SpecFormExample_GivesTheSpecsResult(string name)
    {
        var c = Case(name);
        foreach (var profile in ScoringSpecCases.Profiles(c))
            ScoringSpecCases.AssertForm(c, profile, Scorer.Score(ScoringSpecCases.FormOf(c), profile, ScoringMode.Live));
    }

    [Theory]
    [MemberData(nameof(GradeCases))]
    public void GradesOf_SpecGradeEdge_HalfOpenBands(string name)
    {
        var c = Case(name);
        Assert.Equal(ScoringSpecCases.GradeOf(c["grade"]!), Grades.Of(ScoringSpecCases.Number(c["total"])!.Value));
    }

    [Fact]
    public void Score_E5Trail_ListsTheStepsOfSc60()
    {
        var row = ScoreRow(Row("响应时间", Tv.Quant(Comparator.Le, 10m, "小时"), Tv.Actual(12m, "小时"), 5m));
        Assert.Equal("SC-13/TemplateRatio", row.Rule);
        Assert.Contains("direction=Reverse (op ≤)", row.Trail);
        Assert.Contains("a=12 > t=10 → not met", row.Trail);
        Assert.Contains(row.Trail, s => s.StartsWith("10 ÷ 12 × 5 = 4.1666", StringComparison.Ordinal));
        Assert.Contains("round 2 dp AwayFromZero → 4.17", row.Trail);
    }

    [Fact]
    public void Score_E10RejectedBand_MessageNamesBand()
    {
        var row = ScoreRow(Row("制度健全性", Tv.Qual("健全"), Tv.Qual("基本健全"), 5m, score: 4.00m, reason: "x",
            tier: Tier.PartiallyAchieved));
        var finding = Assert.Single(row.Findings, f => f.RuleId == "SE-05");
        Assert.Equal("制度健全性实际得分区间为[3.00,4.00]。", finding.Message);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData(Grade.Excellent, "优")]
    [InlineData(Grade.Good, "良")]
    [InlineData(Grade.Fair, "中")]
    [InlineData(Grade.Poor, "差")]
    public void DisplayName_Grade_IsChinese(Grade grade, string name) => Assert.Equal(name, grade.DisplayName());
}
