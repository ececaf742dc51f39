using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data.Backup;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// A job survives its node: accepted by a node whose scheduler has not fired it yet, the node is killed (SIGKILL), and
/// the restarted node runs it from the persistent Quartz store, once (SQLite's store and PostgreSQL's cluster alike).
/// </summary>
public abstract class JobRestartTests
{
    protected abstract string Provider { get; }
    protected abstract Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync();

    [Fact]
    public async Task JobAccepted_NodeKilledBeforeItRan_RunsOnceAfterTheRestart()
    {
        var (connectionString, drop) = await NewDatabaseAsync();
        await using var node = new ChildApp(Provider, connectionString, "node");
        try
        {
            node.ExtraEnvironment["Jixiao__Jobs__StartDelaySeconds"] = "600"; // the scheduler waits: the job is stored, not run
            await node.StartAsync();
            var finance = node.Client(await AuthCookieAsync(node.Client(), "finance"));
            var accepted = await finance.PostAsJsonAsync("/api/v1/jobs/rescore", new { year = 2023 }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
            var target = new DatabaseTarget(Provider, connectionString);
            await using (var db = target.CreateContext())
            {
                var queued = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct);
                Assert.Equal((JobState.Queued, 0), (queued.State, queued.Attempts));
                Assert.NotNull(queued.ScheduledAt); // in Quartz's store
            }

            node.Kill();
            node.ExtraEnvironment.Remove("Jixiao__Jobs__StartDelaySeconds");
            await node.StartAsync();

            JobEntity job;
            var until = DateTime.UtcNow.AddSeconds(90);
            do
            {
                await Task.Delay(200, Ct);
                await using var db = target.CreateContext();
                job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct);
            } while (job.State != JobState.Succeeded && DateTime.UtcNow < until);
            Assert.Equal(JobState.Succeeded, job.State);
            Assert.Equal(1, job.Attempts);
            // Every 2023 自评表 of the demo, however many the demo holds.
            await using (var counted = target.CreateContext())
                Assert.Contains($"\"rescored\":{await counted.SelfEvaluations.CountAsync(e => e.Project!.Year == 2023, Ct)}", job.Result);
            Assert.Equal(node.ProcessId.ToString(), job.RunBy!.Split(':')[1]); // the restarted process ran it
        }
        finally
        {
            await node.DisposeAsync();
            await drop();
        }
    }
}

public sealed class SqliteJobRestartTests : JobRestartTests
{
    protected override string Provider => "sqlite";
    protected override Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync() => Task.FromResult(ChildApp.NewSqliteDatabase());
}

public sealed class PostgresJobRestartTests : JobRestartTests
{
    protected override string Provider => "postgres";
    protected override Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync() => ChildApp.NewPostgresDatabaseAsync();
}
