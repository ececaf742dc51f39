using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// A job queue in the database, so any app node may run any job and none keeps state of its own. A node claims a job
/// with one conditional UPDATE (state Queued → Running, or a Running job whose lock expired); the database lets only
/// one claimant win, so each job runs once whichever node picks it up.
/// </summary>
public sealed class JobQueue(JixiaoDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<Guid> EnqueueAsync(string kind, string? payload, CancellationToken ct)
    {
        var job = new JobEntity { Id = Guid.NewGuid(), Kind = kind, Payload = payload, State = JobState.Queued, CreatedAt = clock.GetUtcNow() };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    /// <summary>Claims the oldest runnable job for <paramref name="node"/>, or returns null when there is none.</summary>
    public async Task<JobEntity?> TryClaimAsync(string node, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var candidates = await db.Jobs.AsNoTracking()
            .Where(j => (j.State == JobState.Queued && (j.NotBefore == null || j.NotBefore <= now)) || (j.State == JobState.Running && j.LockedUntil < now))
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(5).ToListAsync(ct);
        foreach (var id in candidates)
        {
            var claimed = await db.Jobs
                .Where(j => j.Id == id && ((j.State == JobState.Queued && (j.NotBefore == null || j.NotBefore <= now))
                    || (j.State == JobState.Running && j.LockedUntil < now)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(j => j.State, JobState.Running)
                    .SetProperty(j => j.LockedBy, node)
                    .SetProperty(j => j.LockedUntil, now + Lease)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
            if (claimed == 1) return await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, ct);
        }
        return null;
    }

    public Task CompleteAsync(Guid id, string node, string? result, CancellationToken ct) =>
        Finish(id, node, JobState.Succeeded, result, null, ct);

    public Task FailAsync(Guid id, string node, string error, CancellationToken ct) =>
        Finish(id, node, JobState.Failed, null, error, ct);

    /// <summary>
    /// Puts a failed job back on the queue, not to be claimed before <paramref name="delay"/> has passed; the error
    /// stays readable on the job meanwhile (an administrator sees why it waits).
    /// </summary>
    public Task RetryLaterAsync(Guid id, string node, string error, TimeSpan delay, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id && j.LockedBy == node)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, JobState.Queued)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.LockedBy, (string?)null)
                .SetProperty(j => j.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(j => j.NotBefore, clock.GetUtcNow() + delay), ct);

    public Task ReportProgressAsync(Guid id, string node, int percent, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id && j.LockedBy == node)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, percent).SetProperty(j => j.LockedUntil, clock.GetUtcNow() + Lease), ct);

    private Task Finish(Guid id, string node, JobState state, string? result, string? error, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id && j.LockedBy == node)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, state)
                .SetProperty(j => j.Result, result)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.Progress, 100)
                .SetProperty(j => j.CompletedAt, clock.GetUtcNow()), ct);
}
