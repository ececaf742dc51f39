namespace Jixiao.Domain.Monitoring;

/// <summary>Traffic light of 运行监控 (workflow.md §4); ordered so that the worst light is the maximum.</summary>
public enum Light
{
    Green,
    Yellow,
    Red,
}

public static class LightNames
{
    public static string Chinese(Light light) => light switch
    {
        Light.Green => "绿灯",
        Light.Yellow => "黄灯",
        _ => "红灯",
    };
}

/// <summary>完成目标可能性 ([R] 财预〔2019〕136号).</summary>
public enum Likelihood
{
    Certain,   // 确定能
    Possible,  // 有可能
    Impossible // 完全不可能
}
