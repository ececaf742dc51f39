using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Notifications;

/// <summary>
/// The deadline-near reminders, run by the database job queue: each unit's 填报人 is told once per deadline (and due
/// date: a moved deadline is told again) when it is <c>Jixiao:Notifications:DeadlineDays</c> days away or less.
/// </summary>
public sealed class DeadlineReminderJob(JixiaoDbContext db, DeadlineCalendar calendar, Notifier notifier, TimeProvider clock, IConfiguration config)
{
    public const string Kind = "deadline-reminders";
    public const int DefaultDays = 7;

    public sealed record Payload(DateOnly Day);

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
/// Puts one reminder job a day on the queue. Every node runs this; the job's id is derived from the day, so however
/// many nodes enqueue it, the database holds it once and one node runs it (no node keeps state).
/// </summary>
public sealed class DeadlineReminderScheduler(IServiceScopeFactory scopes, IConfiguration config, ILogger<DeadlineReminderScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = config.GetValue("Jixiao:Notifications:ReminderCheckMinutes", 60);
        if (minutes <= 0) return; // off (tests run the job themselves)
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await EnqueueTodayAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not enqueue the deadline reminders; retrying later");
            }
            await Task.Delay(TimeSpan.FromMinutes(minutes), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Enqueues today's reminder job unless it is already there; true when this call added it.</summary>
    public static async Task<bool> EnqueueTodayAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<JixiaoDbContext>();
        var day = services.GetRequiredService<DeadlineCalendar>().Today;
        var id = JobId(day);
        if (await db.Jobs.AnyAsync(j => j.Id == id, ct)) return false;
        db.Jobs.Add(new JobEntity
        {
            Id = id,
            Kind = DeadlineReminderJob.Kind,
            State = JobState.Queued,
            Payload = JsonSerializer.Serialize(new DeadlineReminderJob.Payload(day), Api.ApiJson.Options),
            CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow(),
        });
        return await db.TrySaveAsync(ct);
    }

    public static Guid JobId(DateOnly day) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"{DeadlineReminderJob.Kind}:{day:yyyy-MM-dd}")));
}
