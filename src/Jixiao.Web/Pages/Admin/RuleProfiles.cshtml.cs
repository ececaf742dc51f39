using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 评分规则 (scoring.md §1): the built-in profiles and the administrator's choice per self-evaluation, or for all
/// changeable evaluations of a year at once. The choice is stored on each evaluation (<c>ProfileId</c>). Below them the
/// review rules of the lint profile (issue 18): each rule's severity and whether it runs, taking effect on the next check.
/// </summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public partial class RuleProfilesModel(SelfEvaluationService service, LintRuleSettings lintRules) : PageModel
{
    public IReadOnlyList<RuleProfile> Profiles => RuleProfiles.All;
    public IReadOnlyList<SelfEvaluationListRow> Evaluations { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public LintProfileInForce LintRules { get; private set; } = null!;

    public static bool Changeable(FormState state) => state is FormState.Draft or FormState.Returned;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Evaluations = await service.ListAsync(null, ct);
        LintRules = await lintRules.CurrentAsync(ct);
    }

    /// <summary>One review rule's setting: <paramref name="severity"/> empty for the catalogue's, <paramref name="enabled"/> unchecked to switch it off.</summary>
    public async Task<IActionResult> OnPostRuleAsync(string? ruleId, string? severity, bool enabled, CancellationToken ct)
    {
        Severity? chosen = null;
        if (!string.IsNullOrEmpty(severity))
        {
            if (!Enum.TryParse<Severity>(severity, out var parsed) || !Enum.IsDefined(parsed))
                return await Done("请选择错误、警告或提示。", true, ct);
            chosen = parsed;
        }
        var error = await lintRules.SetAsync(ruleId, chosen, !enabled, ct);
        return await Done(error ?? $"已保存审核规则 {ruleId} 的设置，下次审核起生效。", error is not null, ct);
    }

    /// <summary>A rule's message as the administrator reads it: placeholders shown as “…”.</summary>
    public static string RuleText(RuleDefinition rule) => Placeholder().Replace(rule.Message.Zh, "…");

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\w+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    public async Task<IActionResult> OnPostYearAsync(int year, string profileId, CancellationToken ct)
    {
        var (changed, result) = await service.SetProfileForYearAsync(year, profileId, ct);
        return await Done(result.Ok ? $"{year} 年度已有 {changed} 张自评表改用 {profileId}。" : result.Error!, !result.Ok, ct);
    }

    public async Task<IActionResult> OnPostOneAsync(Guid id, string profileId, CancellationToken ct)
    {
        var result = await service.SetProfileAsync(id, profileId, ct);
        if (result.NotFound) return NotFound();
        return await Done(result.Ok ? $"已设置评分规则 {profileId}。" : result.Error!, !result.Ok, ct);
    }

    private async Task<IActionResult> Done(string message, bool failed, CancellationToken ct)
    {
        Message = message;
        Failed = failed;
        Evaluations = await service.ListAsync(null, ct);
        LintRules = await lintRules.CurrentAsync(ct);
        return Page();
    }

    public static string YesNo(bool b) => b ? "是" : "否";
}
