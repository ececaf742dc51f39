using System.Diagnostics;
using Npgsql;

namespace Jixiao.Cli.Tests;

/// <summary>
/// A fresh database on the test PostgreSQL that `./test` starts (JIXIAO_TEST_POSTGRES), started by the same script when
/// the test runs on its own; dropped when disposed.
/// </summary>
internal sealed class TestPostgres : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private TestPostgres(string server, string name) => (_server, _name) = (server, name);

    public string ConnectionString => $"{_server};Database={_name}";

    public static async Task<TestPostgres> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? StartLocalServer();
        var db = new TestPostgres(server, $"jixiao_cli_{Guid.NewGuid():N}");
        await db.ExecAsync($"CREATE DATABASE \"{db._name}\"");
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(_server + ";Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string StartLocalServer()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Jixiao.slnx"))) root = root.Parent;
        var psi = new ProcessStartInfo("bash", ["-c", "source scripts/lib/prereqs.sh && source scripts/lib/postgres.sh && start_test_postgres"])
        {
            WorkingDirectory = root!.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("无法启动测试用 PostgreSQL：" + p.StandardError.ReadToEnd());
        var connectionString = output.Split('\n').Last();
        Environment.SetEnvironmentVariable("JIXIAO_TEST_POSTGRES", connectionString);
        return connectionString;
    }
}
