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
public class UsersModel(JixiaoDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock, DbTicketStore sessions, CurrentUser me) : PageModel
{
    public sealed record Row(string Id, string UserName, string DisplayName, Role? Role, string RoleName, int OrgId, string OrgName, bool LockedOut, bool Disabled)
    {
        public string? Email { get; init; }
        public bool EmailNotices { get; init; }
    }

    public IReadOnlyList<Row> Users { get; private set; } = [];
    public IReadOnlyList<Organization> Orgs { get; private set; } = [];
    public bool IsMe(Row row) => row.Id == me.UserId;
    public string? Message { get; private set; }
    /// <summary>The user being edited (from <c>?edit=</c>), shown in the side form instead of 新增用户.</summary>
    public Row? Editing { get; private set; }
    public bool Failed { get; private set; }

    [BindProperty] public string NewUserName { get; set; } = "";
    [BindProperty] public string NewDisplayName { get; set; } = "";
    [BindProperty] public Role NewRole { get; set; }
    [BindProperty] public int NewOrgId { get; set; }

    [BindProperty] public string? EditDisplayName { get; set; }
    [BindProperty] public Role EditRole { get; set; }
    [BindProperty] public int EditOrgId { get; set; }
    [BindProperty] public string? EditEmail { get; set; }
    [BindProperty] public bool EditEmailNotices { get; set; }

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Org { get; set; }
    [BindProperty(SupportsGet = true, Name = "role")] public Role? RoleFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public Paging.Pager? Pager { get; private set; }

    /// <summary>By user name (unique), so a district's thousands of accounts page exactly once each.</summary>
    public static readonly Paging.KeysetOrder<AppUser> Order = Paging.KeysetOrder<AppUser>.By("user", u => u.UserName!);

    /// <summary>The filters of this request, so the forms post back to the same filtered page.</summary>
    public Dictionary<string, string> RouteValues => new Dictionary<string, string?>
    {
        ["q"] = Q,
        ["org"] = Org?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["role"] = RoleFilter?.ToString(),
        ["after"] = After,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);

    public async Task OnGetAsync(string? edit, CancellationToken ct)
    {
        await Load(ct);
        if (edit is not null) Editing = (await RowsAsync(db.Users.AsNoTracking().Where(u => u.Id == edit), ct)).FirstOrDefault();
    }

    public async Task<IActionResult> OnPostEditAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var name = Domain.Text.TextHygiene.Clean(EditDisplayName ?? "").Trim();
        if (name.Length is 0 or > 100) return await Done("请填写姓名（不超过 100 个字）。", true, ct);
        if (await db.Organizations.FindAsync([EditOrgId], ct) is not { } org) return await Done("请选择所属组织。", true, ct);
        if (!RolePlacement.Assignable.Contains(EditRole)) return await Done("请选择角色。", true, ct);
        if (RolePlacement.Refusal(EditRole, org.Kind) is { } refusal) return await Done(refusal, true, ct);
        var (email, emailError) = Services.Mail.EmailAddressRule.Check(EditEmail);
        if (emailError is not null) return await Done(emailError, true, ct);
        if (EditEmailNotices && email is null) return await Done("要接收邮件提醒，请先填写电子邮箱。", true, ct);
        var oldRoles = await users.GetRolesAsync(user);
        if (user.Id == me.UserId && !oldRoles.Contains(EditRole.ToString()))
            return await Done("不能修改自己的角色（否则可能没有管理员可以管理用户）。", true, ct);
        var oldOrg = await db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var diff = new List<FieldChange>();
        if (user.DisplayName != name) diff.Add(new FieldChange("姓名", user.DisplayName, name));
        if (user.OrganizationId != org.Id) diff.Add(new FieldChange("所属组织", oldOrg, org.Name));
        if (!oldRoles.SequenceEqual([EditRole.ToString()]))
            diff.Add(new FieldChange("角色", string.Join("、", oldRoles.Select(r => Enum.TryParse<Role>(r, out var x) ? RoleNames.Chinese(x) : r)), RoleNames.Chinese(EditRole)));
        diff.AddRange(Services.Mail.EmailSettingsChange.Diff(user, email, EditEmailNotices));
        if (diff.Count == 0) return await Done($"{user.UserName} 没有改动。", false, ct);
        Services.Mail.EmailSettingsChange.Apply(user, email, EditEmailNotices);
        user.DisplayName = name;
        user.OrganizationId = org.Id;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return await Done(string.Join("；", updated.Errors.Select(e => e.Description)), true, ct);
        if (!oldRoles.SequenceEqual([EditRole.ToString()]))
        {
            await users.RemoveFromRolesAsync(user, oldRoles);
            await users.AddToRoleAsync(user, EditRole.ToString());
        }
        audit.Record("Update", "User", user.Id, diff: diff);
        await db.SaveChangesAsync(ct);
        // Role and organization travel in the sign-in: the user signs in again to work with the new ones.
        if (user.Id != me.UserId && diff.Any(d => d.Field is "姓名" or "所属组织" or "角色")) await sessions.EndAllAsync(user.Id, keepKey: null, ct);
        return await Done($"已保存 {user.UserName} 的资料。", false, ct);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        if (user.Id == me.UserId) return await Done("不能停用自己的账号。", true, ct);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, AccountStatus.DisabledUntil);
        audit.Record("Update", "User", user.Id, comment: $"停用 {user.UserName}");
        await db.SaveChangesAsync(ct);
        await sessions.EndAllAsync(user.Id, keepKey: null, ct); // signed out everywhere, now
        return await Done($"已停用 {user.UserName}：该用户不能再登录，已登录的会话已结束。", false, ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record("Update", "User", user.Id, comment: $"启用 {user.UserName}");
        await db.SaveChangesAsync(ct);
        return await Done($"已启用 {user.UserName}。", false, ct);
    }

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
        var accounts = db.Users.AsNoTracking();
        if (new ProjectListFilter(Q: Q).Query is { } q) accounts = accounts.Where(u => u.UserName!.Contains(q) || u.DisplayName.Contains(q));
        if (Org is { } org) accounts = accounts.Where(u => u.OrganizationId == org);
        if (RoleFilter is { } role)
        {
            var roleName = role.ToString();
            accounts = accounts.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == roleName)));
        }
        var page = await Order.PageAsync(accounts, Paging.PageRequest.Of(null, After), u => u.Id, ct);
        var rows = await RowsAsync(db.Users.AsNoTracking().Where(u => page.Items.Contains(u.Id)), ct);
        // The page's order (by user name), whatever order the second read returned.
        Users = page.Items.Select(id => rows.Single(r => r.Id == id)).ToList();
        Pager = Paging.Pager.For(Request, page, "个用户");
    }

    private async Task<List<Row>> RowsAsync(IQueryable<AppUser> accounts, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await (from u in accounts
                          join o in db.Organizations on u.OrganizationId equals o.Id
                          from ur in db.UserRoles.Where(r => r.UserId == u.Id).DefaultIfEmpty()
                          from r in db.Roles.Where(r => ur != null && r.Id == ur.RoleId).DefaultIfEmpty()
                          select new { u.Id, u.UserName, u.DisplayName, Role = r != null ? r.Name : null, OrgId = o.Id, OrgName = o.Name, u.LockoutEnd, u.Email, u.EmailNotices })
                         .ToListAsync(ct);
        return rows.DistinctBy(r => r.Id).Select(r => new Row(r.Id, r.UserName!, r.DisplayName, Enum.TryParse<Role>(r.Role, out var role) ? role : null,
            Enum.TryParse<Role>(r.Role, out var named) ? RoleNames.Chinese(named) : "—", r.OrgId, r.OrgName,
            r.LockoutEnd > now && r.LockoutEnd < AccountStatus.DisabledUntil, r.LockoutEnd >= AccountStatus.DisabledUntil)
        { Email = r.Email, EmailNotices = r.EmailNotices }).ToList();
    }
}
