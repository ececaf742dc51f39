using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jixiao.Web.Tests;

/// <summary>
/// /health/live and /health/ready for a load balancer: anonymous, the status name only; ready needs the database
/// (reachable, migrations applied) and the job scheduler running, and turns unhealthy when the database goes away.
/// </summary>
public abstract class HealthTests<TApp>(TApp app) where TApp : AppFixture
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LiveAndReady_Anonymous_HealthyWithNothingButTheStatusName()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var live = await anonymous.GetAsync("/health/live", Ct);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Healthy", await ReadyAsync(anonymous, HttpStatusCode.OK));
    }

    /// <summary>Polls until ready answers <paramref name="expected"/> (the scheduler starts just after the host), then returns the body.</summary>
    internal static async Task<string> ReadyAsync(HttpClient client, HttpStatusCode expected)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        HttpResponseMessage response;
        do
        {
            response = await client.GetAsync("/health/ready", Ct);
            if (response.StatusCode == expected) break;
            await Task.Delay(200, Ct);
        } while (DateTime.UtcNow < until);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}

public sealed class SqliteHealthTests(SqliteApp app) : HealthTests<SqliteApp>(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Ready_MigrationNotApplied_Unhealthy_LiveStillUp_ReadyAgainOnceApplied()
    {
        // A fixture of its own: this test takes the latest migration's record away (as a database behind this build).
        await using var own = new SqliteApp();
        await own.InitializeAsync();
        var client = own.CreateClient(new() { AllowAutoRedirect = false });
        await ReadyAsync(client, HttpStatusCode.OK);

        await using var conn = new SqliteConnection(own.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default"));
        await conn.OpenAsync(TestContext.Current.CancellationToken);
        var latest = (string)(await Command(conn, "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1").ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
        await Command(conn, $"DELETE FROM __EFMigrationsHistory WHERE MigrationId = '{latest}'").ExecuteNonQueryAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Unhealthy", await ReadyAsync(client, HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);

        await Command(conn, $"INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('{latest}', '10.0.15')").ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Healthy", await ReadyAsync(client, HttpStatusCode.OK));
    }

    private static SqliteCommand Command(SqliteConnection conn, string sql)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return cmd;
    }
}

public sealed class PostgresHealthTests(PostgresApp app) : HealthTests<PostgresApp>(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Ready_DatabaseUnreachable_Unhealthy_LiveStillUp_ReadyAgainOnceBack()
    {
        await using var own = new PostgresApp();
        await own.InitializeAsync();
        var client = own.CreateClient(new() { AllowAutoRedirect = false });
        await ReadyAsync(client, HttpStatusCode.OK);

        // The database goes away under the running node: no new session is let in and every open one is ended.
        // (Not dropped: the scheduler retries its store until the database answers, and a node whose database never
        // comes back would wait on that at shutdown.)
        var connectionString = new NpgsqlConnectionStringBuilder(own.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default"));
        var name = connectionString.Database!;
        connectionString.Database = "postgres";
        await using var admin = new NpgsqlConnection(connectionString.ToString());
        await admin.OpenAsync(Ct);
        await Execute(admin, $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
        await Execute(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
        try
        {
            Assert.Equal("Unhealthy", await ReadyAsync(client, HttpStatusCode.ServiceUnavailable));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        }
        finally
        {
            await Execute(admin, $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true");
        }
        Assert.Equal("Healthy", await ReadyAsync(client, HttpStatusCode.OK));
    }

    private static async Task Execute(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(Ct);
    }
}
