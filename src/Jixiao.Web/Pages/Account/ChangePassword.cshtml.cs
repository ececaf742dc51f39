using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Account;

/// <summary>Every signed-in user sets their own password here; a user holding an administrator-issued one is sent here first.</summary>
[Authorize]
public class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, DbTicketStore sessions,
    LoginThrottle throttle, AuditLog audit, JixiaoDbContext db) : PageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public bool Done { get; private set; }
    public bool MustChange => User.HasClaim(c => c.Type == JixiaoClaims.TemporaryCredential);
    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Error = Check();
        if (Error is not null) return Page();
        // A stolen session must not become a way to guess the current password at full speed.
        if (!throttle.TryAcquire(HttpContext, user.UserName!))
        {
            Error = LoginThrottle.Message;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status429TooManyRequests;
            return refused;
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            Error = string.Join("", result.Errors.Select(e => e.Description));
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        audit.Record("Update", "User", user.Id, comment: $"{user.UserName} 修改了自己的密码");
        await db.SaveChangesAsync(ct);
        // Sessions elsewhere were signed in with the old password: end them; this one continues with fresh claims.
        await sessions.EndAllAsync(user.Id, DbTicketStore.CurrentKey(HttpContext), ct);
        await signIn.RefreshSignInAsync(user);
        Done = true;
        return Page();
    }

    private string? Check()
    {
        if (string.IsNullOrEmpty(CurrentPassword)) return "请填写当前密码。";
        if (string.IsNullOrEmpty(NewPassword)) return "请填写新密码。";
        if (NewPassword != ConfirmPassword) return "两次输入的新密码不一致。";
        if (NewPassword == CurrentPassword) return "新密码不能与当前密码相同。";
        return null;
    }
}
