using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>Background jobs on Quartz.NET's clustered store: a job runs exactly once however many nodes hand it over, on both stores.</summary>
public abstract class JobQueueTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandOver_ManyCompetingNodes_OneQuartzJob_RunsOnce()
    {
        // A record saved with other changes (as a notice's e-mail is), then handed over by eight "nodes" at once (own
        // scopes and connections) besides the relay: the store keeps one job under the record's key, fired once.
        var id = Guid.NewGuid();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            db.Jobs.Add(new JobEntity
            {
                Id = id,
                Kind = RescoreYearJob.Kind,
                Payload = JsonSerializer.Serialize(new RescoreYearJob.Payload(2023, null), Jixiao.Web.Api.ApiJson.Options),
                State = JobState.Queued,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
        }
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<JobQueue>().HandOverAsync(id, RescoreYearJob.Kind, Ct);
        }));

        var stored = await WaitAsync(id, j => j.State is JobState.Succeeded or JobState.Failed);
        Assert.Equal(JobState.Succeeded, stored.State);
        Assert.Equal(1, stored.Attempts);
        Assert.NotNull(stored.ScheduledAt);
        using var check = app.Services.CreateScope();
        var scheduler = await check.ServiceProvider.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler(Ct);
        Assert.Equal(scheduler.SchedulerInstanceId, stored.RunBy);
    }

    [Fact]
    public async Task FailedJob_ReasonKept_AdministratorRetries_RunsAgain()
    {
        var id = Guid.NewGuid();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            db.Jobs.Add(new JobEntity { Id = id, Kind = "test-unknown", State = JobState.Queued, CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }
        var failed = await WaitAsync(id, j => j.State == JobState.Failed);
        Assert.Equal("未知的任务类型“test-unknown”。", failed.Error);
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.NextAttemptAt); // no retry policy for this kind: failed at once

        using (var scope = app.Services.CreateScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<JobQueue>().RetryAsync(id, Ct));
        var again = await WaitAsync(id, j => j.Attempts == 2 && j.State == JobState.Failed);
        Assert.Equal(2, again.Attempts);
    }

    private async Task<JobEntity> WaitAsync(Guid id, Func<JobEntity, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var scope = app.Services.CreateScope();
            var job = await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct);
            if (done(job) || DateTime.UtcNow > until) return job;
            await Task.Delay(100, Ct);
        }
    }

    [Fact]
    public async Task Rescore_ThroughTheApi_RunsInTheBackgroundAndStoresTotals()
    {
        var finance = await app.LoginAsync("finance");
        int expected;
        using (var counting = app.Services.CreateScope())
            expected = await counting.ServiceProvider.GetRequiredService<JixiaoDbContext>().SelfEvaluations.CountAsync(e => e.Project!.Year == 2023, Ct);
        Assert.True(expected >= 2, "the demo holds 2023 self-evaluations to rescore");
        var accepted = await finance.PostAsJsonAsync("/api/v1/jobs/rescore", new { year = 2023 }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        JsonElement job = default;
        for (var i = 0; i < 100; i++)
        {
            job = await finance.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{id}", Ct);
            if (job.GetProperty("state").GetString() is "Succeeded" or "Failed") break;
            await Task.Delay(100, Ct);
        }
        Assert.Equal("Succeeded", job.GetProperty("state").GetString());
        Assert.Contains($"\"rescored\":{expected}", job.GetProperty("result").GetString());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var totals = await db.SelfEvaluations.AsNoTracking().Include(e => e.Project).Where(e => e.Project!.Year == 2023)
            .ToDictionaryAsync(e => e.Project!.Name, e => e.TotalScore, Ct);
        Assert.Equal(90.50m, totals["项目服务管理"]); // recomputed (historical mode), not the printed 94
    }

    [Theory]
    [InlineData("kczx")]
    [InlineData("kewei")]
    public async Task Rescore_ByNonFinance_IsForbidden(string user)
    {
        var client = await app.LoginAsync(user);
        var response = await client.PostAsJsonAsync("/api/v1/jobs/rescore", new { year = 2023 }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class SqliteJobQueueTests(SqliteApp app) : JobQueueTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresJobQueueTests(PostgresApp app) : JobQueueTests<PostgresApp>(app), IClassFixture<PostgresApp>;
