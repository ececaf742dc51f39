namespace Jixiao.Domain.Review;

/// <summary>
/// The administrator's setting of one catalogued rule (issue 18): a severity in place of the catalogue's, or switched
/// off. <see cref="Apply"/> lays a set of them over a profile, so the linter reads them like any other profile value.
/// </summary>
public sealed record RuleSetting(string RuleId, Severity? Severity, bool Off)
{
    /// <summary>
    /// The profile with the settings applied. A rule's severity covers its variants too (an administrator sets
    /// "OP-03", not each message of it); a rule switched off emits nothing. Unknown ids are ignored (a rule retired
    /// since the setting was made).
    /// </summary>
    public static LintProfile Apply(LintProfile profile, IEnumerable<RuleSetting> settings)
    {
        var overrides = new Dictionary<string, Severity>(profile.SeverityOverrides);
        var off = new HashSet<string>(profile.OffRules);
        foreach (var s in settings)
        {
            if (Find(s.RuleId) is not { } rule) continue;
            if (s.Off) off.Add(rule.Id);
            if (s.Severity is not { } severity) continue;
            overrides[rule.Id] = severity;
            foreach (var variant in rule.Variants.Keys) overrides[$"{rule.Id}/{variant}"] = severity;
        }
        return profile with { SeverityOverrides = overrides, OffRules = off };
    }

    /// <summary>Null when the setting may be stored; else the Chinese reason.</summary>
    public static string? Error(string? ruleId, Severity? severity) =>
        Find(ruleId) is null ? $"没有编号为“{ruleId}”的审核规则。"
        : severity is { } s && !Enum.IsDefined(s) ? "请选择错误、警告或提示。"
        : null;

    private static RuleDefinition? Find(string? ruleId) =>
        ruleId is not null && RuleCatalog.All.FirstOrDefault(r => r.Id == ruleId) is { } rule ? rule : null;
}
