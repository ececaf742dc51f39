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
        new[] { Domain.Workflow.Role.FinanceAdmin, Domain.Workflow.Role.FinanceReviewer, Domain.Workflow.Role.SupervisorReviewer, Domain.Workflow.Role.UnitPreparer,
                Domain.Workflow.Role.ThirdPartyEvaluator }
            .Cast<Role?>()
            .FirstOrDefault(r => Principal.IsInRole(r!.Value.ToString()));

    public bool IsFinance => Role is Domain.Workflow.Role.FinanceReviewer or Domain.Workflow.Role.FinanceAdmin;

    /// <summary>
    /// How far the user's forms reach — the one rule behind every form query: finance sees every unit, a supervising
    /// department the units below it, a preparer its own unit only (also when attached to a department, which then
    /// holds no forms of its own), anyone else nothing.
    /// </summary>
    private FormReach Reach => Role switch
    {
        Domain.Workflow.Role.FinanceAdmin or Domain.Workflow.Role.FinanceReviewer => FormReach.Everything,
        Domain.Workflow.Role.SupervisorReviewer => FormReach.Subtree,
        Domain.Workflow.Role.UnitPreparer => FormReach.OwnUnit,
        _ => FormReach.Nothing,
    };

    private enum FormReach { Nothing, OwnUnit, Subtree, Everything }

    public IQueryable<ProjectEntity> Scope(IQueryable<ProjectEntity> projects) => Reach switch
    {
        FormReach.Everything => projects,
        FormReach.Subtree => projects.Where(p => p.Unit!.Path.StartsWith(OrgPath)),
        // A department's own form (部门整体, ADR-057) is its reviewers'; a preparer misplaced on a department does not see it.
        FormReach.OwnUnit => projects.Where(p => p.UnitId == OrgId && p.Unit!.Kind == OrgKind.Unit),
        _ => projects.Where(_ => false),
    };

    /// <summary>True when <see cref="Scope(IQueryable{ProjectEntity})"/> holds every project (finance).</summary>
    public bool SeesEveryProject => Reach == FormReach.Everything;

    /// <summary>The organizations whose projects <see cref="Scope(IQueryable{ProjectEntity})"/> holds (a project's own unit), by the same rule.</summary>
    public IQueryable<Organization> ScopeProjectUnits(IQueryable<Organization> orgs) => Reach switch
    {
        FormReach.Everything => orgs,
        FormReach.Subtree => orgs.Where(o => o.Path.StartsWith(OrgPath)),
        FormReach.OwnUnit => orgs.Where(o => o.Id == OrgId && o.Kind == OrgKind.Unit),
        _ => orgs.Where(_ => false),
    };

    public IQueryable<DisclosureEntity> Scope(IQueryable<DisclosureEntity> disclosures) => Reach switch
    {
        FormReach.Everything => disclosures,
        FormReach.Subtree => disclosures.Where(d => d.Unit!.Path.StartsWith(OrgPath)),
        FormReach.OwnUnit => disclosures.Where(d => d.UnitId == OrgId),
        _ => disclosures.Where(_ => false),
    };

    /// <summary>The organizations whose forms the user may see, create or import into (the same reach as <see cref="Scope(IQueryable{ProjectEntity})"/>).</summary>
    public IQueryable<Organization> ScopeFormOrgs(IQueryable<Organization> orgs) => Reach switch
    {
        FormReach.Everything => orgs,
        FormReach.Subtree => orgs.Where(o => o.Path.StartsWith(OrgPath)),
        FormReach.OwnUnit => orgs.Where(o => o.Id == OrgId),
        _ => orgs.Where(_ => false),
    };

    /// <summary>The organization tree the user may browse (lists, filters): a preparer sees the subtree of its organization.</summary>
    public IQueryable<Organization> ScopeOrgs(IQueryable<Organization> orgs) => IsFinance
        ? orgs
        : Role is null ? orgs.Where(_ => false) : orgs.Where(o => o.Path.StartsWith(OrgPath));
}
