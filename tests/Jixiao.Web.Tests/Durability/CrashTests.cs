using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Backup;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// kill -9 of the real server (a child process) in the middle of a burst of saves and of a document import, several
/// times: after each restart every acknowledged save is in the store, and the import is there completely (with its
/// audit event) or not at all.
/// </summary>
public abstract class CrashTests
{
    private const int Crashes = 2;
    private const int Writers = 6;
    protected abstract string Provider { get; }
    protected abstract Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync();

    [Fact]
    public async Task KillDuringSavesAndImport_AfterRestart_AcknowledgedSavesPresent_ImportAllOrNothing()
    {
        var (connectionString, drop) = await NewDatabaseAsync();
        await using var node = new ChildApp(Provider, connectionString, $"crash-{Provider}");
        try
        {
            await node.StartAsync();
            var unit = await AuthCookieAsync(node.Client(), "kczx");
            var importer = await AuthCookieAsync(node.Client(), "dsj");
            var target = new DatabaseTarget(Provider, connectionString);
            List<Guid> projects;
            await using (var db = target.CreateContext())
                projects = (await DraftProjectsAsync(db, Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre)).Take(Writers).ToList();

            var acknowledged = new ConcurrentDictionary<Guid, int>();
            var importAcknowledged = false;
            var unexpected = new ConcurrentBag<string>();
            int totalAcks = 0, survived = 0;
            for (var crash = 0; crash < Crashes; crash++)
            {
                using var stop = new CancellationTokenSource();
                var cycleAcks = 0;
                var burst = projects.Select((id, w) => Task.Run(async () =>
                {
                    using var client = node.Client(unit);
                    for (var seq = crash * 10_000; !stop.IsCancellationRequested; seq++)
                    {
                        try
                        {
                            var response = await EditAnnualGoalAsync(client, id, $"崩溃测试-{w}-{seq:000000}");
                            if (response.StatusCode == HttpStatusCode.NoContent)
                            {
                                acknowledged[id] = seq;
                                Interlocked.Increment(ref totalAcks);
                                Interlocked.Increment(ref cycleAcks);
                            }
                            else unexpected.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { return; } // the server died
                    }
                }, Ct)).ToList();
                // The burst is under way (a cold server answers its first requests slowly) before the import and the kill.
                for (var wait = 0; Volatile.Read(ref cycleAcks) < 3 && wait < 300; wait++) await Task.Delay(100, Ct);
                // The upload import of 大数据中心's declarations, moved to a new year so that it creates four projects:
                // preview (stores only the upload), then the commit — one transaction — races the kill.
                var uploadId = await PreviewAsync(node.Client(importer));
                var import = Task.Run(async () =>
                {
                    using var client = node.Client(importer);
                    try
                    {
                        var response = await client.PostAsync($"/api/v1/imports/{uploadId}/commit", null, CancellationToken.None);
                        if (response.StatusCode == HttpStatusCode.OK) importAcknowledged = true;
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { }
                }, Ct);

                // First crashes land somewhere in the import's parse, check and commit; the last one after it was
                // acknowledged, so both outcomes (none, complete) are checked.
                if (crash == Crashes - 1) await import;
                await Task.Delay(Random.Shared.Next(50, 400), Ct);
                node.Kill();
                stop.Cancel();
                await Task.WhenAll(burst.Append(import));
                await node.StartAsync();
                survived++;

                await using var db = target.CreateContext();
                foreach (var (id, seq) in acknowledged)
                {
                    var stored = await StoredAnnualGoalAsync(db, id);
                    Assert.NotNull(stored);
                    Assert.True(int.Parse(stored![(stored.LastIndexOf('-') + 1)..]) >= seq, $"acknowledged save {seq} of {id} lost; stored {stored}");
                    var history = (await FieldHistoryAsync(db, id, AnnualGoalField)).Select(h => h.New).ToHashSet();
                    Assert.Contains(history, h => h!.EndsWith($"-{seq:000000}", StringComparison.Ordinal));
                }
                await AssertImportAllOrNothingAsync(db, mustExist: importAcknowledged || crash == Crashes - 1);
            }
            Assert.Equal(Crashes, survived);
            Assert.Empty(unexpected); // the only failures allowed are the dropped connections of the kill
            Assert.True(totalAcks > 0, "no save was acknowledged before the crashes");
            Log($"{GetType().Name}: {survived} crashes (kill -9) survived, {totalAcks} acknowledged saves by {Writers} writers all present, " +
                $"import all-or-nothing after each crash ({(importAcknowledged ? "acknowledged and complete" : "never acknowledged, no partial rows")}); " +
                $"starts {string.Join(", ", node.StartupTimes.Select(t => $"{t.TotalSeconds:0.0}s"))}");
        }
        finally
        {
            await node.DisposeAsync();
            await drop();
        }
    }

    private const int ImportYear = 2027;

    /// <summary>The 大数据中心 申报表 seed with its year moved to <see cref="ImportYear"/>: four new projects on import.</summary>
    private static byte[] ImportFile() => System.Text.Encoding.UTF8.GetBytes(
        File.ReadAllText(SeedPath("001_")).Replace("2024", ImportYear.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string SeedPath(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return Directory.GetFiles(Path.Combine(dir.FullName, "tests", "fixtures", "seeds"), prefix + "*.txt").Single();
    }

    private static async Task<Guid> PreviewAsync(HttpClient client)
    {
        client = await WithAntiforgeryAsync(client);
        var file = new ByteArrayContent(ImportFile());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        var response = await client.PostAsync("/api/v1/imports", new MultipartFormDataContent { { file, "file", "大数据中心申报.txt" } }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("uploadId").GetGuid();
    }

    /// <summary>The import: none of its projects, or all four, each with its audit event (written in the same transaction).</summary>
    private static async Task AssertImportAllOrNothingAsync(JixiaoDbContext db, bool mustExist)
    {
        var imported = await db.Projects.AsNoTracking().Include(p => p.Versions)
            .Where(p => p.Unit!.Name == Jixiao.Web.Infrastructure.DemoOrganizations.BigDataCentre && p.Year == ImportYear).ToListAsync(Ct);
        Assert.True(imported.Count is 0 or 4, $"partial import: {imported.Count} of 4 projects");
        if (mustExist) Assert.Equal(4, imported.Count);
        foreach (var p in imported)
        {
            Assert.NotEmpty(p.Versions);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == "Project" && a.EntityId == p.Id.ToString(), Ct));
        }
    }
}

public sealed class SqliteCrashTests : CrashTests
{
    protected override string Provider => "sqlite";
    protected override Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync() => Task.FromResult(ChildApp.NewSqliteDatabase());
}

public sealed class PostgresCrashTests : CrashTests
{
    protected override string Provider => "postgres";
    protected override Task<(string ConnectionString, Func<Task> Drop)> NewDatabaseAsync() => ChildApp.NewPostgresDatabaseAsync();
}
