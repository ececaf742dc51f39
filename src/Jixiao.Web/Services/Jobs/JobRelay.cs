using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Jixiao.Web.Services.Jobs;

/// <summary>
/// Hands to the scheduler the jobs that were saved together with other changes (a notice and its e-mail are one
/// transaction, and Quartz's store cannot join EF's transaction): the record is the outbox, this relays it after the
/// commit. One node at a time runs it (the cluster honours <see cref="DisallowConcurrentExecutionAttribute"/>);
/// the hand-over is idempotent besides.
/// </summary>
[DisallowConcurrentExecution]
public sealed class JobRelay(JixiaoDbContext db, JobQueue queue) : IJob
{
    public static readonly JobKey Key = new("job-relay", JobsSetup.ScheduleGroup);
    private const int Batch = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var waiting = await db.Jobs.AsNoTracking().Where(j => j.State == JobState.Queued && j.ScheduledAt == null)
            .OrderBy(j => j.CreatedAt).Take(Batch).Select(j => new { j.Id, j.Kind }).ToListAsync(ct);
        foreach (var job in waiting) await queue.HandOverAsync(job.Id, job.Kind, ct);
    }
}
