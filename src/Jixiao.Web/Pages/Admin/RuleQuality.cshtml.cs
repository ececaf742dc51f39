using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 审核规则质量 (issue 18): per review rule, how often it fired on the declarations of a year and district and how often
/// reviewers dismissed it, by reason. Severity and the off-switch are set on <see cref="RuleProfilesModel"/>.
/// </summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class RuleQualityModel(RuleQuality quality) : PageModel
{
    public RuleQualityReport Report { get; private set; } = null!;

    public async Task OnGetAsync(int? year, int? district, CancellationToken ct) =>
        Report = await quality.ReportAsync(year, district, ct);
}
