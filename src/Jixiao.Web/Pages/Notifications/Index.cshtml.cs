using Jixiao.Data.Entities;
using Jixiao.Web.Services.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Pages.Notifications;

/// <summary>通知: the user's own notices, newest first; open one (marks it read), mark one or all read.</summary>
public class IndexModel(Inbox inbox) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    public IReadOnlyList<Notification> Items { get; private set; } = [];
    /// <summary>Unread notices in all (not only on this page).</summary>
    public int UnreadCount { get; private set; }
    public Paging.Pager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = await inbox.PageAsync(Unread, Paging.PageRequest.Of(null, After), ct);
        Items = page.Items;
        Pager = Paging.Pager.For(Request, page, "条");
        UnreadCount = await inbox.UnreadCountAsync(ct);
    }

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
        NotificationKind.RectificationOverdue => "整改逾期",
        _ => "通知",
    };
}
