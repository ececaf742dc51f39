using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Layout;
using Microsoft.Playwright;

namespace Jixiao.Documents.Export.Pdf;

/// <summary>
/// Prints the <see cref="HtmlRenderer"/> page to PDF with one warm headless chromium (ADR-050), so the PDF shows exactly
/// the html layout (A4 named pages, repeated table headers) with an embedded CJK font and a text layer. The browser
/// starts on the first print and lives until the renderer is disposed (the web app's lifetime, one CLI command);
/// a dead or hung browser is replaced. At most <see cref="PdfRenderOptions.Concurrency"/> prints run at once, each
/// in its own fresh browser context (no cookies, cache or storage carried from one print to the next). Thread-safe.
/// </summary>
/// <exception cref="PdfRenderException">From <see cref="Render"/>: chromium is missing, fails or times out.</exception>
public sealed class PdfRenderer : IFormRenderer, IAsyncDisposable, IDisposable
{
    private readonly PdfRenderOptions options;
    private readonly BrowserHost host;
    private readonly SemaphoreSlim slots;
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
                try
                {
                    return await PrintAsync(browser, html, ct).ConfigureAwait(false);
                }
                catch (TimeoutException e)
                {
                    await host.RetireAsync(browser).ConfigureAwait(false);
                    throw new PdfRenderException($"无法生成 PDF：Chromium 在 {options.Timeout.TotalSeconds:0} 秒内没有完成打印，已终止。", e);
                }
                catch (PlaywrightException e) when (attempt == 1 && !browser.IsConnected)
                {
                    _ = e; // the browser went away mid-print: print again on a new one
                    await host.RetireAsync(browser).ConfigureAwait(false);
                }
                catch (PlaywrightException e)
                {
                    await host.RetireAsync(browser).ConfigureAwait(false);
                    throw new PdfRenderException($"无法生成 PDF：Chromium 打印失败。错误信息：{e.Message.Split('\n')[0]}", e);
                }
            }
        }
        finally
        {
            Interlocked.Decrement(ref printing);
            slots.Release();
        }
    }

    private async Task<byte[]> PrintAsync(IBrowser browser, string html, CancellationToken ct)
    {
        var timeout = (float)options.Timeout.TotalMilliseconds;
        // A fresh context per print: nothing (cookies, cache, storage) survives from one form to the next.
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true }).ConfigureAwait(false);
        try
        {
            var page = await context.NewPageAsync().ConfigureAwait(false);
            page.SetDefaultTimeout(timeout);
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load, Timeout = timeout }).ConfigureAwait(false);
            // The page's @page rules decide size and margins (A4 named pages, portrait or landscape); A4 is the fallback.
            var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true, Format = "A4" })
                .WaitAsync(options.Timeout, ct).ConfigureAwait(false);
            if (pdf.Length == 0 || !pdf.AsSpan().StartsWith("%PDF"u8))
                throw new PdfRenderException("无法生成 PDF：Chromium 打印失败（没有得到 PDF 文件）。");
            return pdf;
        }
        finally
        {
            try { await context.CloseAsync().ConfigureAwait(false); }
            catch (PlaywrightException) { } // the browser is gone; its contexts went with it
        }
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync().ConfigureAwait(false);
        slots.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
