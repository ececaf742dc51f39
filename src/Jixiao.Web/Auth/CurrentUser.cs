using System.Security.Claims;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;

namespace Jixiao.Web.Auth;

/// <summary>
/// The signed-in user's identity, role and organization, and the data scope that follows from them
/// (workflow.md §1): a unit sees its own, a department its descendants, finance everything.
/// Every query for forms goes through <see cref="Scope"/>; nothing is filtered in the page markup.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;
    public string? UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => Principal.Identity?.Name ?? "anonymous";
    public string DisplayName => Principal.FindFirstValue(JixiaoClaims.DisplayName) ?? UserName;
    public int? OrgId => int.TryParse(Principal.FindFirstValue(JixiaoClaims.OrgId), out var id) ? id : null;
    public string OrgPath => Principal.FindFirstValue(JixiaoClaims.OrgPath) ?? "/none/";
    public string OrgName => Principal.FindFirstValue(JixiaoClaims.OrgName) ?? "";

    /// <summary>The most privileged role held (a user normally holds one).</summary>
    public Role? Role =>
        new[] { Domain.Workflow.Role.FinanceAdmin, Domain.Workflow.Role.FinanceReviewer, Domain.Workflow.Role.SupervisorReviewer, Domain.Workflow.Role.UnitPreparer }
            .Cast<Role?>()
            .FirstOrDefault(r => Principal.IsInRole(r!.Value.ToString()));

    public bool IsFinance => Role is Domain.Workflow.Role.FinanceReviewer or Domain.Workflow.Role.FinanceAdmin;

    public IQueryable<ProjectEntity> Scope(IQueryable<ProjectEntity> projects) => Role switch
    {
        Domain.Workflow.Role.FinanceAdmin or Domain.Workflow.Role.FinanceReviewer => projects,
        Domain.Workflow.Role.SupervisorReviewer => projects.Where(p => p.Unit!.Path.StartsWith(OrgPath)),
        Domain.Workflow.Role.UnitPreparer => projects.Where(p => p.UnitId == OrgId),
        _ => projects.Where(_ => false),
    };

    public IQueryable<Organization> ScopeOrgs(IQueryable<Organization> orgs) => IsFinance
        ? orgs
        : Role is null ? orgs.Where(_ => false) : orgs.Where(o => o.Path.StartsWith(OrgPath));
}
