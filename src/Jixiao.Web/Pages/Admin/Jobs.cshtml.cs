using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Jixiao.Web.Services.Jobs;
using Jixiao.Web.Services.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Jixiao.Web.Pages.Admin;

/// <summary>
/// 后台任务: how many jobs wait, run or failed; the latest of them with why one failed and a retry for it; and when each
/// schedule runs next (ADR-052).
/// </summary>
[AuthorizeRoles(Role.FinanceAdmin)]
public class JobsModel(JixiaoDbContext db, JobQueue queue, ISchedulerFactory schedulers) : PageModel
{
    public const int ListCap = 100;

    public sealed record Schedule(string Name, string Plan, DateTimeOffset? Previous, DateTimeOffset? Next);

    public IReadOnlyList<Schedule> Schedules { get; private set; } = [];
    public IReadOnlyList<JobEntity> Jobs { get; private set; } = [];
    public IReadOnlyDictionary<JobState, int> Counts { get; private set; } = new Dictionary<JobState, int>();
    [BindProperty(SupportsGet = true)] public JobState? State { get; set; }
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => Load(ct);

    public async Task OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        var retried = await queue.RetryAsync(id, ct);
        (Message, Failed) = retried ? ("已重新安排该任务，稍后刷新查看结果。", false) : ("该任务已完成或正在运行，不能重试。", true);
        await Load(ct);
    }

    public static string KindName(string kind) => kind switch
    {
        Services.Documents.BulkExportJob.Kind => "批量导出",
        Services.Documents.BulkImportJob.Kind => "批量导入",
        RescoreYearJob.Kind => "重新计算自评得分",
        Services.Mail.NoticeEmailJob.Kind => "通知邮件",
        _ => "其他任务",
    };

    public static string StateName(JobState state) => state switch
    {
        JobState.Queued => "排队中",
        JobState.Running => "运行中",
        JobState.Succeeded => "已完成",
        _ => "失败",
    };

    private async Task Load(CancellationToken ct)
    {
        Counts = await db.Jobs.AsNoTracking().GroupBy(j => j.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var jobs = db.Jobs.AsNoTracking();
        if (State is { } state) jobs = jobs.Where(j => j.State == state);
        Jobs = await jobs.OrderByDescending(j => j.CreatedAt).Take(ListCap).ToListAsync(ct);
        var scheduler = await schedulers.GetScheduler(ct);
        var reminders = await scheduler.GetTrigger(new TriggerKey(DeadlineReminderSchedule.Key.Name, JobsSetup.ScheduleGroup), ct);
        var relay = await scheduler.GetTrigger(new TriggerKey(JobRelay.Key.Name, JobsSetup.ScheduleGroup), ct);
        var overdue = await scheduler.GetTrigger(new TriggerKey(RectificationOverdueSchedule.Key.Name, JobsSetup.ScheduleGroup), ct);
        Schedules =
        [
            new("截止日期提醒", "每天定时提醒各单位填报人临近的截止日期", reminders?.PreviousFireTimeUtc, reminders?.NextFireTimeUtc),
            new("整改逾期提醒", "每天检查逾期未整改的事项，每项只提醒责任单位填报人一次", overdue?.PreviousFireTimeUtc, overdue?.NextFireTimeUtc),
            new("通知邮件转交", "把随通知保存的邮件交给后台发送，每隔几秒一次", relay?.PreviousFireTimeUtc, relay?.NextFireTimeUtc),
        ];
    }
}
