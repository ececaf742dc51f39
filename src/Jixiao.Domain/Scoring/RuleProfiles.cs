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

    /// <summary>The profiles defined in code (scoring.md §1).</summary>
    public static IReadOnlyList<RuleProfile> BuiltInProfiles { get; } = [ShDistrict, FaspVendor, YthManual];

    /// <summary>Every profile: the built-in ones, then each data template's own (its id is the template's).</summary>
    public static IReadOnlyList<RuleProfile> All => Templates.TemplateRegistry.Current.Profiles;

    /// <summary>Profile by id (`SH-DISTRICT`, a template's id) or tag (`SH-DISTRICT@1`), case-insensitive.</summary>
    /// <exception cref="KeyNotFoundException">No such profile.</exception>
    public static RuleProfile Get(string name) => Find(All, name);

    /// <summary>A built-in profile by id or tag (a template file's `scoring.base`).</summary>
    /// <exception cref="KeyNotFoundException">No such profile.</exception>
    public static RuleProfile BuiltIn(string name) => Find(BuiltInProfiles, name);

    /// <summary>The profile a project is scored with by default: its data template's pools, else <see cref="ShDistrict"/>.</summary>
    public static RuleProfile For(Projects.Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Templates.TemplateRegistry.Current.FindData(project.TemplateId)?.Profile ?? ShDistrict;
    }

    private static RuleProfile Find(IReadOnlyList<RuleProfile> profiles, string name)
    {
        var id = name.Split('@')[0].Trim();
        return profiles.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"未知的评分规则“{name}”。");
    }
}
