using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jixiao.Web.Tests.Durability;
using Npgsql;

namespace Jixiao.Web.Tests;

/// <summary>
/// The README's PostgreSQL command, run for real: `Database__Provider=postgres ConnectionStrings__Default=… ./run` on a
/// fresh PostgreSQL database. The script's own argument logic is what runs; only its install and build steps are skipped
/// (JIXIAO_SKIP_BUILD=1), because the tests run on the build they test.
/// </summary>
public sealed class RunScriptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Run_WithPostgresFromTheEnvironment_ServesTheLoginPage_FromThatDatabase()
    {
        var (connectionString, drop) = await ChildApp.NewPostgresDatabaseAsync();
        var url = $"http://127.0.0.1:{FreePort()}";
        using var run = Start(new() { ["Database__Provider"] = "postgres", ["ConnectionStrings__Default"] = connectionString }, "--urls", url);
        var output = new List<string>();
        run.OutputDataReceived += (_, e) => { lock (output) output.Add(e.Data ?? ""); };
        run.ErrorDataReceived += (_, e) => { lock (output) output.Add(e.Data ?? ""); };
        run.BeginOutputReadLine();
        run.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            var started = Stopwatch.StartNew();
            HttpStatusCode? status = null;
            while (status != HttpStatusCode.OK && started.Elapsed < TimeSpan.FromSeconds(180) && !run.HasExited)
            {
                try { status = (await http.GetAsync("/Account/Login", Ct)).StatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { await Task.Delay(250, Ct); }
            }
            Assert.True(status == HttpStatusCode.OK, $"./run did not serve the login page:\n{string.Join('\n', output)}");

            // The data went to the PostgreSQL database named by the environment (migrated and seeded there).
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync(Ct);
            await using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM \"AspNetUsers\"", conn);
            Assert.True((long)(await cmd.ExecuteScalarAsync(Ct))! > 0);
            TestContext.Current.SendDiagnosticMessage($"./run on PostgreSQL answered /Account/Login after {started.Elapsed.TotalSeconds:0.0}s");
        }
        finally
        {
            if (!run.HasExited) run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync(CancellationToken.None);
            await drop();
        }
    }

    [Fact]
    public async Task Run_WithPostgresButNoConnectionString_SaysSoInChinese()
    {
        using var run = Start(new() { ["Database__Provider"] = "postgres" });
        var error = await run.StandardError.ReadToEndAsync(Ct);
        await run.WaitForExitAsync(Ct);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ConnectionStrings__Default", error);
        Assert.Contains("没有设置", error);
    }

    private static Process Start(Dictionary<string, string> environment, params string[] args)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ChildApp.WebDll())!, "..", "..", "..", "..", ".."));
        var psi = new ProcessStartInfo("bash", [Path.Combine(root, "run"), .. args])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment.Remove("ConnectionStrings__Default");
        psi.Environment.Remove("Database__Provider");
        psi.Environment["JIXIAO_SKIP_BUILD"] = "1";
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        return Process.Start(psi)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
