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
/// changeable evaluations of a year at once. The choice is stored on each evaluation (<c>ProfileId</c>).
/// </summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class RuleProfilesModel(SelfEvaluationService service) : PageModel
{
    public IReadOnlyList<RuleProfile> Profiles => RuleProfiles.All;
    public IReadOnlyList<SelfEvaluationListRow> Evaluations { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public static bool Changeable(FormState state) => state is FormState.Draft or FormState.Returned;

    public async Task OnGetAsync(CancellationToken ct) => Evaluations = await service.ListAsync(null, ct);

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
        return Page();
    }

    public static string YesNo(bool b) => b ? "是" : "否";
}
