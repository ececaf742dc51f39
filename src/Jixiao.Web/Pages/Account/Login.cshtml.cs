using System.Security.Claims;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Account;

// The antiforgery token is checked below, not by the framework: an expired or missing one (a form left open, a blank
// post) is refused (400) on this page with a Chinese message and a fresh form, not with a bare error (issue 15).
[StartsNewSession]
[IgnoreAntiforgeryToken]
public class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, LoginThrottle throttle,
    DbTicketStore sessions, IAntiforgery antiforgery)
    : PageModel
{
    // One answer for an unknown name, a wrong password and a locked account: none tells an outsider that the account exists.
    public const string Refused = "用户名或密码错误。连续输错 5 次，账号将锁定 15 分钟。";

    public const string Expired = "页面已过期，请重新填写用户名和密码后登录。";

    private static string? _dummyHash;

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Error = Expired;
            var expired = Page();
            expired.StatusCode = StatusCodes.Status400BadRequest;
            return expired;
        }
        var name = UserName?.Trim() ?? "";
        var password = Password ?? "";
        if (name.Length == 0 || password.Length == 0)
        {
            Error = name.Length == 0 && password.Length == 0 ? "请填写用户名和密码。" : name.Length == 0 ? "请填写用户名。" : "请填写密码。";
            return Page();
        }
        if (!throttle.TryAcquire(HttpContext, name))
        {
            Error = LoginThrottle.Message;
            Response.Headers.RetryAfter = "60";
            var refused = Page();
            refused.StatusCode = StatusCodes.Status429TooManyRequests;
            return refused;
        }

        var user = await users.FindByNameAsync(name);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Same work as a real check, so the answer's timing does not tell which accounts exist or are locked.
            _dummyHash ??= hasher.HashPassword(new AppUser { DisplayName = "" }, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new AppUser { DisplayName = "" }, _dummyHash, password);
            Error = Refused;
            return Page();
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Error = Refused;
            return Page();
        }
        await sessions.EndPreviousAsync(HttpContext, HttpContext.RequestAborted);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
