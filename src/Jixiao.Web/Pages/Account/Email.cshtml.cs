using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Pages.Account;

/// <summary>Every signed-in user sets their own e-mail address and whether their notices are e-mailed too.</summary>
[Authorize]
public class EmailModel(UserManager<AppUser> users, AuditLog audit, JixiaoDbContext db, IOptions<SmtpSettings> smtp) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public bool EmailNotices { get; set; }
    public string? Error { get; private set; }
    public bool Saved { get; private set; }
    public bool MailEnabled => smtp.Value.Enabled;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        Email = user.Email;
        EmailNotices = user.EmailNotices;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var (address, error) = EmailAddressRule.Check(Email);
        if (error is null && EmailNotices && address is null) error = "要接收邮件提醒，请先填写电子邮箱。";
        if (error is not null)
        {
            Error = error;
            return Page();
        }
        var diff = EmailSettingsChange.Diff(user, address, EmailNotices);
        if (diff.Count > 0)
        {
            EmailSettingsChange.Apply(user, address, EmailNotices);
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                Error = string.Join("；", updated.Errors.Select(e => e.Description));
                return Page();
            }
            audit.Record("Update", "User", user.Id, diff: diff);
            await db.SaveChangesAsync(ct);
        }
        Email = address;
        Saved = true;
        return Page();
    }
}
