using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin;

[AuthorizeRoles(Role.FinanceAdmin)]
public class OrganizationsModel(JixiaoDbContext db, AuditLog audit) : PageModel
{
    /// <summary>Every organization, for the 上级组织 select.</summary>
    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    /// <summary>The page of the tree the table shows (filtered).</summary>
    public IReadOnlyList<Organization> Rows { get; private set; } = [];
    public Paging.Pager? Pager { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public OrgKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public int ParentId { get; set; }
    [BindProperty] public string? UnitType { get; set; }
    /// <summary>Registers a 第三方评价机构 (under the finance bureau) rather than a department or unit.</summary>
    [BindProperty] public bool Evaluator { get; set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public int Depth(Organization o) => o.Path.Count(c => c == '/') - 2;

    public static string KindName(OrgKind kind) => OrgKindNames.Chinese(kind);

    public async Task OnGetAsync(CancellationToken ct) => Orgs = await Load(ct);

    /// <summary>Filter choices of 类型.</summary>
    public static readonly IReadOnlyList<OrgKind> KindChoices = [OrgKind.FinanceBureau, OrgKind.Department, OrgKind.Unit, OrgKind.EvaluationAgency];

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parent = await db.Organizations.FindAsync([ParentId], ct);
        var name = Name.Trim();
        if (parent is null) return await Fail("请选择上级组织。", ct);
        if (name.Length == 0) return await Fail("名称为必填项。", ct);
        if (await db.Organizations.AnyAsync(o => o.Name == name, ct)) return await Fail($"组织“{name}”已存在。", ct);
        if (Evaluator && parent.Kind != OrgKind.FinanceBureau) return await Fail("第三方评价机构由财政局登记：上级组织请选择财政局。", ct);

        // A child of the finance bureau is a 主管部门; anything below a department is a 预算单位 (units may nest).
        var org = new Organization
        {
            Name = name,
            ShortName = ShortName?.Trim(),
            ParentId = parent.Id,
            UnitType = UnitType?.Trim(),
            Kind = Evaluator ? OrgKind.EvaluationAgency : parent.Kind == OrgKind.FinanceBureau ? OrgKind.Department : OrgKind.Unit,
        };
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        org.Path = parent.Path + org.Id + "/";
        audit.Record("Create", nameof(Organization), org.Id.ToString(), diff: [new FieldChange("Name", null, org.Name)]);
        await db.SaveChangesAsync(ct);
        Message = $"已新增“{org.Name}”。";
        Name = ""; ShortName = null; UnitType = null; Evaluator = false;
        Orgs = await Load(ct);
        return Page();
    }

    private async Task<IActionResult> Fail(string message, CancellationToken ct)
    {
        Message = message;
        Failed = true;
        Orgs = await Load(ct);
        return Page();
    }

    private async Task<List<Organization>> Load(CancellationToken ct)
    {
        var orgs = db.Organizations.AsNoTracking();
        if (new ProjectListFilter(Q: Q).Query is { } q) orgs = orgs.Where(o => o.Name.Contains(q) || (o.ShortName != null && o.ShortName.Contains(q)));
        if (Kind is { } kind) orgs = orgs.Where(o => o.Kind == kind);
        var page = await Api.OrganizationsApi.Order.PageAsync(orgs, Paging.PageRequest.Of(null, After), o => o, ct);
        Rows = page.Items;
        Pager = Paging.Pager.For(Request, page, "个组织");
        return await db.Organizations.AsNoTracking().OrderBy(o => o.Path).ToListAsync(ct);
    }
}
