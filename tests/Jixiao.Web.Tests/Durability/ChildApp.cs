using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// The real server as a child process (`dotnet Jixiao.Web.dll --urls http://127.0.0.1:port`) on a given database,
/// for tests that kill it with SIGKILL, restart it, or run two of them side by side.
/// </summary>
public sealed class ChildApp(string provider, string connectionString, string name) : IAsyncDisposable
{
    private Process? _process;
    private readonly Queue<string> _output = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public int ProcessId => _process?.Id ?? 0;
    public string Name => name;
    /// <summary>Further environment variables for the server process (`Jixiao__TemplatesDirectory`).</summary>
    public Dictionary<string, string> ExtraEnvironment { get; } = [];

    /// <summary>How long each start took until the first answer (reported by the tests).</summary>
    public List<TimeSpan> StartupTimes { get; } = [];

    /// <summary>Starts the server on a free port and waits until it answers (migrations and first-start seeding included).</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        _process?.Dispose();
        var started = Stopwatch.StartNew();
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var dll = WebDll();
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", [dll, "--urls", BaseAddress.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        psi.Environment["Database__Provider"] = provider;
        psi.Environment["ConnectionStrings__Default"] = connectionString;
        psi.Environment["Demo__Password"] = AppFixture.Password;
        foreach (var (key, value) in AppFixture.RelaxedLoginLimits) psi.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        psi.Environment["Jixiao__Jobs__RelaySeconds"] = "1";
        psi.Environment["Jixiao__Notifications__ReminderCron"] = AppFixture.ReminderCron;
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in ExtraEnvironment) psi.Environment[key] = value;
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(180)); // generous: a loaded CI machine starts slowly
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{name} exited with {_process.ExitCode}:\n{Output()}");
            try
            {
                if ((await probe.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    StartupTimes.Add(started.Elapsed);
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"{name} did not answer in time:\n{Output()}");
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks — a crash.</summary>
    public void Kill()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public HttpClient Client(string? cookie = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    public string Output()
    {
        lock (_output) return string.Join('\n', _output);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        _process = null;
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 200) _output.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The web app's own build output (same configuration as the tests), with its runtimeconfig and appsettings.</summary>
    public static string WebDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;                 // net10.0
        var configuration = testBin.Parent!.Name;     // Debug / Release
        var dir = testBin;
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        var dll = Path.Combine(dir!.FullName, "src", "Jixiao.Web", "bin", configuration, framework, "Jixiao.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Jixiao.Web first.", dll);
    }

    /// <summary>A new empty database on the test PostgreSQL server and a way to drop it.</summary>
    public static async Task<(string ConnectionString, Func<Task> Drop)> NewPostgresDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? PostgresApp.StartLocalServer();
        var db = $"jixiao_test_{Guid.NewGuid():N}";
        await Exec(server, $"CREATE DATABASE \"{db}\"");
        async Task Drop()
        {
            NpgsqlConnection.ClearAllPools();
            await Exec(server, $"DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)");
        }
        return ($"{server};Database={db}", Drop);
    }

    public static (string ConnectionString, Func<Task> Drop) NewSqliteDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-child-{Guid.NewGuid():N}.db");
        Task Drop()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
            return Task.CompletedTask;
        }
        return ($"Data Source={path}", Drop);
    }

    private static async Task Exec(string server, string sql)
    {
        await using var conn = new NpgsqlConnection(server + ";Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
