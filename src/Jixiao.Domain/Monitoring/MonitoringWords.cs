using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Monitoring;

/// <summary>The words the 运行监控表 prints for its choices (完成目标可能性, 达成情况), in printed order.</summary>
public static class MonitoringWords
{
    public static IReadOnlyList<Likelihood> Likelihoods { get; } = [Likelihood.Certain, Likelihood.Possible, Likelihood.Impossible];

    /// <summary>达成情况 of a qualitative row, best first.</summary>
    public static IReadOnlyList<Tier> Tiers { get; } = [Tier.Achieved, Tier.PartiallyAchieved, Tier.NotAchieved];

    /// <summary>`确定能`, `有可能`, `完全不可能`.</summary>
    public static string Chinese(Likelihood likelihood) => likelihood switch
    {
        Likelihood.Certain => "确定能",
        Likelihood.Possible => "有可能",
        _ => "完全不可能",
    };

    /// <summary>`达成`, `部分达成`, `未达成`.</summary>
    public static string Chinese(Tier tier) => tier switch
    {
        Tier.Achieved => "达成",
        Tier.PartiallyAchieved => "部分达成",
        _ => "未达成",
    };
}
