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
    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public int ParentId { get; set; }
    [BindProperty] public string? UnitType { get; set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public int Depth(Organization o) => o.Path.Count(c => c == '/') - 2;

    public static string KindName(OrgKind kind) => OrgKindNames.Chinese(kind);

    public async Task OnGetAsync(CancellationToken ct) => Orgs = await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var parent = await db.Organizations.FindAsync([ParentId], ct);
        var name = Name.Trim();
        if (parent is null) return await Fail("请选择上级组织。", ct);
        if (name.Length == 0) return await Fail("名称为必填项。", ct);
        if (await db.Organizations.AnyAsync(o => o.Name == name, ct)) return await Fail($"组织“{name}”已存在。", ct);

        // A child of the finance bureau is a 主管部门; anything below a department is a 预算单位 (units may nest).
        var org = new Organization
        {
            Name = name,
            ShortName = ShortName?.Trim(),
            ParentId = parent.Id,
            UnitType = UnitType?.Trim(),
            Kind = parent.Kind == OrgKind.FinanceBureau ? OrgKind.Department : OrgKind.Unit,
        };
        db.Organizations.Add(org);
        await db.SaveChangesAsync(ct);
        org.Path = parent.Path + org.Id + "/";
        audit.Record("Create", nameof(Organization), org.Id.ToString(), diff: [new FieldChange("Name", null, org.Name)]);
        await db.SaveChangesAsync(ct);
        Message = $"已新增“{org.Name}”。";
        Name = ""; ShortName = null; UnitType = null;
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

    private Task<List<Organization>> Load(CancellationToken ct) =>
        db.Organizations.AsNoTracking().OrderBy(o => o.Path).ToListAsync(ct);
}
