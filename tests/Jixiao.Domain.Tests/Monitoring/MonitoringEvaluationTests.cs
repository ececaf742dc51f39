using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Scoring;

namespace Jixiao.Domain.Tests.Monitoring;

/// <summary>
/// The 运行监控表 as a whole (workflow.md §4): 执行率, the lights of every row, the project light, and the submit rule
/// (figures filled; every red or yellow light explained). Web and the exported sheet both read these.
/// </summary>
public class MonitoringEvaluationTests
{
    private static readonly Guid Training = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Rules = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private static Project Declared() => Form.Project(null,
        Form.Row("培训人次", Tv.Quant(Comparator.Ge, 60m, "人次"), null, null, ordinal: 1) with { Key = Training },
        Form.Row("制度健全性", Tv.Qual("健全"), null, null, ordinal: 2) with { Key = Rules });

    private static MonitoringContent Entry(decimal? budget = 100_000m, decimal? spent = 60_000m, string? reason = null, string? action = null,
        params MonitoringRowContent[] rows) => new MonitoringContent { Rows = rows }
        .With(MonitoringForm.Keys.AnnualBudget, MonitoringContent.MoneyText(budget))
        .With(MonitoringForm.Keys.ExpenditureToDate, MonitoringContent.MoneyText(spent))
        .With(MonitoringForm.Keys.BudgetDeviationReason, reason)
        .With(MonitoringForm.Keys.BudgetCorrectiveAction, action);

    private static MonitoringRowContent Row(Guid key, string? forecast = null, Tier? tier = null, string? reason = null, string? action = null,
        Likelihood? likelihood = Likelihood.Certain) =>
        new() { Key = key, ForecastText = forecast, Tier = tier, Likelihood = likelihood, DeviationReason = reason, CorrectiveAction = action };

    public static TheoryData<decimal?, decimal?, decimal?, string> Rates => new()
    {
        { 100_000m, 60_000m, 60.00m, "60,000 ÷ 100,000 = 60.00 %" },
        { 300_000m, 100_000m, 33.33m, "33.333… % to 2 dp" },
        { 80_000m, 1m, 0.00m, "0.00125 % rounds to 0.00" },
        { 8m, 1m, 12.50m, "exact 12.5 % prints as 12.50" },
        { 200_000m, 12_345m, 6.17m, "6.1725 % → 6.17" },
        { 400m, 1.3m, 0.33m, "0.325 % is a midpoint: half away from zero gives 0.33 (banker's would give 0.32)" },
        { 0m, 5_000m, null, "zero budget: no rate" },
        { null, 5_000m, null, "no budget: no rate" },
        { 100_000m, null, null, "no expenditure: no rate" },
        { 0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543_950_335m, null, "beyond decimal's range: no rate, no exception" },
    };

    [Theory]
    [MemberData(nameof(Rates))]
    public void ExecutionRate_SpentOverBudget_PercentTwoDecimalsHalfAwayFromZero(decimal? budget, decimal? spent, decimal? expected, string reason) =>
        Assert.True(expected == MonitoringEvaluation.ExecutionRate(budget, spent), reason);

    [Fact]
    public void Of_AllGreenAndFilled_NoProblemsAndGreenProject()
    {
        var e = MonitoringEvaluation.Of(Declared(), Entry(rows: [Row(Training, "60"), Row(Rules, tier: Tier.Achieved)]), 7);
        Assert.Empty(e.Problems);
        Assert.Equal(Light.Green, e.ProjectLight);
        Assert.Equal(60.00m, e.ExecutionRatePercent);
        Assert.Equal([Training, Rules], e.Rows.Select(r => r.Key));
        Assert.All(e.Rows, r => Assert.False(r.ReasonRequired));
    }

    [Fact]
    public void Of_MissingFigures_BothNamedWithThePeriod()
    {
        var e = MonitoringEvaluation.Of(Declared(), Entry(null, null, rows: [Row(Training, "60"), Row(Rules, tier: Tier.Achieved)]), 7);
        Assert.Equal(["请填写全年预算数。", "请填写1–7月执行数。"], e.Problems);
        Assert.Null(e.ExecutionRatePercent);
    }

    [Fact]
    public void Of_RedBudgetWithoutReason_BlocksSubmitAndNamesTheLight()
    {
        var e = MonitoringEvaluation.Of(Declared(), Entry(spent: 10_000m, rows: [Row(Training, "60"), Row(Rules, tier: Tier.Achieved)]), 7);
        Assert.Equal(Light.Red, e.Budget.Light);
        Assert.True(e.BudgetReasonMissing);
        Assert.Equal(Light.Red, e.ProjectLight);
        Assert.Equal(["预算执行为红灯，请填写偏差原因分析和纠偏措施。"], e.Problems);
    }

    [Theory]
    [InlineData("无", "加快采购", true, "`无` counts as an empty reason (SC-42)")]
    [InlineData("采购延后", "—", true, "a dash counts as an empty action")]
    [InlineData("采购延后", "加快采购", false, "both given")]
    public void Of_YellowIndicator_NeedsReasonAndAction(string reason, string action, bool missing, string why)
    {
        var e = MonitoringEvaluation.Of(Declared(),
            Entry(rows: [Row(Training, "40", reason: reason, action: action), Row(Rules, tier: Tier.Achieved)]), 7);
        var row = e.Rows.Single(r => r.Key == Training);
        Assert.Equal(Light.Yellow, row.Light.Light);
        Assert.True(row.ReasonRequired, why);
        Assert.True(missing == row.ReasonMissing, why);
        Assert.True(missing == e.Problems.Contains("指标“培训人次”为黄灯，请填写偏差原因分析和纠偏措施。"), why);
    }

    [Fact]
    public void Of_UntouchedRowsAndUnknownKeys_UntouchedRowsAreYellowUnknownKeysIgnored()
    {
        var e = MonitoringEvaluation.Of(Declared(), Entry(rows: [Row(Guid.NewGuid(), "60")]), 7);
        Assert.Equal([Light.Yellow, Light.Yellow], e.Rows.Select(r => r.Light.Light));
        Assert.Equal(2, e.Problems.Count);
    }

    [Fact]
    public void Of_ImpossibleLikelihood_RedProjectLight()
    {
        var e = MonitoringEvaluation.Of(Declared(),
            Entry(rows: [Row(Training, "60", likelihood: Likelihood.Impossible, reason: "经费未到位", action: "申请追加"), Row(Rules, tier: Tier.Achieved)]), 7);
        Assert.Equal(Light.Red, e.ProjectLight);
        Assert.Empty(e.Problems);
    }

    [Theory]
    [InlineData(Light.Green, null, null, false)]
    [InlineData(Light.Yellow, "原因", "措施", false)]
    [InlineData(Light.Yellow, "原因", " ", true)]
    [InlineData(Light.Red, "/", "措施", true)]
    public void SubmitRule_ReasonMissing_OnlyForRedOrYellowWithAnEmptyText(Light light, string? reason, string? action, bool expected) =>
        Assert.Equal(expected, MonitoringSubmitRule.ReasonMissing(light, reason, action));
}
