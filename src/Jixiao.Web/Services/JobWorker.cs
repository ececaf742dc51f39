using System.Text.Json;

namespace Jixiao.Web.Services;

/// <summary>
/// Runs queued jobs on this node. Every node runs a worker; the queue's claim makes sure each job runs once.
/// Polling keeps it portable across SQLite and PostgreSQL (no LISTEN/NOTIFY needed).
/// </summary>
public sealed class JobWorker(IServiceScopeFactory scopes, ILogger<JobWorker> log, IConfiguration config) : BackgroundService
{
    // Unique per worker instance (LockedBy is 100 characters at most).
    public string Node { get; } = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(config.GetValue("Jobs:PollMilliseconds", 1000));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOneAsync(stoppingToken)) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Job worker loop failed; retrying");
            }
            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Claims and runs one job; false when the queue had nothing for this node.</summary>
    public async Task<bool> RunOneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var templates = Infrastructure.TemplatesSetup.UseTemplates(scope.ServiceProvider);
        var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
        var job = await queue.TryClaimAsync(Node, ct);
        if (job is null) return false;
        try
        {
            var result = job.Kind switch
            {
                RescoreYearJob.Kind => await scope.ServiceProvider.GetRequiredService<RescoreYearJob>().RunAsync(
                    JsonSerializer.Deserialize<RescoreYearJob.Payload>(job.Payload ?? "{}", Api.ApiJson.Options)!,
                    p => queue.ReportProgressAsync(job.Id, Node, p, ct), ct),
                Documents.BulkExportJob.Kind => await scope.ServiceProvider.GetRequiredService<Documents.BulkExportJob>().RunAsync(
                    JsonSerializer.Deserialize<Documents.BulkExportJob.Payload>(job.Payload ?? "{}", Api.ApiJson.Options)!,
                    p => queue.ReportProgressAsync(job.Id, Node, p, ct), ct),
                Documents.BulkImportJob.Kind => await scope.ServiceProvider.GetRequiredService<Documents.BulkImportJob>().RunAsync(
                    JsonSerializer.Deserialize<Documents.BulkImportJob.Payload>(job.Payload ?? "{}", Api.ApiJson.Options)!,
                    p => queue.ReportProgressAsync(job.Id, Node, p, ct), ct),
                Notifications.DeadlineReminderJob.Kind => await scope.ServiceProvider.GetRequiredService<Notifications.DeadlineReminderJob>().RunAsync(ct),
                Mail.NoticeEmailJob.Kind => await scope.ServiceProvider.GetRequiredService<Mail.NoticeEmailJob>().RunAsync(
                    JsonSerializer.Deserialize<Mail.NoticeEmailJob.Payload>(job.Payload ?? "{}", Api.ApiJson.Options)!, ct),
                _ => throw new InvalidOperationException($"未知的任务类型“{job.Kind}”。"),
            };
            await queue.CompleteAsync(job.Id, Node, result, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A mail server that is down or refusing is usually back later: the e-mail waits and tries again.
            var retry = e is Mail.MailDeliveryException
                ? scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Mail.SmtpSettings>>().Value.RetryDelay(job.Attempts)
                : null;
            log.LogWarning(e, "Job {Id} ({Kind}) failed on attempt {Attempt}{Retry}", job.Id, job.Kind, job.Attempts,
                retry is { } r ? $"; retrying in {r}" : "");
            if (retry is { } delay) await queue.RetryLaterAsync(job.Id, Node, e.Message, delay, ct);
            else await queue.FailAsync(job.Id, Node, e.Message, ct);
        }
        return true;
    }
}
