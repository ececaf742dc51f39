using Microsoft.Playwright;

namespace Jixiao.Documents.Export.Pdf;

/// <summary>
/// The one headless chromium a <see cref="PdfRenderer"/> prints with, started on first use and kept warm until
/// disposed. A browser that died (crashed, killed, timed out) is replaced on the next request (ADR-050).
/// </summary>
internal sealed class BrowserHost(PdfRenderOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private bool disposed;

    /// <summary>
    /// A switch chromium ignores, unique to this host, so a test (or an operator) can tell this browser's processes
    /// from any other chromium on the machine.
    /// </summary>
    public string Marker { get; } = $"--jixiao-pdf={Guid.NewGuid():N}";

    /// <summary>How many browsers this host has started (1 while the first lives; a restart adds one).</summary>
    public int Launches { get; private set; }

    /// <summary>The running browser, started (again) when there is none or it is gone.</summary>
    /// <exception cref="PdfRenderException">Chromium cannot be started or does not answer within the timeout.</exception>
    public async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true } warm) return warm;
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (browser is { IsConnected: true } started) return started;
            await CloseAsync(browser).ConfigureAwait(false);
            browser = null;
            playwright ??= await Playwright.CreateAsync().ConfigureAwait(false);
            browser = await Launch(playwright).ConfigureAwait(false);
            Launches++;
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops <paramref name="stale"/> (hung or half dead) so the next request starts a fresh browser.</summary>
    public async Task RetireAsync(IBrowser stale)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(browser, stale)) browser = null;
        }
        finally
        {
            gate.Release();
        }
        await CloseAsync(stale).ConfigureAwait(false);
    }

    private async Task<IBrowser> Launch(IPlaywright driver)
    {
        try
        {
            return await driver.Chromium.LaunchAsync(new()
            {
                ExecutablePath = options.ChromiumPath,
                Headless = true,
                Timeout = (float)options.Timeout.TotalMilliseconds,
                // No sandbox: the page is our own self-contained html (no scripts, no network), and containers rarely
                // allow chromium's user namespaces.
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                    "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--mute-audio", Marker,
                ],
            }).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new PdfRenderException($"无法生成 PDF：Chromium 在 {options.Timeout.TotalSeconds:0} 秒内没有完成打印，已终止。", e);
        }
        catch (PlaywrightException e)
        {
            throw new PdfRenderException($"无法生成 PDF：Chromium 打印失败（浏览器未能启动）。{FirstLine(e.Message)}", e);
        }
    }

    private static async Task CloseAsync(IBrowser? stale)
    {
        if (stale is null) return;
        try { await stale.CloseAsync().ConfigureAwait(false); }
        catch (PlaywrightException) { } // already gone
        catch (TimeoutException) { }
    }

    private static string FirstLine(string message) =>
        message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } line
            ? $"错误信息：{(line.Length > 300 ? line[..300] : line)}"
            : "";

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (disposed) return;
            disposed = true;
            await CloseAsync(browser).ConfigureAwait(false);
            browser = null;
            playwright?.Dispose();
            playwright = null;
        }
        finally
        {
            gate.Release();
        }
    }
}
