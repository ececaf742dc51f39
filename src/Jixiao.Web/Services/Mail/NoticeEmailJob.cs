using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Services.Mail;

/// <summary>
/// E-mails one notice, run by the database job queue. The notice is already saved in-app; this only adds the e-mail.
/// Idempotent: a notice already e-mailed (<see cref="Notification.EmailedAt"/>) is not sent again, so a retry after a
/// node died mid-job sends at most one more copy, never a stream of them.
/// </summary>
public sealed class NoticeEmailJob(JixiaoDbContext db, MailSender sender, IOptions<SmtpSettings> smtp, TimeProvider clock)
{
    public const string Kind = "notice-email";

    public sealed record Payload(Guid NotificationId);

    public static JobEntity For(Guid notificationId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Kind = Kind,
        State = JobState.Queued,
        Payload = JsonSerializer.Serialize(new Payload(notificationId), Api.ApiJson.Options),
        CreatedAt = now,
    };

    public async Task<string> RunAsync(Payload payload, CancellationToken ct)
    {
        var notice = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == payload.NotificationId, ct);
        if (notice is null) return Result("notice gone");
        if (notice.EmailedAt is not null) return Result("already sent");
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == notice.UserId, ct);
        // The user may have turned e-mail off, or removed the address, since the notice was written.
        if (!user.EmailNotices || string.IsNullOrWhiteSpace(user.Email)) return Result("user opted out");
        await sender.SendAsync(NoticeMail.Compose(notice, user, smtp.Value), ct);
        await db.Notifications.Where(n => n.Id == notice.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailedAt, clock.GetUtcNow()), ct);
        return Result("sent");
    }

    private static string Result(string outcome) => JsonSerializer.Serialize(new { outcome });
}
