using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Admin;

[AuthorizeRoles(Role.FinanceAdmin)]
public class UsersModel(JixiaoDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, DbTicketStore sessions) : PageModel
{
    public sealed record Row(string Id, string UserName, string DisplayName, string RoleName, string OrgName, bool LockedOut);

    public IReadOnlyList<Row> Users { get; private set; } = [];
    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    [BindProperty] public string NewUserName { get; set; } = "";
    [BindProperty] public string NewDisplayName { get; set; } = "";
    [BindProperty] public Role NewRole { get; set; }
    [BindProperty] public int NewOrgId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await db.Organizations.FindAsync([NewOrgId], ct) is not { } org) return await Done("请选择所属组织。", true, ct);
        if (RolePlacement.Refusal(NewRole, org.Kind) is { } refusal) return await Done(refusal, true, ct);
        var password = Seeder.GeneratePassword();
        // Temporary: the administrator sees it once, and it stops working the moment the user sets their own.
        var user = new AppUser { UserName = NewUserName.Trim(), DisplayName = NewDisplayName.Trim(), OrganizationId = NewOrgId, MustChangePassword = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) return await Done(string.Join("；", result.Errors.Select(e => e.Description)), true, ct);
        await users.AddToRoleAsync(user, NewRole.ToString());
        audit.Record("Create", "User", user.Id, diff: [new FieldChange("UserName", null, user.UserName), new FieldChange("Role", null, NewRole.ToString())]);
        await db.SaveChangesAsync(ct);
        return await Done($"已创建用户 {user.UserName}，初始密码：{password}（仅显示这一次；用户首次登录时须修改）", false, ct);
    }

    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var password = Seeder.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        if (!result.Succeeded) return await Done(string.Join("；", result.Errors.Select(e => e.Description)), true, ct);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        audit.Record("Update", "User", user.Id, comment: $"重置 {user.UserName} 的密码（临时密码，须在下次登录时修改）");
        await db.SaveChangesAsync(ct);
        // Whoever was signed in as this user (perhaps the person the reset is meant to lock out) is signed out now.
        await sessions.EndAllAsync(user.Id, keepKey: null, ct);
        return await Done($"{user.UserName} 的临时密码：{password}（仅显示这一次；用户下次登录时须修改）", false, ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record("Update", "User", user.Id, comment: "解锁");
        await db.SaveChangesAsync(ct);
        return await Done($"已解锁 {user.UserName}。", false, ct);
    }

    private async Task<IActionResult> Done(string message, bool failed, CancellationToken ct)
    {
        Message = message;
        Failed = failed;
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Orgs = await db.Organizations.AsNoTracking().OrderBy(o => o.Path).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var rows = await (from u in db.Users.AsNoTracking()
                          join o in db.Organizations on u.OrganizationId equals o.Id
                          from ur in db.UserRoles.Where(r => r.UserId == u.Id).DefaultIfEmpty()
                          from r in db.Roles.Where(r => ur != null && r.Id == ur.RoleId).DefaultIfEmpty()
                          orderby o.Path, u.UserName
                          select new { u.Id, u.UserName, u.DisplayName, Role = r != null ? r.Name : null, OrgName = o.Name, u.LockoutEnd })
                         .ToListAsync(ct);
        Users = rows.Select(r => new Row(r.Id, r.UserName!, r.DisplayName,
            Enum.TryParse<Role>(r.Role, out var role) ? RoleNames.Chinese(role) : "—", r.OrgName, r.LockoutEnd > now)).ToList();
    }
}
