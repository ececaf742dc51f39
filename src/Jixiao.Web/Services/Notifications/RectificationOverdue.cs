using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Notifications;

/// <summary>
/// 整改逾期提醒 (ADR-062), run on the <see cref="RectificationOverdueSchedule"/>: when a 整改事项 becomes overdue
/// (<see cref="RectificationRules.IsOverdue"/>), each 填报人 of its owner unit is told once per item (a unique key per item
/// and user: a second run, or another node, tells nobody twice), by e-mail too when e-mail is on.
/// </summary>
public sealed class RectificationOverdueJob(JixiaoDbContext db, Notifier notifier, TimeProvider clock)
{
    public const string Kind = "rectification-overdue";

    /// <summary>The notice's unique key of an item and a user.</summary>
    public static string Key(Guid itemId, string userId) => $"rectification-overdue:{itemId}:{userId}";

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var today = DisplayTime.Today(clock);
        var overdue = await db.RectificationItems.AsNoTracking().Where(i => i.State == RectificationState.Open && i.DueDate < today)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Id).Select(i => new { i.Id, i.OwnerUnitId, i.Requirement, i.DueDate }).ToListAsync(ct);
        var written = 0;
        foreach (var unit in overdue.GroupBy(i => i.OwnerUnitId))
        {
            var preparers = await notifier.UnitPreparers(unit.Key).ToListAsync(ct);
            var keys = unit.SelectMany(i => preparers.Select(u => (Key: Key(i.Id, u), Item: i, User: u))).ToList();
            var names = keys.Select(k => k.Key).ToList();
            var told = (await db.Notifications.AsNoTracking().Where(n => names.Contains(n.DedupKey!)).Select(n => n.DedupKey!).ToListAsync(ct)).ToHashSet();
            var mailed = await notifier.EmailedAsync(preparers, ct);
            var added = 0;
            foreach (var (key, item, userId) in keys.Where(k => !told.Contains(k.Key)))
            {
                notifier.Add(new Notification
                {
                    Id = Guid.NewGuid(),
                    UserId = userId,
                    Kind = NotificationKind.RectificationOverdue,
                    Text = Notifier.Cap($"整改事项“{item.Requirement}”已逾期（整改期限 {item.DueDate:yyyy-MM-dd}），请尽快整改并答复。"),
                    Link = $"/Rectifications/{item.Id}",
                    CreatedAt = clock.GetUtcNow(),
                    DedupKey = key,
                }, mailed.Contains(userId));
                added++;
            }
            // Another node telling the same items at once: the unique key keeps one of each; the next run adds the rest.
            if (added > 0 && await db.TrySaveAsync(ct)) written += added;
        }
        return JsonSerializer.Serialize(new { overdue = overdue.Count, notices = written });
    }
}

/// <summary>
/// The overdue reminders' schedule on Quartz (<c>Jixiao:Notifications:RectificationCron</c>, else the deadline reminders'
/// cron: daily at 08:00 China time by default), one node per firing, a missed firing run once (as <see cref="DeadlineReminderSchedule"/>).
/// </summary>
[Quartz.DisallowConcurrentExecution]
public sealed class RectificationOverdueSchedule(RectificationOverdueJob job) : Quartz.IJob
{
    public static readonly Quartz.JobKey Key = new(RectificationOverdueJob.Kind, Jobs.JobsSetup.ScheduleGroup);

    public async ValueTask Execute(Quartz.IJobExecutionContext context, CancellationToken ct) => await job.RunAsync(ct);
}
