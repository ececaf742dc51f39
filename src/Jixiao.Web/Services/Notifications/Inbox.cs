using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Notifications;

/// <summary>The signed-in user's own notices: never anyone else's, whatever id a request names.</summary>
public sealed class Inbox(JixiaoDbContext db, CurrentUser me, TimeProvider clock)
{
    /// <summary>The page lists this many, newest first; older ones stay stored.</summary>
    public const int ListCap = 200;

    private IQueryable<Notification> Mine => db.Notifications.Where(n => n.UserId == me.UserId);

    public Task<int> UnreadCountAsync(CancellationToken ct) =>
        me.UserId is null ? Task.FromResult(0) : Mine.CountAsync(n => n.ReadAt == null, ct);

    /// <summary>Newest first; the id breaks ties of notices made in the same instant.</summary>
    public static readonly Paging.KeysetOrder<Notification> Order =
        Paging.KeysetOrder<Notification>.ByDescending("n", n => n.CreatedAt).ThenByDescending(n => n.Id);

    /// <summary>One page of the user's notices, newest first; only the unread ones when asked.</summary>
    public Task<Paging.PageResult<Notification>> PageAsync(bool unreadOnly, Paging.PageRequest page, CancellationToken ct) =>
        Order.PageAsync(unreadOnly ? Mine.AsNoTracking().Where(n => n.ReadAt == null) : Mine.AsNoTracking(), page, n => n, ct);

    public async Task<IReadOnlyList<Notification>> ListAsync(CancellationToken ct) =>
        await Mine.AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(ListCap).ToListAsync(ct);

    /// <summary>Marks one of the user's notices read; false when it is not theirs (or not there).</summary>
    public async Task<bool> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = await Mine.AnyAsync(n => n.Id == id, ct);
        if (found) await Mine.Where(n => n.Id == id && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return found;
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    /// <summary>The link of one of the user's notices (marked read on the way), or null.</summary>
    public async Task<string?> OpenAsync(Guid id, CancellationToken ct)
    {
        var link = await Mine.Where(n => n.Id == id).Select(n => n.Link).FirstOrDefaultAsync(ct);
        if (link is not null) await MarkReadAsync(id, ct);
        return link;
    }
}
