using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>scoring.md §1: the three built-in profiles and their differences.</summary>
public class RuleProfileTests
{
    [Fact]
    public void ShDistrict_Defaults_MatchSpecTable()
    {
        var p = RuleProfiles.ShDistrict;
        Assert.Equal(10m, p.ExecutionWeight);
        Assert.Equal(100m, p.ExecutionWeight + p.WeightPools.Sum(x => x.Weight));
        Assert.Equal(["产出", "成本"], p.WeightPools.Single(x => x.Weight == 50m).Level1Labels);
        Assert.True(p.CapExecutionScore);
        Assert.False(p.IntegerExecutionScore);
        Assert.Equal(ReverseFormula.TemplateRatio, p.ReverseFormula);
        Assert.Equal(EqualityMode.ByDirection, p.EqualityMode);
        Assert.Equal(0.30m, p.OverAchievementThreshold);
        Assert.Equal(OverAchievementMode.RequireExplanation, p.OverAchievementMode);
        Assert.False(p.OverAchievementIncludesReverse);
        Assert.False(p.CapTotalByExecutionRate);
        Assert.True(p.DeviationReasonMandatory);
        Assert.False(p.NotApplicableRenormalisation);
        Assert.Equal(RateDisplayRounding.HalfAwayFromZero, p.RateDisplayRounding);
        Assert.False(p.AllowQuantOverride);
        Assert.Equal(MonthBeforeMeans.EndOfMonth, p.MonthBeforeMeans);
        Assert.Equal("SH-DISTRICT@1", p.Tag);
    }

    [Fact]
    public void FaspVendor_DiffersOnlyInVendorOptions()
    {
        var expected = RuleProfiles.ShDistrict with
        {
            Id = "FASP-VENDOR",
            DisplayName = RuleProfiles.FaspVendor.DisplayName,
            CapExecutionScore = false,
            ReverseFormula = ReverseFormula.VendorLinear,
            EqualityMode = EqualityMode.AsPositive,
        };
        Assert.Equal(expected, RuleProfiles.FaspVendor);
    }

    [Fact]
    public void YthManual_DiffersOnlyInDeductAndTotalCap()
    {
        var expected = RuleProfiles.ShDistrict with
        {
            Id = "YTH-MANUAL",
            DisplayName = RuleProfiles.YthManual.DisplayName,
            OverAchievementMode = OverAchievementMode.Deduct,
            CapTotalByExecutionRate = true,
        };
        Assert.Equal(expected, RuleProfiles.YthManual);
        Assert.Equal(2m, RuleProfiles.YthManual.OverAchievementDeduction);
    }

    [Theory]
    [InlineData("SH-DISTRICT", "SH-DISTRICT")]
    [InlineData("sh-district", "SH-DISTRICT")]
    [InlineData("FASP-VENDOR@1", "FASP-VENDOR")]
    [InlineData("YTH-MANUAL", "YTH-MANUAL")]
    public void Get_KnownName_ReturnsProfile(string name, string id) => Assert.Equal(id, RuleProfiles.Get(name).Id);

    [Fact]
    public void Get_UnknownName_Throws() => Assert.Throws<KeyNotFoundException>(() => RuleProfiles.Get("XX"));

    [Fact]
    public void All_ThreeBuiltInProfilesFirst_ThenTheTemplatesOwn()
    {
        Assert.Equal(["SH-DISTRICT", "FASP-VENDOR", "YTH-MANUAL"], RuleProfiles.BuiltInProfiles.Select(p => p.Id));
        Assert.Equal(RuleProfiles.BuiltInProfiles, RuleProfiles.All.Take(3));
        Assert.Contains(RuleProfiles.All, p => p.Id == "SC-PROJ-SE");
    }
}
