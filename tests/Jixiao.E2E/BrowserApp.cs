using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jixiao.E2E;

/// <summary>
/// The real app on Kestrel (random loopback port, fresh SQLite file) and Debian's chromium driven by Playwright.
/// Screenshots go to `TestResults/screenshots/` as test artifacts.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "E2e-Passw0rd";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"jixiao-e2e-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public static string ScreenshotDir { get; } = Path.Combine(RepoRoot(), "TestResults", "screenshots");

    /// <summary>
    /// Starts on a copy of the demo district seeded once per run (<see cref="SeededDistrict"/>); an app whose settings
    /// change what the seed writes must start empty.
    /// </summary>
    protected virtual bool StartsFromSeededCopy => true;

    public async ValueTask InitializeAsync()
    {
        if (StartsFromSeededCopy) await SeededDistrict.CopyToAsync(_db);
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => Configure(builder, _db);

    /// <summary>The settings of every browser app and of the seed they copy.</summary>
    internal static void Configure(IWebHostBuilder builder, string database)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={database}");
        builder.UseSetting("Demo:Password", Password);
        // Every test signs in from the same address, often as the same user: lift the login rate limits.
        foreach (var key in new[] { "ClientBurst", "ClientPerMinute", "AccountBurst", "AccountPerMinute" })
            builder.UseSetting($"Login:RateLimit:{key}", "100000");
        // The warm-up only shortens a real server's first requests (its own tests are in Jixiao.Web.Tests); here it is
        // CPU taken from the pages under test.
        builder.UseSetting("Warmup:Enabled", "false");
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await NewContextAsync(1366, 900);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// The one way a test opens a browser context: a Chinese office PC (locale zh-CN, time zone Asia/Shanghai) with the
    /// given window; <paramref name="bypassCsp"/> lets a test inject axe-core's script. A convention test keeps every
    /// context going through here.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(int width, int height, bool bypassCsp = false) =>
        Browser.NewContextAsync(new()
        {
            Locale = Locale,
            TimezoneId = TimeZone,
            ViewportSize = new() { Width = width, Height = height },
            BypassCSP = bypassCsp,
        });

    public const string Locale = "zh-CN";
    public const string TimeZone = "Asia/Shanghai";

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? Path.GetTempPath();
    }
}
