using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>The lint profile in force and a stamp that changes whenever the administrator's settings do.</summary>
public sealed record LintProfileInForce(LintProfile Profile, string Stamp, IReadOnlyList<LintRuleSetting> Settings)
{
    public LintRuleSetting? For(string ruleId) => Settings.FirstOrDefault(s => s.RuleId == ruleId);
}

/// <summary>
/// The administrator's review-rule settings (issue 18): read once per request and laid over the default lint profile
/// (<see cref="RuleSetting.Apply"/>), so every check after a change uses it; each change is recorded in the audit trail.
/// </summary>
public sealed class LintRuleSettings(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock)
{
    public const string EntityType = "LintRule";
    private LintProfileInForce? current;

    public async Task<LintProfileInForce> CurrentAsync(CancellationToken ct)
    {
        if (current is not null) return current;
        var rows = await db.LintRuleSettings.AsNoTracking().OrderBy(s => s.RuleId).ToListAsync(ct);
        var profile = RuleSetting.Apply(LintProfile.Default, rows.Select(r => new RuleSetting(r.RuleId, r.Severity, r.Off)));
        // The settings themselves are the stamp: short (a few rules at most differ) and equal on every node.
        var stamp = string.Join(';', rows.Select(r => $"{r.RuleId}:{r.Severity}:{r.Off}"));
        return current = new LintProfileInForce(profile, stamp, rows);
    }

    /// <summary>Sets a rule's severity (null: the catalogue's) and whether it runs. Null when saved; else the Chinese reason.</summary>
    public async Task<string?> SetAsync(string? ruleId, Severity? severity, bool off, CancellationToken ct)
    {
        if (RuleSetting.Error(ruleId, severity) is { } error) return error;
        var row = await db.LintRuleSettings.SingleOrDefaultAsync(s => s.RuleId == ruleId, ct);
        var rule = RuleCatalog.Get(ruleId!);
        var before = (Severity: row?.Severity, Off: row?.Off ?? false);
        if (before.Severity == severity && before.Off == off) return null;
        if (row is null) db.LintRuleSettings.Add(row = new LintRuleSetting { RuleId = rule.Id, UpdatedBy = me.UserName });
        row.Severity = severity;
        row.Off = off;
        row.UpdatedBy = me.UserName;
        row.UpdatedAt = clock.GetUtcNow();
        audit.Record("SetRule", EntityType, rule.Id, diff:
        [
            .. before.Severity == severity ? Array.Empty<FieldChange>() : [new FieldChange("严重程度", SeverityText(before.Severity, rule), SeverityText(severity, rule))],
            .. before.Off == off ? Array.Empty<FieldChange>() : [new FieldChange("是否启用", before.Off ? "已关闭" : "启用", off ? "已关闭" : "启用")],
        ]);
        await db.SaveChangesAsync(ct);
        current = null;
        return null;
    }

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string SeverityText(Severity? s, RuleDefinition rule) =>
        s is { } v ? SeverityName(v) : $"默认（{SeverityName(rule.DefaultSeverity)}）";
}
