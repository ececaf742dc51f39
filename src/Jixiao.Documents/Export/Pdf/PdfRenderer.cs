using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Layout;
using Microsoft.Playwright;

namespace Jixiao.Documents.Export.Pdf;

/// <summary>
/// Prints the <see cref="HtmlRenderer"/> page to PDF with one warm headless chromium (ADR-050), so the PDF shows exactly
/// the html layout (A4 named pages, repeated table headers) with an embedded CJK font and a text layer. The browser
/// starts on the first print and lives until the renderer is disposed (the web app's lifetime, one CLI command);
/// a dead or hung browser is replaced. At most <see cref="PdfRenderOptions.Concurrency"/> prints run at once, each in
/// a tab of its own kept for the next print (a new tab costs as much as the print): scripts off, offline, its own
/// context, the whole document replaced by the next form's, so nothing of one form reaches the next. Thread-safe.
/// </summary>
/// <exception cref="PdfRenderException">From <see cref="Render"/>: chromium is missing, fails or times out.</exception>
public sealed class PdfRenderer : IFormRenderer, IAsyncDisposable, IDisposable
{
    private readonly PdfRenderOptions options;
    private readonly BrowserHost host;
    private readonly SemaphoreSlim slots;
    private readonly System.Collections.Concurrent.ConcurrentBag<Tab> idle = [];
    private int printing;
    private int peak;

    public PdfRenderer(PdfRenderOptions? options = null)
    {
        this.options = options ?? PdfRenderOptions.FromEnvironment();
        host = new BrowserHost(this.options);
        slots = new SemaphoreSlim(this.options.Slots, this.options.Slots);
    }

    public ExportFormat Format => ExportFormat.Pdf;

    /// <summary>The switch that marks this renderer's chromium processes (see <see cref="BrowserHost.Marker"/>).</summary>
    internal string BrowserMarker => host.Marker;

    /// <summary>How many times this renderer has started chromium.</summary>
    internal int BrowserLaunches => host.Launches;

    /// <summary>The most prints this renderer has had in the browser at one time (never above the slots).</summary>
    internal int PeakConcurrentPrints => Volatile.Read(ref peak);

    public byte[] Render(FormDocument document) => RenderAsync(document).GetAwaiter().GetResult();

    public async Task<byte[]> RenderAsync(FormDocument document, CancellationToken ct = default)
    {
        if (!File.Exists(options.ChromiumPath))
            throw new PdfRenderException($"无法生成 PDF：找不到 Chromium 浏览器（{options.ChromiumPath}）。请安装 chromium，或用环境变量 {PdfRenderOptions.ChromiumPathVariable} 指定其路径。");
        var html = HtmlRenderer.RenderText(document);
        await slots.WaitAsync(ct).ConfigureAwait(false);
        var now = Interlocked.Increment(ref printing);
        for (var seen = Volatile.Read(ref peak); now > seen; seen = Volatile.Read(ref peak))
            if (Interlocked.CompareExchange(ref peak, now, seen) == seen) break;
        try
        {
            // A browser that died between prints is noticed here (not connected) and replaced; one that dies during a
            // print gets the print once more on a fresh browser.
            for (var attempt = 1; ; attempt++)
            {
                var browser = await host.BrowserAsync(ct).ConfigureAwait(false);
                Tab? tab = null;
                try
                {
                    tab = await TabAsync(browser).ConfigureAwait(false);
                    var pdf = await PrintAsync(tab.Page, html, ct).ConfigureAwait(false);
                    Return(tab);
                    tab = null;
                    return pdf;
                }
                catch (TimeoutException e)
                {
                    await CloseAsync(tab).ConfigureAwait(false);
                    await host.RetireAsync(browser).ConfigureAwait(false);
                    throw new PdfRenderException($"无法生成 PDF：Chromium 在 {options.Timeout.TotalSeconds:0} 秒内没有完成打印，已终止。", e);
                }
                catch (PlaywrightException) when (attempt == 1 && !browser.IsConnected)
                {
                    // the browser went away mid-print: print again on a new one
                    await host.RetireAsync(browser).ConfigureAwait(false);
                }
                catch (PlaywrightException e)
                {
                    await CloseAsync(tab).ConfigureAwait(false);
                    throw new PdfRenderException($"无法生成 PDF：Chromium 打印失败。错误信息：{e.Message.Split('\n')[0]}", e);
                }
                catch
                {
                    await CloseAsync(tab).ConfigureAwait(false);
                    throw;
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref printing);
            slots.Release();
        }
    }

    /// <summary>
    /// One print slot's tab: its own browser context (no cookies, storage or cache shared with other tabs), scripts off
    /// and offline, so a print can read nothing but the html it is given; each print replaces the whole document.
    /// </summary>
    private sealed class Tab(IBrowser browser, IBrowserContext context, IPage page)
    {
        public IBrowser Browser { get; } = browser;
        public IBrowserContext Context { get; } = context;
        public IPage Page { get; } = page;
        public int Prints { get; set; }
    }

    // An idle tab of the running browser, else a new one (a new tab costs a renderer process: about as long as a print).
    private async Task<Tab> TabAsync(IBrowser browser)
    {
        while (idle.TryTake(out var tab))
        {
            if (ReferenceEquals(tab.Browser, browser) && browser.IsConnected) return tab;
            await CloseAsync(tab).ConfigureAwait(false);
        }
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
        var page = await context.NewPageAsync().ConfigureAwait(false);
        page.SetDefaultTimeout((float)options.Timeout.TotalMilliseconds);
        return new Tab(browser, context, page);
    }

    // Tabs are renewed now and then, so a long-lived renderer process does not grow.
    private void Return(Tab tab)
    {
        if (++tab.Prints >= PrintsPerTab) _ = CloseAsync(tab);
        else idle.Add(tab);
    }

    private const int PrintsPerTab = 100;

    private static async Task CloseAsync(Tab? tab)
    {
        if (tab is null) return;
        try { await tab.Context.CloseAsync().ConfigureAwait(false); }
        catch (PlaywrightException) { } // the browser is gone; its contexts went with it
    }

    private async Task<byte[]> PrintAsync(IPage page, string html, CancellationToken ct)
    {
        await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load, Timeout = (float)options.Timeout.TotalMilliseconds }).ConfigureAwait(false);
        // The page's @page rules decide size and margins (A4 named pages, portrait or landscape); A4 is the fallback.
        // Tagged, as chromium's own --print-to-pdf: the structure tree keeps table cells in reading order for readers.
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Format = "A4", Tagged = true })
            .WaitAsync(options.Timeout, ct).ConfigureAwait(false);
        if (pdf.Length == 0 || !pdf.AsSpan().StartsWith("%PDF"u8))
            throw new PdfRenderException("无法生成 PDF：Chromium 打印失败（没有得到 PDF 文件）。");
        return pdf;
    }

    public async ValueTask DisposeAsync()
    {
        while (idle.TryTake(out var tab)) await CloseAsync(tab).ConfigureAwait(false);
        await host.DisposeAsync().ConfigureAwait(false);
        slots.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
