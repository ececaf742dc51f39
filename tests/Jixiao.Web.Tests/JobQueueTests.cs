using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>The database job queue: a job runs exactly once however many nodes compete, on both stores.</summary>
public abstract class JobQueueTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Claim_ManyCompetingNodes_ExactlyOneWins()
    {
        Guid id;
        using (var scope = app.Services.CreateScope())
            id = await scope.ServiceProvider.GetRequiredService<JobQueue>().EnqueueAsync("test-noop", null, Ct);

        // Eight "nodes" (own scopes and connections) claim at once; only the job enqueued here is eligible for them
        // unless the background worker got it first, which is also a single winner.
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(async n =>
        {
            using var scope = app.Services.CreateScope();
            var job = await scope.ServiceProvider.GetRequiredService<JobQueue>().TryClaimAsync($"node-{n}", Ct);
            return job?.Id == id ? $"node-{n}" : null;
        }));
        using var check = app.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<JixiaoDbContext>().Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct);
        Assert.Equal(1, stored.Attempts);
        Assert.True(claims.Count(c => c is not null) <= 1);
        Assert.Equal(claims.SingleOrDefault(c => c is not null) ?? stored.LockedBy, stored.LockedBy);
    }

    [Fact]
    public async Task Rescore_ThroughTheApi_RunsInTheBackgroundAndStoresTotals()
    {
        var finance = await app.LoginAsync("finance");
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
        Assert.Contains("\"rescored\":4", job.GetProperty("result").GetString());

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
