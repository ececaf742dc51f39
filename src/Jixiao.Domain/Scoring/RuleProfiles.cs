namespace Jixiao.Domain.Scoring;

/// <summary>The built-in profiles of scoring.md §1. <see cref="ShDistrict"/> is the default.</summary>
public static class RuleProfiles
{
    public static RuleProfile ShDistrict { get; } = new()
    {
        Id = "SH-DISTRICT",
        Version = 1,
        DisplayName = "上海区级（默认）",
    };

    /// <summary>一体化 vendor module: uncapped execution score, linear reverse formula, `=` as positive.</summary>
    public static RuleProfile FaspVendor { get; } = ShDistrict with
    {
        Id = "FASP-VENDOR",
        DisplayName = "一体化系统厂商规则",
        CapExecutionScore = false,
        ReverseFormula = ReverseFormula.VendorLinear,
        EqualityMode = EqualityMode.AsPositive,
    };

    /// <summary>一体化 self-evaluation manual: −2 points for over-achievement, total capped by execution rate.</summary>
    public static RuleProfile YthManual { get; } = ShDistrict with
    {
        Id = "YTH-MANUAL",
        DisplayName = "一体化自评手册",
        OverAchievementMode = OverAchievementMode.Deduct,
        CapTotalByExecutionRate = true,
    };

    public static IReadOnlyList<RuleProfile> All { get; } = [ShDistrict, FaspVendor, YthManual];

    /// <summary>Profile by id (`SH-DISTRICT`) or tag (`SH-DISTRICT@1`), case-insensitive.</summary>
    /// <exception cref="KeyNotFoundException">No such profile.</exception>
    public static RuleProfile Get(string name)
    {
        var id = name.Split('@')[0].Trim();
        return All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"未知的评分规则“{name}”。");
    }
}
