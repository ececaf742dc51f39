using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Jixiao.Web.Services.Jobs;

/// <summary>
/// The Quartz job behind every <see cref="JobEntity"/>: runs the work its kind names and writes the outcome to the
/// record. Quartz fires it once across the cluster; a record already finished (a second hand-over after a crash) is
/// left alone, so the work never runs twice.
/// </summary>
public sealed class RecordedJob(IServiceProvider services, JixiaoDbContext db, JobRecords records, Infrastructure.Telemetry.JixiaoMetrics metrics, ILogger<RecordedJob> log) : IJob
{
    public const string RecordKey = "record";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var id = Guid.Parse(context.MergedJobDataMap.GetString(RecordKey)!);
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        if (job is null || job.State is JobState.Succeeded or JobState.Failed) return;
        await records.StartAsync(id, context.Scheduler.SchedulerInstanceId, ct);
        // A span per run when traces are exported (null otherwise); the job's log lines carry its trace id.
        using var activity = Infrastructure.Telemetry.TelemetrySetup.Source.StartActivity($"job {job.Kind}");
        activity?.SetTag("jixiao.job.kind", job.Kind);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var templates = Infrastructure.TemplatesSetup.UseTemplates(services);
        try
        {
            var result = await RunAsync(job, p => records.ProgressAsync(id, p, ct), ct);
            metrics.JobRan(job.Kind, Infrastructure.Telemetry.JobOutcome.Succeeded, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            await records.SucceedAsync(id, result, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var policy = context.RetryPolicy;
            var retry = e is Mail.MailDeliveryException && policy is not null && context.RetryAttempt < policy.MaxAttempts;
            metrics.JobRan(job.Kind, retry ? Infrastructure.Telemetry.JobOutcome.Retry : Infrastructure.Telemetry.JobOutcome.Failed,
                System.Diagnostics.Stopwatch.GetElapsedTime(started));
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            log.LogWarning(e, "Job {Id} ({Kind}) failed on attempt {Attempt}{Retry}", id, job.Kind, job.Attempts + 1, retry ? "; the scheduler retries it" : "");
            if (!retry)
            {
                await records.FailAsync(id, Reason(e), ct);
                return; // given up: the record says why, the administrator may retry it
            }
            await records.WaitForRetryAsync(id, Reason(e), policy!.DelayFor(context.RetryAttempt + 1), ct);
            throw new JobExecutionException(e.Message, e); // the trigger's retry policy fires it again later
        }
    }

    private async Task<string> RunAsync(JobEntity job, Func<int, Task> progress, CancellationToken ct) => job.Kind switch
    {
        RescoreYearJob.Kind => await services.GetRequiredService<RescoreYearJob>().RunAsync(Read<RescoreYearJob.Payload>(job), progress, ct),
        Documents.BulkExportJob.Kind => await services.GetRequiredService<Documents.BulkExportJob>().RunAsync(Read<Documents.BulkExportJob.Payload>(job), progress, ct),
        Documents.BulkImportJob.Kind => await services.GetRequiredService<Documents.BulkImportJob>().RunAsync(Read<Documents.BulkImportJob.Payload>(job), progress, ct),
        Mail.NoticeEmailJob.Kind => await services.GetRequiredService<Mail.NoticeEmailJob>().RunAsync(Read<Mail.NoticeEmailJob.Payload>(job), ct),
        _ => throw new InvalidOperationException($"未知的任务类型“{job.Kind}”。"),
    };

    /// <summary>
    /// The reason the administrator reads: our own refusals and the mail server's answers are written in Chinese; any
    /// other exception's text is the runtime's (English, internal) and stays in the log.
    /// </summary>
    private static string Reason(Exception e) =>
        e.Message.Any(c => c is >= '\u4e00' and <= '\u9fff') ? e.Message : "任务执行时出现意外错误，详情见服务器日志。";

    private static T Read<T>(JobEntity job) => JsonSerializer.Deserialize<T>(job.Payload ?? "{}", Api.ApiJson.Options)!;
}
