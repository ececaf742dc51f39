using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data.Backup;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// Two app nodes (real Kestrel processes on loopback ports) against one PostgreSQL: a write on one is read on the
/// other at once; background jobs run exactly once whichever node's scheduler fires them; a session cookie from one
/// node works on the other and after a node restart (data-protection keys live in the database).
/// </summary>
public sealed class ScaleOutTests
{
    private const int Jobs = 6;

    [Fact]
    public async Task TwoNodes_OnePostgres_SharedWrites_JobsOnce_SessionsSurviveRestart()
    {
        var (connectionString, drop) = await ChildApp.NewPostgresDatabaseAsync();
        await using var a = new ChildApp("postgres", connectionString, "node-a");
        await using var b = new ChildApp("postgres", connectionString, "node-b");
        try
        {
            await a.StartAsync(); // the first node migrates and seeds; the second finds both done
            await b.StartAsync();
            var unitCookie = await AuthCookieAsync(a.Client(), "kczx");
            var financeCookie = await AuthCookieAsync(b.Client(), "finance");
            var (onA, onB) = (a.Client(unitCookie), b.Client(unitCookie));

            // A session opened on node A is valid on node B.
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/projects?year=2024", Ct)).StatusCode);

            // A write on A is what B reads next, and B's write is what A reads.
            var target = new DatabaseTarget("postgres", connectionString);
            Guid id;
            await using (var db = target.CreateContext())
                id = (await DraftProjectsAsync(db, Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre))[0];
            Assert.Equal(HttpStatusCode.NoContent, (await EditAnnualGoalAsync(onA, id, "节点A写入")).StatusCode);
            Assert.Equal("节点A写入", (string?)(await ReadProjectAsync(onB, id)).Content["fields"]!["annualGoal"]);
            Assert.Equal(HttpStatusCode.NoContent, (await EditAnnualGoalAsync(onB, id, "节点B写入")).StatusCode);
            Assert.Equal("节点B写入", (string?)(await ReadProjectAsync(onA, id)).Content["fields"]!["annualGoal"]);

            // Re-scoring jobs enqueued through both nodes, both schedulers in one Quartz cluster: each job runs exactly once.
            var jobIds = new List<Guid>();
            for (var j = 0; j < Jobs; j++)
            {
                var node = j % 2 == 0 ? a : b;
                var accepted = await node.Client(financeCookie).PostAsJsonAsync("/api/v1/jobs/rescore", new { year = 2023 }, Ct);
                Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
                jobIds.Add((await accepted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
            }
            List<JobEntity> jobs = [];
            for (var wait = 0; wait < 150; wait++)
            {
                await using var db = target.CreateContext();
                jobs = await db.Jobs.AsNoTracking().Where(j => jobIds.Contains(j.Id)).ToListAsync(Ct);
                if (jobs.All(j => j.State is JobState.Succeeded or JobState.Failed)) break;
                await Task.Delay(200, Ct);
            }
            Assert.Equal(Jobs, jobs.Count);
            int rescorable; // every 2023 自评表 of the demo, however many it holds
            await using (var counted = target.CreateContext())
                rescorable = await counted.SelfEvaluations.CountAsync(e => e.Project!.Year == 2023, Ct);
            Assert.All(jobs, j =>
            {
                Assert.Equal(JobState.Succeeded, j.State);
                Assert.Equal(1, j.Attempts); // fired once by the cluster: never run by both nodes
                Assert.Contains($"\"rescored\":{rescorable}", j.Result);
            });
            var byNode = jobs.GroupBy(j => j.RunBy!.Split(':')[1]).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(byNode.Keys, pid => Assert.Contains(pid, new[] { a.ProcessId.ToString(), b.ProcessId.ToString() }));

            // Node A crashes and comes back: the cookie it issued still opens a session on it and on B.
            a.Kill();
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/v1/projects?year=2024", Ct)).StatusCode); // B serves while A is down
            await a.StartAsync();
            var afterRestart = await a.Client(unitCookie).GetAsync($"/api/v1/projects/{id}", Ct);
            Assert.Equal(HttpStatusCode.OK, afterRestart.StatusCode);
            Assert.Equal("节点B写入", (await afterRestart.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("content").GetProperty("fields").GetProperty("annualGoal").GetString());
            Log($"ScaleOut: 2 nodes on one PostgreSQL; {Jobs} jobs each run once (" +
                string.Join(", ", byNode.Select(n => $"pid {n.Key}: {n.Value}")) + "); session valid across nodes and after a kill -9 restart");
        }
        finally
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            await drop();
        }
    }
}
