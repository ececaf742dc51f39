using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Scoring;

/// <summary>SC-20 score bands, lower bound inclusive: 达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w).</summary>
public static class TierBands
{
    /// <summary>Band of <paramref name="tier"/> for weight <paramref name="w"/>; the upper bound is inclusive only for Achieved.</summary>
    public static (decimal Low, decimal High, bool HighInclusive) Of(Tier tier, decimal w) => tier switch
    {
        Tier.Achieved => (0.8m * w, w, true),
        Tier.PartiallyAchieved => (0.6m * w, 0.8m * w, false),
        _ => (0m, 0.6m * w, false),
    };

    public static bool Contains(Tier tier, decimal w, decimal score)
    {
        var (low, high, inclusive) = Of(tier, w);
        return score >= low && (inclusive ? score <= high : score < high);
    }

    /// <summary>The tier whose band holds <paramref name="score"/> (SC-70 derives imported tiers this way); null outside [0, w].</summary>
    public static Tier? Containing(decimal score, decimal w) =>
        score < 0m || score > w ? null
        : score >= 0.8m * w ? Tier.Achieved
        : score >= 0.6m * w ? Tier.PartiallyAchieved
        : Tier.NotAchieved;

    /// <summary>Chinese tier name (SC-20).</summary>
    public static string DisplayName(this Tier tier) => tier switch
    {
        Tier.Achieved => "达成年度指标",
        Tier.PartiallyAchieved => "部分达成年度指标并具有一定效果",
        _ => "未达成年度指标且效果较差",
    };
}
