using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Jixiao.E2E;

/// <summary>
/// The demo district migrated and seeded once per run; each <see cref="BrowserApp"/> starts on a copy (SQLite's online
/// backup). Seeding anew cost every one of the ~35 browser apps about 13 s of CPU, taken from the pages under test.
/// The app still runs its whole start on the copy (migrations and seed find nothing to do); the start from an empty
/// database stays covered by the seed's own start and by the apps whose settings change the seed.
/// </summary>
internal static class SeededDistrict
{
    private static readonly Lazy<Task<string>> Seed = new(BuildAsync);

    /// <summary>Writes a copy of the seeded database at <paramref name="path"/>.</summary>
    public static async Task CopyToAsync(string path)
    {
        var seed = await Seed.Value;
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = seed, Pooling = false }.ToString());
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
    }

    private static async Task<string> BuildAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-e2e-seed-{Guid.NewGuid():N}.db");
        var app = new SeedApp(path);
        _ = app.Server; // migrate + seed, as a first start does
        try
        {
            await app.DisposeAsync();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is NullReferenceException))
        {
            // Quartz's clustered store may fail its shutdown when stopped just after it started; the seed is written.
        }
        SqliteConnection.ClearAllPools();
        await using (var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            // A copy must not take the seeding node for a cluster member that died; and out of WAL, so the backup reads
            // one file.
            cmd.CommandText = "DELETE FROM qrtz_fired_triggers; DELETE FROM qrtz_scheduler_state; PRAGMA journal_mode=DELETE;";
            await cmd.ExecuteNonQueryAsync();
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        };
        return path;
    }

    private sealed class SeedApp(string path) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => BrowserApp.Configure(builder, path);
    }
}
