using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Tests.Scoring;

namespace Jixiao.Domain.Tests.Monitoring;

public class MonitoringLightsTests
{
    [Theory]
    [InlineData(100_000, 35_000, 7, Light.Yellow)]  // spec example: 35 % ÷ 7/12 = 60.00 % → yellow, boundary inclusive
    [InlineData(100_000, 34_999, 7, Light.Red)]     // just below 60 %
    [InlineData(120_000, 56_000, 6, Light.Green)]   // 46.67 % ÷ 50 % = 93.33 %
    [InlineData(120_000, 47_999, 6, Light.Yellow)]  // 79.998 % of time progress
    [InlineData(120_000, 48_000, 6, Light.Green)]   // exactly 80 %
    [InlineData(100_000, 0, 1, Light.Red)]
    public void Budget_RatioOfExecutionToTimeElapsed_GivesLight(decimal budget, decimal spent, int month, Light expected) =>
        Assert.Equal(expected, MonitoringLights.Budget(budget, spent, month).Light);

    [Fact]
    public void Budget_ZeroBudget_IsGreenWithReason()
    {
        var result = MonitoringLights.Budget(0m, 0m, 7);
        Assert.Equal(Light.Green, result.Light);
        Assert.Contains("全年预算数为 0", result.Explanation);
    }

    [Theory]
    [InlineData(Tier.Achieved, Light.Green)]
    [InlineData(Tier.PartiallyAchieved, Light.Yellow)]
    [InlineData(Tier.NotAchieved, Light.Red)]
    public void Qualitative_TierDrivesLight(Tier tier, Light expected)
    {
        var row = Form.Row("制度健全性", Tv.Qual("健全"), null, null);
        var result = MonitoringLights.Indicator(Form.Single(row), new MonitoredIndicator(row, null, tier, Likelihood.Possible), RuleProfiles.ShDistrict);
        Assert.Equal(expected, result.Light);
    }

    [Theory]
    [InlineData(60, Light.Green)]   // forecast meets ≥60 → 100 %
    [InlineData(48, Light.Green)]   // 80 % of target
    [InlineData(47, Light.Yellow)]  // 78.33 %
    [InlineData(36, Light.Yellow)]  // 60 %
    [InlineData(35, Light.Red)]     // 58.33 %
    public void Quantitative_ForecastScoredLikeSelfEvaluation(decimal forecast, Light expected)
    {
        var row = Form.Row("培训人次", Tv.Quant(Comparator.Ge, 60m, "人次"), null, null);
        var result = MonitoringLights.Indicator(Form.Single(row),
            new MonitoredIndicator(row, Tv.Actual(forecast, "人次"), null, Likelihood.Possible), RuleProfiles.ShDistrict);
        Assert.Equal(expected, result.Light);
        // Printed on the official 监控表 as 亮灯依据: plain Chinese, no rule id (issue 15 item 7).
        Assert.Contains("预计完成值按指标值计得", result.Explanation);
        Assert.DoesNotMatch("[A-Za-z]", result.Explanation);
    }

    [Fact]
    public void Indicator_ForecastAsComparison_SaysWhyInChinese()
    {
        var row = Form.Row("培训人次", Tv.Quant(Comparator.Ge, 60m, "人次"), null, null);
        var result = MonitoringLights.Indicator(Form.Single(row),
            new MonitoredIndicator(row, TargetParser.ParseActual(">=60 人次"), null, Likelihood.Possible), RuleProfiles.ShDistrict);

        Assert.Equal(Light.Yellow, result.Light);
        Assert.Contains("比较式", result.Explanation);
        Assert.DoesNotMatch("[A-Za-z]", result.Explanation);
    }

    [Fact]
    public void Indicator_ImpossibleLikelihood_IsRedWhateverTheForecast()
    {
        var row = Form.Row("培训人次", Tv.Quant(Comparator.Ge, 60m, "人次"), null, null);
        var result = MonitoringLights.Indicator(Form.Single(row),
            new MonitoredIndicator(row, Tv.Actual(60m, "人次"), null, Likelihood.Impossible), RuleProfiles.ShDistrict);
        Assert.Equal(Light.Red, result.Light);
    }

    [Fact]
    public void Worst_OfMixedLights_IsRed() =>
        Assert.Equal(Light.Red, MonitoringLights.Worst([Light.Green, Light.Red, Light.Yellow]));
}
