using Jixiao.Domain.ResultsApplied;
using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Tests.ResultsApplied;

public class BudgetSuggestionRuleTests
{
    private static readonly BudgetSuggestionSettings Defaults = new();

    [Fact]
    public void PoorGrade_CutsTwentyPercent()
    {
        var s = BudgetSuggestionRule.Suggest(new LastYearResults(55m, Grade.Poor), 1_000_000m, Defaults);
        Assert.Equal(20m, s.CutPercent);
        Assert.Equal(800_000m, s.SuggestedYuan);
        Assert.Equal(["上年绩效等级（自评）为“差”，压减 20%"], s.Reasons);
    }

    [Fact]
    public void RequestNotFilledIn_KeepsTheRulesCut_ButSuggestsNoFigure_AndNothingCanBeDecided()
    {
        var s = BudgetSuggestionRule.Suggest(new LastYearResults(85m, Grade.Good, OpenRectifications: 1), 0m, Defaults);

        Assert.True(s.AwaitsRequest);
        Assert.Equal(10m, s.CutPercent);
        Assert.Null(s.SuggestedBudgetYuan);
        Assert.Equal("建议压减 10%（上年有 1 项整改未完成，压减 10%）；本年申报金额尚未填写，填写后按此计算建议预算。", s.Sentence());
        Assert.Equal("按上年结果无须压减；本年申报金额尚未填写，填写后按此计算建议预算。",
            BudgetSuggestionRule.Suggest(new LastYearResults(92m, Grade.Excellent), 0m, Defaults).Sentence());
        Assert.Equal(BudgetSuggestionRule.NothingToAccept, BudgetSuggestionRule.DecisionError(true, null, null, 0m));
        Assert.Null(BudgetSuggestionRule.DecisionError(false, 0m, "本年不再安排", 0m)); // finance may still set its own amount
    }

    [Fact]
    public void RequestFilledIn_SaysTheSuggestedBudget()
    {
        var s = BudgetSuggestionRule.Suggest(new LastYearResults(85m, Grade.Good, OpenRectifications: 1), 1_000_000m, Defaults);

        Assert.Equal(900_000m, s.SuggestedBudgetYuan);
        Assert.Equal("建议压减 10%，建议预算 900,000.00 元（上年有 1 项整改未完成，压减 10%）。", s.Sentence());
    }

    [Fact]
    public void GoodGrade_NoRectification_NoCut()
    {
        var s = BudgetSuggestionRule.Suggest(new LastYearResults(92m, Grade.Excellent, OpenRectifications: 0), 1_000_000m, Defaults);
        Assert.False(s.CutsBudget);
        Assert.Equal(1_000_000m, s.SuggestedYuan);
        Assert.Empty(s.Reasons);
    }

    [Fact]
    public void OpenRectification_AddsItsCut_AndTheTotalIsCapped()
    {
        var open = BudgetSuggestionRule.Suggest(new LastYearResults(85m, Grade.Good, OpenRectifications: 2), 333_333.33m, Defaults);
        Assert.Equal(10m, open.CutPercent);
        Assert.Equal(300_000.00m, open.SuggestedYuan); // rounded to the fen
        Assert.Contains("上年有 2 项整改未完成，压减 10%", open.Reasons);

        var both = BudgetSuggestionRule.Suggest(new LastYearResults(50m, Grade.Poor, OpenRectifications: 1), 1_000_000m,
            Defaults with { OpenRectificationCutPercent = 15m, MaxCutPercent = 30m });
        Assert.Equal(30m, both.CutPercent);
        Assert.Equal(700_000m, both.SuggestedYuan);
        Assert.Contains("合计压减以 30% 为限", both.Reasons);
    }

    [Fact]
    public void EvaluationGrade_OutranksTheSelfGrade_AndReReviewScoreRegrades()
    {
        Assert.Equal(Grade.Poor, new LastYearResults(95m, Grade.Excellent, EvaluationGrade: Grade.Poor).Grade);
        Assert.Equal(Grade.Poor, new LastYearResults(95m, Grade.Excellent, ReReviewScore: 58m).Grade);
        Assert.Equal(Grade.Excellent, new LastYearResults(95m, Grade.Excellent).Grade);
        Assert.Null(LastYearResults.None.Grade);
        Assert.False(BudgetSuggestionRule.Suggest(LastYearResults.None, 100m, Defaults).CutsBudget);
    }

    [Fact]
    public void GradeThatCounts_EvaluationFirst_ThenReReview_ThenSelf_AndTheReasonNamesItsStage()
    {
        var all = new LastYearResults(94m, Grade.Excellent, ReReviewScore: 88m, EvaluationGrade: Grade.Poor, ReReviewGrade: Grade.Good, EvaluationScore: 55m);
        Assert.Equal(Grade.Poor, all.Grade);
        Assert.Equal(GradeBasis.Evaluation, all.Basis);
        Assert.Equal(["上年绩效等级（重点绩效评价）为“差”，压减 20%"], BudgetSuggestionRule.Suggest(all, 100m, Defaults).Reasons);

        var reReviewed = all with { EvaluationGrade = null, EvaluationScore = null, ReReviewGrade = Grade.Fair, ReReviewScore = 70m };
        Assert.Equal(Grade.Fair, reReviewed.Grade);
        Assert.Equal(GradeBasis.ReReview, reReviewed.Basis);
        Assert.Equal(["上年绩效等级（复核）为“中”，压减 5%"],
            BudgetSuggestionRule.Suggest(reReviewed, 100m, Defaults with { FairGradeCutPercent = 5m }).Reasons);

        // The re-review's stored grade counts over the grade of its score (they agree unless the bands change).
        Assert.Equal(Grade.Good, new LastYearResults(94m, Grade.Excellent, ReReviewScore: 95m, ReReviewGrade: Grade.Good).Grade);
        Assert.Equal(GradeBasis.Self, new LastYearResults(94m, Grade.Excellent).Basis);
        Assert.Null(LastYearResults.None.Basis);
    }

    [Fact]
    public void FairGrade_CutsOnlyWhenConfigured()
    {
        var fair = new LastYearResults(70m, Grade.Fair);
        Assert.Equal(0m, BudgetSuggestionRule.Suggest(fair, 100m, Defaults).CutPercent);
        Assert.Equal(5m, BudgetSuggestionRule.Suggest(fair, 100m, Defaults with { FairGradeCutPercent = 5m }).CutPercent);
    }

    [Theory]
    [InlineData(true, null, null, null)]
    [InlineData(false, null, "理由", "不采纳建议时，请填写财政确定的预算金额。")]
    [InlineData(false, 900_000d, null, "不采纳建议时，请填写理由。")]
    [InlineData(false, 1_200_000d, "理由", "财政确定的预算金额应在 0 至申报金额 1,000,000.00 元之间。")]
    [InlineData(false, 900_000d, "项目已整改到位", null)]
    public void DecisionError_AcceptOrOverrideWithAmountAndReason(bool accept, double? amount, string? reason, string? expected) =>
        Assert.Equal(expected, BudgetSuggestionRule.DecisionError(accept, (decimal?)amount, reason, 1_000_000m));

    [Fact]
    public void Settings_OutOfRange_AreRefused() =>
        Assert.Equal("结果应用规则的压减比例应在 0 至 100 之间。", (Defaults with { PoorGradeCutPercent = 120m }).Error());
}
