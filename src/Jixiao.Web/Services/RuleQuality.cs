using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Review;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One rule's figures: findings on the forms' current versions, how many of them reviewers dismissed and why.</summary>
public sealed record RuleQualityRow(RuleDefinition Rule, int Fired, int Dismissed, IReadOnlyDictionary<DismissalReason, int> ByReason,
    int Answered, LintRuleSetting? Setting)
{
    /// <summary>Dismissed share of the findings in percent, one decimal (null when the rule did not fire).</summary>
    public decimal? DismissedPercent => Fired == 0 ? null : Math.Round(100m * Dismissed / Fired, 1);
}

/// <summary>The rule-quality report of one year and district (or all).</summary>
public sealed record RuleQualityReport(int? Year, int? DistrictId, IReadOnlyList<int> Years, IReadOnlyList<Organization> Districts,
    int Forms, IReadOnlyList<RuleQualityRow> Rows);

/// <summary>
/// How each review rule does in practice (issue 18): every catalogued rule with the findings it states on the current
/// version of each declaration of the chosen year and district, and how many of those a reviewer dismissed, by reason.
/// Counted with the administrator's severities but with no rule switched off, so a rule switched off still shows what
/// it would say.
/// </summary>
public sealed class RuleQuality(JixiaoDbContext db, CurrentUser me, LintRuleSettings settings, ProjectModelCache models)
{
    public async Task<RuleQualityReport> ReportAsync(int? year, int? districtId, CancellationToken ct)
    {
        var districts = await me.ScopeOrgs(db.Organizations.AsNoTracking()).Where(o => o.Kind == OrgKind.FinanceBureau)
            .OrderBy(o => o.Id).ToListAsync(ct);
        var district = districts.FirstOrDefault(d => d.Id == districtId);
        var scoped = me.Scope(db.Projects.AsNoTracking());
        var years = await scoped.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var projects = scoped;
        if (year is { } y) projects = projects.Where(p => p.Year == y);
        if (district is not null) projects = projects.Where(p => p.Unit!.Path.StartsWith(district.Path));

        var current = await db.DeclarationVersions.AsNoTracking()
            .Where(v => projects.Any(p => p.Id == v.ProjectId)
                && v.Number == db.DeclarationVersions.Where(w => w.ProjectId == v.ProjectId).Max(w => w.Number))
            .ToListAsync(ct);
        var inForce = await settings.CurrentAsync(ct);
        var counting = inForce.Profile with { OffRules = new HashSet<string>() };
        var stamp = inForce.Stamp + "|counting";
        var findings = current.SelectMany(v => models.Get(v, stamp, x =>
            {
                var model = ProjectService.ToDomain(x);
                return (model, ProjectService.Lint(model, x.State == FormState.Imported, counting));
            }).Findings.Select(f => (v.ProjectId, Finding: f, Fingerprint: FindingFingerprint.Of(f).Value)))
            .ToList();

        var ids = current.Select(v => v.ProjectId).ToHashSet();
        var responses = (await db.FindingResponses.AsNoTracking().Where(r => r.FormType == ReviewForm.Declaration).ToListAsync(ct))
            .Where(r => ids.Contains(r.FormId))
            .ToLookup(r => (r.FormId, r.Fingerprint));

        var rows = RuleCatalog.All.Select(rule =>
        {
            var fired = findings.Where(f => f.Finding.RuleId == rule.Id).ToList();
            var dismissals = fired.Select(f => responses[(f.ProjectId, f.Fingerprint)].FirstOrDefault(r => r.Kind == FindingResponseKind.Dismissal))
                .OfType<FindingResponse>().ToList();
            var answered = fired.Count(f => responses[(f.ProjectId, f.Fingerprint)].Any(r => r.Kind == FindingResponseKind.Answer));
            return new RuleQualityRow(rule, fired.Count, dismissals.Count,
                Enum.GetValues<DismissalReason>().ToDictionary(r => r, r => dismissals.Count(d => d.Reason == r)),
                answered, inForce.For(rule.Id));
        }).ToList();
        return new RuleQualityReport(year, district?.Id, years, districts, current.Count, rows);
    }
}
