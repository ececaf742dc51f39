using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Data;

/// <summary>
/// Lets SQLite itself wait for the write lock (`PRAGMA busy_timeout`, the connection's default timeout) on every
/// connection opened. Without it, a writer that meets another writer gets SQLITE_BUSY at once and Microsoft.Data.Sqlite
/// retries after a fixed 150 ms sleep: under the web load test every save or submit that overlapped another write
/// waited 150, 300, 450 ms while the lock was free again after a few. SQLite's own handler polls in 1–100 ms steps.
/// The pragma lives on the native connection, which the pool keeps; setting it again on reuse costs microseconds.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection); // Microsoft.Data.Sqlite is synchronous underneath: nothing to await
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {Math.Max(sqlite.DefaultTimeout, 1) * 1000L};";
        command.ExecuteNonQuery();
    }
}
