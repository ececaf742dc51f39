using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Web.Tests;

/// <summary>
/// The demo district migrated and seeded once per test run and provider; each plain test app starts on a copy of it
/// (SQLite: the online backup; PostgreSQL: CREATE DATABASE … TEMPLATE). Migrating and seeding every one of ~300 apps
/// anew was most of the suite's CPU. The app still runs its start path on the copy (migrations and seed find nothing to
/// do); the start from an empty database stays tested by the seed's own start and by the apps that change the seed.
/// </summary>
internal static class SeededDatabases
{
    private static readonly Lazy<Task<string>> SqliteSeed = new(() => BuildAsync(new SeedSqliteApp()));
    private static readonly Lazy<Task<string>> PostgresSeed = new(() => BuildAsync(new SeedPostgresApp()));

    /// <summary>Writes a copy of the seeded SQLite database at <paramref name="path"/>.</summary>
    public static async Task CopySqliteAsync(string path)
    {
        var seed = new SqliteConnectionStringBuilder(await SqliteSeed.Value).DataSource;
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = seed, Pooling = false }.ToString());
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
    }

    /// <summary>Creates database <paramref name="name"/> on <paramref name="server"/> as a copy of the seeded one.</summary>
    public static async Task CreatePostgresCopyAsync(string server, string name)
    {
        var seed = new NpgsqlConnectionStringBuilder(await PostgresSeed.Value).Database;
        await using var conn = new NpgsqlConnection(server + ";Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{seed}\"", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<string> BuildAsync(ISeedApp app)
    {
        await app.InitializeAsync(); // migrate + seed, as a first start does
        var connectionString = app.SeedConnection;
        try
        {
            await app.DisposeAsync();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is NullReferenceException))
        {
            // Quartz's clustered store may fail its shutdown when stopped just after it started; the seed is written by
            // then, and the seed's sessions are ended below.
        }
        await app.ForgetSchedulerAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Drop();
        return connectionString;
    }

    /// <summary>The app that builds a seed: started on an empty database, which it keeps when disposed.</summary>
    private interface ISeedApp
    {
        ValueTask InitializeAsync();
        ValueTask DisposeAsync();
        string SeedConnection { get; }
        /// <summary>Removes the seeding node from Quartz's cluster tables, so a copy does not take it for a node that died.</summary>
        Task ForgetSchedulerAsync();
        void Drop();
    }

    private const string ForgetScheduler = "DELETE FROM qrtz_fired_triggers; DELETE FROM qrtz_scheduler_state;";

    private sealed class SeedSqliteApp : SqliteApp, ISeedApp
    {
        protected override bool StartsFromSeededCopy => false;
        public string SeedConnection => StoreConnection;

        public async Task ForgetSchedulerAsync()
        {
            SqliteConnection.ClearAllPools();
            var path = new SqliteConnectionStringBuilder(SeedConnection).DataSource;
            await using var conn = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            // Out of WAL: the copies read it at once, and a WAL file would need its shared-memory index beside it.
            cmd.CommandText = ForgetScheduler + " PRAGMA journal_mode=DELETE;";
            await cmd.ExecuteNonQueryAsync();
        }

        public void Drop()
        {
            var path = new SqliteConnectionStringBuilder(SeedConnection).DataSource;
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    private sealed class SeedPostgresApp : PostgresApp, ISeedApp
    {
        protected override bool StartsFromSeededCopy => false;
        protected override bool KeepsDatabase => true;
        public string SeedConnection => StoreConnection;

        public async Task ForgetSchedulerAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using (var conn = new NpgsqlConnection(SeedConnection + ";Pooling=false"))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand(ForgetScheduler, conn);
                await cmd.ExecuteNonQueryAsync();
            }
            // A template must have no session; autovacuum would open one now and then, failing a copy.
            await using var server = new NpgsqlConnection(DatabaseServer() + ";Database=postgres;Pooling=false");
            await server.OpenAsync();
            await using var close = new NpgsqlCommand(
                $"ALTER DATABASE \"{Name()}\" WITH ALLOW_CONNECTIONS false; " +
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name()}' AND pid <> pg_backend_pid();", server);
            await close.ExecuteNonQueryAsync();
        }

        public void Drop()
        {
            try
            {
                using var server = new NpgsqlConnection(DatabaseServer() + ";Database=postgres;Pooling=false");
                server.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name()}\" WITH (FORCE)", server);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The test server is thrown away with the run; a seed left on it costs nothing.
            }
        }

        private string Name() => new NpgsqlConnectionStringBuilder(SeedConnection).Database!;

        private string DatabaseServer()
        {
            var builder = new NpgsqlConnectionStringBuilder(SeedConnection) { Database = null };
            return builder.ToString();
        }
    }
}
