using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Jobs;

/// <summary>The writes a running job makes to its <see cref="JobEntity"/> record (state, progress, outcome).</summary>
public sealed class JobRecords(JixiaoDbContext db, TimeProvider clock)
{
    public Task StartAsync(Guid id, string node, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Running)
            .SetProperty(j => j.RunBy, node)
            .SetProperty(j => j.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);

    public Task ProgressAsync(Guid id, int percent, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, percent), ct);

    public Task SucceedAsync(Guid id, string? result, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Succeeded)
            .SetProperty(j => j.Result, result)
            .SetProperty(j => j.Error, (string?)null)
            .SetProperty(j => j.Progress, 100)
            .SetProperty(j => j.CompletedAt, clock.GetUtcNow()), ct);

    public Task FailAsync(Guid id, string error, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Failed)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.CompletedAt, clock.GetUtcNow()), ct);

    /// <summary>The attempt failed and the scheduler tries again after <paramref name="delay"/>; the reason stays readable meanwhile.</summary>
    public Task WaitForRetryAsync(Guid id, string error, TimeSpan delay, CancellationToken ct) =>
        db.Jobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, JobState.Queued)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.NextAttemptAt, clock.GetUtcNow() + delay), ct);
}
