using Jixiao.Documents.Recognition;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Tests.Recognition;

public sealed class IndicatorNumberRunTests
{
    private static readonly R[] TargetWeightActualScore = [R.Target, R.Weight, R.Actual, R.Score];

    [Theory]
    [InlineData("852012020", "85 20 120 20")] // a score equal to its weight, target and actual of like length
    [InlineData("0.5100.210", "0.5 10 0.2 10")] // decimals
    [InlineData("6101.57", "6 10 1.5 7")] // a score below its weight where no cut gives full marks
    public void Cut_TargetWeightActualScore_OneNumberPerColumn(string run, string expected) =>
        Assert.Equal(expected.Split(' '), IndicatorNumberRun.Cut(run, TargetWeightActualScore));

    [Theory]
    [InlineData("36010", "360 10")]
    [InlineData("1205", "120 5")]
    public void Cut_TargetThenWeight_WeightIsWithinThePool(string run, string expected) =>
        Assert.Equal(expected.Split(' '), IndicatorNumberRun.Cut(run, [R.Target, R.Weight]));

    [Theory]
    [InlineData("20")] // the only cut gives a weight of 0
    [InlineData("1200")] // 1|200 (weight above the pool) and 120|0 (weight 0) both break a rule, 12|00 is no number
    public void Cut_NoCutObeysTheRules_Null(string run) => Assert.Null(IndicatorNumberRun.Cut(run, [R.Target, R.Weight]));

    [Fact]
    public void Cut_TwoCutsEquallyGood_NullAndTheRunStaysAsPrinted() =>
        // 0.5|15|0.2|15 and 0.51|5|0.21|5 both give full marks with a like target and actual.
        Assert.Null(IndicatorNumberRun.Cut("0.5150.215", TargetWeightActualScore));

    [Fact]
    public void Cut_NoWeightOrScoreColumn_Null() => Assert.Null(IndicatorNumberRun.Cut("88100", [R.Target, R.Actual]));

    [Fact]
    public void Cut_StrictRunFollowedByAUnit_OnlyAFullRowWithFullMarks() =>
        // `1200人` is one value with its unit; `2510210人` would need a 2-digit-per-slot row with a score below its weight.
        Assert.Null(IndicatorNumberRun.Cut("1200", TargetWeightActualScore, strict: true));

    [Fact]
    public void Slots_HeaderWithNatureAndUnitColumns_TheNumberColumnsInPrintedOrder() =>
        Assert.Equal([R.Target, R.Weight, R.Actual, R.Score],
            IndicatorNumberRun.Slots([R.Name, R.Unit, R.Comparator, R.Target, R.Weight, R.Actual, R.Score, R.Other]));
}
