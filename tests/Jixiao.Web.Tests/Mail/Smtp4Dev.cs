using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Jixiao.Web.Tests.Mail;

/// <summary>
/// A real SMTP server for the tests: smtp4dev (the repository's dotnet tool, restored by <c>ensure_dotnet_tools</c>) run
/// as a child process on free local ports, with its web API listing what it received. It asks for a login, as an
/// office server does.
/// </summary>
public sealed class Smtp4Dev : IAsyncDisposable
{
    public const string User = "jixiao";
    // A fresh password per run: the sink requires a login so the sender's credentials are exercised, and none is committed.
    public static readonly string Password = "t" + Guid.NewGuid().ToString("N");

    public int SmtpPort { get; } = FreePort();
    private readonly int _webPort = FreePort();
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"jixiao-smtp4dev-{Guid.NewGuid():N}");
    private readonly HttpClient _api;
    private Process? _process;

    public Smtp4Dev() => _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_webPort}") };

    public sealed record Message(string Id, string Subject, string[] To, string From);

    /// <summary>Starts the server (again after <see cref="StopAsync"/>: the messages received before are gone).</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (_process is not null) return;
        Directory.CreateDirectory(_dataDir);
        var psi = new ProcessStartInfo("dotnet",
        [
            "tool", "run", "smtp4dev", "--",
            $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{_webPort}", "--db=", "--imapport=", "--pop3port=",
            "--nousersettings", $"--baseappdatapath={_dataDir}", "--allowremoteconnections-", "--messagestokeep=1000",
            "--authenticationrequired", $"--user={User}={Password}", "--SmtpAuthTypesNotSecure=PLAIN,LOGIN",
        ])
        {
            WorkingDirectory = PostgresApp.RepoRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited) throw new InvalidOperationException($"smtp4dev exited ({_process.ExitCode}); run `dotnet tool restore`.");
            try
            {
                using var answer = await _api.GetAsync("/api/messages", ct);
                if (answer.IsSuccessStatusCode && await SmtpAnswersAsync(ct)) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException("smtp4dev did not start within 90 s.");
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async Task<IReadOnlyList<Message>> MessagesAsync(CancellationToken ct)
    {
        var page = await _api.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=1000", ct);
        return page.GetProperty("results").EnumerateArray().Select(m => new Message(
            m.GetProperty("id").GetString()!, m.GetProperty("subject").GetString()!,
            m.GetProperty("to").EnumerateArray().Select(t => t.GetString()!).ToArray(), m.GetProperty("from").GetString()!)).ToList();
    }

    /// <summary>The messages sent to <paramref name="address"/>, waiting up to 30 s for at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<Message>> WaitForAsync(string address, int count, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var mine = (await MessagesAsync(ct)).Where(m => m.To.Contains(address)).ToList();
            if (mine.Count >= count || DateTime.UtcNow > until) return mine;
            await Task.Delay(200, ct);
        }
    }

    public Task<string> PlainTextAsync(string id, CancellationToken ct) => _api.GetStringAsync($"/api/messages/{id}/plaintext", ct);

    public Task<string> HtmlAsync(string id, CancellationToken ct) => _api.GetStringAsync($"/api/messages/{id}/html", ct);

    private async Task<bool> SmtpAnswersAsync(CancellationToken ct)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort, ct);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _api.Dispose();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}
