using Jixiao.Data.Entities;
using Jixiao.Web.Services.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Notifications;

/// <summary>通知: the user's own notices, newest first; open one (marks it read), mark one or all read.</summary>
public class IndexModel(Inbox inbox) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];
    public int Unread => Items.Count(n => n.ReadAt is null);

    public async Task OnGetAsync(CancellationToken ct) => Items = await inbox.ListAsync(ct);

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken ct) =>
        await inbox.OpenAsync(id, ct) is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : NotFound();

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct) =>
        await inbox.MarkReadAsync(id, ct) ? RedirectToPage() : NotFound();

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(ct);
        return RedirectToPage();
    }

    public static string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.Submitted => "待审核",
        NotificationKind.Returned => "被退回",
        NotificationKind.Approved => "已批复",
        NotificationKind.DeadlineNear => "截止临近",
        NotificationKind.Published => "已发布",
        _ => "通知",
    };
}
