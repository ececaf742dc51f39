using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Jixiao.Web.Tests;

/// <summary>
/// One app instance on a fresh database per test class. The provider is real: a SQLite file, or a new database
/// on the local PostgreSQL that `./test` starts (started here too when the test runs on its own).
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Each app watches its files (configuration, static file versions) with inotify, of which the kernel allows a user 128;
    // the suites run many apps at once, and the tests never change a watched file, so the apps poll instead.
    static AppFixture() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");

    public const string Password = "Test-Passw0rd";
    public const string AntiforgeryHeader = "RequestVerificationToken";
    protected abstract string Provider { get; }
    protected abstract Task<string> CreateDatabaseAsync();
    private string? _connectionString;

    /// <summary>The connection string of this app's database.</summary>
    protected string StoreConnection => _connectionString ?? throw new InvalidOperationException("The app has not started.");

    /// <summary>
    /// Starts on a copy of the demo district seeded once per run (<see cref="SeededDatabases"/>), not on an empty
    /// database; an app whose settings change what the seed writes must start empty.
    /// </summary>
    protected virtual bool StartsFromSeededCopy => false;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await CreateDatabaseAsync();
        _ = Server; // start the host (migrate + seed) now, not in the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Default", _connectionString);
        builder.UseSetting("Demo:Password", Password);
        // Deadline reminders run when the tests that look at them fire them, not at a moment of the scheduler's choosing.
        builder.UseSetting("Jixiao:Notifications:ReminderCron", ReminderCron);
        builder.UseSetting("Jixiao:Jobs:RelaySeconds", "1");
        // The suites sign in many times a second from one address; the login limits are tested on their own fixture.
        foreach (var (key, value) in RelaxedLoginLimits) builder.UseSetting(key, value);
        // The warm-up only shortens a real server's first requests; in ~400 test apps it is CPU taken from the other tests.
        builder.UseSetting("Warmup:Enabled", WarmUp ? "true" : "false");
    }

    /// <summary>Runs the start-up warm-up (Infrastructure/WarmUp.cs); only its own tests want it.</summary>
    protected virtual bool WarmUp => false;

    /// <summary>The reminders' schedule in tests: 1 January 2099, 08:00 (shown as the next run, never reached).</summary>
    public const string ReminderCron = "0 0 8 1 1 ? 2099";

    public static readonly IReadOnlyDictionary<string, string> RelaxedLoginLimits = new Dictionary<string, string>
    {
        ["Login:RateLimit:ClientBurst"] = "100000",
        ["Login:RateLimit:ClientPerMinute"] = "100000",
        ["Login:RateLimit:AccountBurst"] = "100000",
        ["Login:RateLimit:AccountPerMinute"] = "100000",
    };

    /// <summary>
    /// A client signed in as a demo user through the real login form (antiforgery included), carrying the API's
    /// antiforgery token header for uploads (<see cref="AntiforgeryHeader"/>).
    /// </summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login");
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode}");
        // Uploads (multipart) require the antiforgery token, as a signed-in script sends it: read once, sent as a header.
        // A user who must first replace a temporary password gets no API at all (403), so no token either.
        var answer = await client.GetAsync("/api/v1/antiforgery");
        if (answer.StatusCode == HttpStatusCode.Forbidden) return client;
        var antiforgery = System.Text.Json.JsonDocument.Parse(await answer.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement;
        client.DefaultRequestHeaders.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public class SqliteApp : AppFixture
{
    protected override string Provider => "sqlite";
    protected override bool StartsFromSeededCopy => true;

    protected override async Task<string> CreateDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db");
        if (StartsFromSeededCopy) await SeededDatabases.CopySqliteAsync(path);
        return $"Data Source={path}";
    }
}

public class PostgresApp : AppFixture
{
    protected override string Provider => "postgres";
    protected override bool StartsFromSeededCopy => true;
    /// <summary>Leaves the database on the server when disposed (the seed that other apps copy).</summary>
    protected virtual bool KeepsDatabase => false;
    private string? _server, _name;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is null || KeepsDatabase) return;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_server + ";Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    protected override async Task<string> CreateDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? StartLocalServer();
        var name = _name = $"jixiao_test_{Guid.NewGuid():N}";
        _server = server;
        if (StartsFromSeededCopy)
        {
            await SeededDatabases.CreatePostgresCopyAsync(server, name);
            return $"{server};Database={name}";
        }
        await using (var conn = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        return $"{server};Database={name}";
    }

    // Same script as ./test, so a test run from an IDE gets the same server.
    internal static string StartLocalServer()
    {
        var root = RepoRoot();
        var psi = new ProcessStartInfo("bash", ["-c", "source scripts/lib/prereqs.sh && source scripts/lib/postgres.sh && start_test_postgres"])
        {
            WorkingDirectory = root,
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

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}
