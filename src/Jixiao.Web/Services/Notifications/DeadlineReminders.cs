using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Notifications;

/// <summary>
/// The deadline-near reminders, run on the <see cref="DeadlineReminderSchedule"/>: each unit's 填报人 is told once per deadline (and due
/// date: a moved deadline is told again) when it is <c>Jixiao:Notifications:DeadlineDays</c> days away or less.
/// </summary>
public sealed class DeadlineReminderJob(JixiaoDbContext db, DeadlineCalendar calendar, Notifier notifier, TimeProvider clock, IConfiguration config)
{
    public const string Kind = "deadline-reminders";
    public const int DefaultDays = 7;

    public async Task<string> RunAsync(CancellationToken ct)
    {
        var days = config.GetValue("Jixiao:Notifications:DeadlineDays", DefaultDays);
        var today = calendar.Today;
        var due = await calendar.DueWithinAsync(days, ct);
        var preparers = await notifier.InRole(Role.UnitPreparer).ToListAsync(ct);
        var written = 0;
        foreach (var d in due)
        {
            var keys = preparers.ToDictionary(u => $"deadline:{d.Id}:{d.Due:yyyyMMdd}:{u}", u => u);
            var told = await db.Notifications.Where(n => keys.Keys.Contains(n.DedupKey!)).Select(n => n.DedupKey!).ToListAsync(ct);
            var mailed = await notifier.EmailedAsync(keys.Values.ToList(), ct);
            var left = d.DaysLeft(today);
            var text = $"{d.Name}将于 {d.Due:yyyy-MM-dd} 截止（{(left == 0 ? "今天截止" : $"还有 {left} 天")}），请按时填报。";
            foreach (var (key, userId) in keys.Where(k => !told.Contains(k.Key)))
            {
                notifier.Add(new Notification
                {
                    Id = Guid.NewGuid(),
                    UserId = userId,
                    Kind = NotificationKind.DeadlineNear,
                    Text = Notifier.Cap(text),
                    Link = DeadlineNames.Link(d.Stage),
                    CreatedAt = clock.GetUtcNow(),
                    DedupKey = key,
                }, mailed.Contains(userId));
                written++;
            }
            // Another node writing the same reminders at once: the unique key keeps one of each; the next run adds the rest.
            if (!await db.TrySaveAsync(ct)) written = 0;
        }
        return JsonSerializer.Serialize(new { deadlines = due.Count, notices = written });
    }
}

/// <summary>
/// The reminders' schedule on Quartz (<c>Jixiao:Notifications:ReminderCron</c>, daily at 08:00 China time by default).
/// One node runs each firing; a firing missed while every node was down runs once when one is back (misfire: fire
/// once now), never once per missed day; the reminders' unique keys make a second run tell nobody twice.
/// </summary>
[Quartz.DisallowConcurrentExecution]
public sealed class DeadlineReminderSchedule(DeadlineReminderJob job, IServiceProvider services) : Quartz.IJob
{
    public static readonly Quartz.JobKey Key = new(DeadlineReminderJob.Kind, Jobs.JobsSetup.ScheduleGroup);
    public const string DefaultCron = "0 0 8 * * ?";

    public async ValueTask Execute(Quartz.IJobExecutionContext context, CancellationToken ct)
    {
        using var templates = Infrastructure.TemplatesSetup.UseTemplates(services);
        await job.RunAsync(ct);
    }
}
