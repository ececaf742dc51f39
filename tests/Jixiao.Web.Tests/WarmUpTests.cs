using Jixiao.Data;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>The warm-up after start (Infrastructure/WarmUp.cs) runs a unit user's screens in process and writes nothing.</summary>
public abstract class WarmUpTests<TApp>(TApp app) where TApp : AppFixture
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WarmUp_LoadedAProjectAndWroteNothing()
    {
        // It runs after the start, in the background (ADR-067); it has ended without failing.
        await app.Services.GetRequiredService<Jixiao.Web.Infrastructure.WarmUpRun>().Done.WaitAsync(Ct);
        // Loaded: the editor and the details page went through ProjectService.LoadAsync, which fills the model cache.
        Assert.True(app.Services.GetRequiredService<ProjectModelCache>().Count > 0, "the warm-up opened no project");

        // Its writes reached their handlers and were refused there (not stopped before, e.g. by a 400): each pass saved
        // with a stale stamp (409) and asked for a transition the workflow forbids (422).
        var writes = app.Services.GetRequiredService<Jixiao.Web.Infrastructure.WarmUpRun>().Answers.Where(a => a.Method != "GET").ToList();
        Assert.Equal(
            [("PUT", 409), ("POST", 422), ("PUT", 409), ("POST", 422)],
            writes.Select(w => (w.Method, w.Status)).ToArray());
        Assert.All(writes.Where(w => w.Method == "POST"), w => Assert.EndsWith("/transitions", w.Path, StringComparison.Ordinal));

        // Nothing written as the unit user it signed in as: its save had a stale stamp, its transition was refused.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        string[] units = ["kczx", "dsj"];
        Assert.Empty(await db.AuditEvents.Where(e => units.Contains(e.UserName!)).Select(e => e.Action).ToListAsync(Ct));
        Assert.Empty(await db.DeclarationVersions.Where(v => units.Contains(v.UpdatedBy!)).Select(v => v.Id).ToListAsync(Ct));
    }
}

public sealed class SqliteWarmUpTests(SqliteWarmApp sqlite) : WarmUpTests<SqliteWarmApp>(sqlite), IClassFixture<SqliteWarmApp>
{
    private readonly SqliteWarmApp app = sqlite;

    [Fact]
    public async Task SqliteConnection_Opened_WaitsForTheWriteLockInSqlite()
    {
        // Without the pragma SQLite answers SQLITE_BUSY at once and the driver sleeps 150 ms between retries.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(30_000L, Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class PostgresWarmUpTests(PostgresWarmApp app) : WarmUpTests<PostgresWarmApp>(app), IClassFixture<PostgresWarmApp>;

/// <summary>An app that runs the warm-up, as a real server does (the other fixtures skip it).</summary>
public sealed class SqliteWarmApp : SqliteApp
{
    protected override bool WarmUp => true;
}

/// <inheritdoc cref="SqliteWarmApp"/>
public sealed class PostgresWarmApp : PostgresApp
{
    protected override bool WarmUp => true;
}
