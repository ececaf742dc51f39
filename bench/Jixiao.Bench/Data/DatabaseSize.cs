using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Bench.Data;

/// <summary>The size of a generated database on disk: the SQLite file (with its WAL) or pg_database_size.</summary>
public static class DatabaseSize
{
    public static async Task<double?> MegabytesAsync(string provider, string connectionString)
    {
        if (provider == Jixiao.Data.DatabaseProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT pg_database_size(current_database())", conn);
            return (long)(await cmd.ExecuteScalarAsync())! / 1e6;
        }
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return File.Exists(path) ? (new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0)) / 1e6 : null;
    }
}
