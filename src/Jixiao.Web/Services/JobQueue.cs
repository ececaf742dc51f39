using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Services.Jobs;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Jixiao.Web.Services;

/// <summary>
/// Puts background work on Quartz.NET (ADR-052). Each job has a <see cref="JobEntity"/> record (what the progress pages
/// and the administrator read) and one Quartz job of the same id in the clustered store, which decides when and on
/// which node it runs: once, retried by the trigger's policy, recovered by another node when its node dies mid-run.
/// </summary>
public sealed class JobQueue(JixiaoDbContext db, ISchedulerFactory schedulers, TimeProvider clock, RetryPolicies retries)
{
    public const string Group = "records";

    /// <summary>Saves the record and hands the job to the scheduler at once.</summary>
    public async Task<Guid> EnqueueAsync(string kind, string? payload, CancellationToken ct)
    {
        var job = new JobEntity { Id = Guid.NewGuid(), Kind = kind, Payload = payload, State = JobState.Queued, CreatedAt = clock.GetUtcNow() };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        await HandOverAsync(job.Id, kind, ct);
        return job.Id;
    }

    /// <summary>
    /// Stores the Quartz job and its one-shot trigger for a record. Idempotent: the Quartz keys are the record's id, so
    /// a second hand-over (two relays, a retry of a crashed hand-over) finds them stored and adds nothing.
    /// </summary>
    public async Task HandOverAsync(Guid id, string kind, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var key = new JobKey(id.ToString(), Group);
        var detail = JobBuilder.Create<RecordedJob>().WithIdentity(key).RequestRecovery(true).Build();
        try
        {
            await scheduler.ScheduleJob(detail, Trigger(id, kind), new ScheduleJobOptions(), ct);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Already handed over: the stored trigger stands.
        }
        await db.Jobs.Where(j => j.Id == id && j.ScheduledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ScheduledAt, clock.GetUtcNow()), ct);
    }

    /// <summary>
    /// The administrator's retry: a failed job runs again, and a job waiting for its next retry runs now. False when the
    /// job is neither (it succeeded, or it is running).
    /// </summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct);
        var waiting = job is { State: JobState.Queued, NextAttemptAt: not null };
        if (job is null || (job.State != JobState.Failed && !waiting)) return false;
        var scheduler = await schedulers.GetScheduler(ct);
        var triggerKey = new TriggerKey(id.ToString(), Group);
        if (waiting && await scheduler.RescheduleJob(triggerKey, Trigger(id, job.Kind), ct) is not null)
        {
            await db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.NextAttemptAt, clock.GetUtcNow()), ct);
            return true;
        }
        await db.Jobs.Where(j => j.Id == id && (j.State == JobState.Failed || j.State == JobState.Queued))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Queued)
                .SetProperty(j => j.ScheduledAt, (DateTimeOffset?)null)
                .SetProperty(j => j.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(j => j.CompletedAt, (DateTimeOffset?)null), ct);
        await HandOverAsync(id, job.Kind, ct);
        return true;
    }

    /// <summary>
    /// Fires now; a scheduler that was down at that moment fires it as soon as it is back (misfire: fire now). Retried
    /// under the policy of its kind (<see cref="RetryPolicies"/>).
    /// </summary>
    private ITrigger Trigger(Guid id, string kind) => TriggerBuilder.Create()
        .WithIdentity(id.ToString(), Group)
        .ForJob(id.ToString(), Group)
        .UsingJobData(RecordedJob.RecordKey, id.ToString())
        .StartNow()
        .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
        .WithRetryPolicy(retries.For(kind))
        .Build();
}
