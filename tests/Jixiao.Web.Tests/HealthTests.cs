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
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

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
    public async Task Ready_DatabaseFileGone_Unhealthy_LiveStillUp()
    {
        // A fixture of its own: this test takes its database away.
        await using var own = new SqliteApp();
        await own.InitializeAsync();
        var client = own.CreateClient(new() { AllowAutoRedirect = false });
        await ReadyAsync(client, HttpStatusCode.OK);

        var path = new SqliteConnectionStringBuilder(own.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default")).DataSource;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        Directory.CreateDirectory(path); // the path is now a folder: no database can be opened there

        Assert.Equal("Unhealthy", await ReadyAsync(client, HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Directory.Delete(path);
    }
}

public sealed class PostgresHealthTests(PostgresApp app) : HealthTests<PostgresApp>(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Ready_DatabaseDropped_Unhealthy_LiveStillUp()
    {
        await using var own = new PostgresApp();
        await own.InitializeAsync();
        var client = own.CreateClient(new() { AllowAutoRedirect = false });
        await ReadyAsync(client, HttpStatusCode.OK);

        // The database goes away under the running node (every session to it ended).
        var connectionString = new NpgsqlConnectionStringBuilder(own.Services.GetRequiredService<IConfiguration>().GetConnectionString("Default"));
        var name = connectionString.Database!;
        connectionString.Database = "postgres";
        await using (var conn = new NpgsqlConnection(connectionString.ToString()))
        {
            await conn.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal("Unhealthy", await ReadyAsync(client, HttpStatusCode.ServiceUnavailable));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }
}
