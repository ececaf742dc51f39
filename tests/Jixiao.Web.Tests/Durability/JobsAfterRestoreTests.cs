using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data.Backup;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// A backup holds the job records, not Quartz's tables (ADR-055): a job queued on the original (handed to its
/// scheduler, which had not run it yet) is backed up, restored into an empty database, and the server on the restored
/// database runs it, once.
/// </summary>
public abstract class JobsAfterRestoreTests
{
    protected abstract string Provider { get; }
    protected abstract Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync();

    [Fact]
    public async Task JobQueuedBeforeTheBackup_RunsOnceAfterTheRestore()
    {
        var (original, dropOriginal) = await NewDatabaseAsync();
        var (copy, dropCopy) = await NewDatabaseAsync();
        await using var source = new ChildApp(Provider, original, "original");
        await using var restored = new ChildApp(Provider, copy, "restored");
        try
        {
            source.ExtraEnvironment["Jixiao__Jobs__StartDelaySeconds"] = "600"; // its scheduler holds the job, never runs it
            await source.StartAsync();
            var finance = source.Client(await AuthCookieAsync(source.Client(), "finance"));
            var accepted = await finance.PostAsJsonAsync("/api/v1/jobs/rescore", new { year = 2023 }, Ct);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

            using var package = new MemoryStream();
            await using (var db = new DatabaseTarget(Provider, original).CreateContext())
            {
                var queued = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct);
                Assert.Equal((JobState.Queued, 0), (queued.State, queued.Attempts));
                Assert.NotNull(queued.ScheduledAt); // handed to the original's scheduler
                await DatabaseBackup.CreateAsync(db, package, DateTimeOffset.UtcNow, Ct);
            }
            Assert.DoesNotContain(DatabaseBackup.ReadManifest(new System.IO.Compression.ZipArchive(new MemoryStream(package.ToArray())), out _)!.Tables,
                t => t.Table.StartsWith("qrtz", StringComparison.OrdinalIgnoreCase));

            var target = new DatabaseTarget(Provider, copy);
            package.Position = 0;
            await using (var db = target.CreateContext())
            {
                var outcome = await DatabaseBackup.RestoreAsync(db, package, force: false, Ct);
                Assert.True(outcome.Ok, outcome.Error);
                Assert.Equal(1, outcome.JobsRequeued);
                Assert.Null((await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct)).ScheduledAt); // back in the outbox
            }

            await restored.StartAsync();
            JobEntity job;
            var until = DateTime.UtcNow.AddSeconds(90);
            do
            {
                await Task.Delay(200, Ct);
                await using var db = target.CreateContext();
                job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct);
            } while (job.State != JobState.Succeeded && DateTime.UtcNow < until);
            Assert.Equal(JobState.Succeeded, job.State);
            // Every 2023 自评表 of the demo, however many the demo holds.
            await using (var counted = target.CreateContext())
                Assert.Contains($"\"rescored\":{await counted.SelfEvaluations.CountAsync(e => e.Project!.Year == 2023, Ct)}", job.Result);
            Assert.Equal(restored.ProcessId.ToString(), job.RunBy!.Split(':')[1]);

            // Several relay rounds later (every second in tests) it has still run once.
            await Task.Delay(3000, Ct);
            await using (var db = target.CreateContext())
                Assert.Equal(1, (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == id, Ct)).Attempts);
        }
        finally
        {
            await source.DisposeAsync();
            await restored.DisposeAsync();
            await dropOriginal();
            await dropCopy();
        }
    }
}

public sealed class SqliteJobsAfterRestoreTests : JobsAfterRestoreTests
{
    protected override string Provider => "sqlite";
    protected override Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync() => Task.FromResult(ChildApp.NewSqliteDatabase());
}

public sealed class PostgresJobsAfterRestoreTests : JobsAfterRestoreTests
{
    protected override string Provider => "postgres";
    protected override Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync() => ChildApp.NewPostgresDatabaseAsync();
}
