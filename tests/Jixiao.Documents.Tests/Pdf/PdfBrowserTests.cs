using System.Diagnostics;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Tests.Html;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>The one warm browser behind <see cref="PdfRenderer"/> (ADR-050): kept, bounded, replaced when it dies.</summary>
public sealed class PdfBrowserTests
{
    [Fact]
    public async Task Render_ManyForms_OneBrowserStaysWarm()
    {
        await using var renderer = new PdfRenderer();

        for (var i = 0; i < 3; i++) AssertPdf(await renderer.RenderAsync(LayoutSamples.Document(LayoutSamples.Mixed), TestContext.Current.CancellationToken));

        Assert.Equal(1, renderer.BrowserLaunches);
        Assert.Single(BrowserProcesses(renderer.BrowserMarker)); // still running between prints
    }

    [Fact]
    public async Task Render_BrowserKilled_NextPdfStillPrints()
    {
        await using var renderer = new PdfRenderer();
        AssertPdf(await renderer.RenderAsync(LayoutSamples.Document(LayoutSamples.Mixed), TestContext.Current.CancellationToken));
        var pid = Assert.Single(BrowserProcesses(renderer.BrowserMarker));

        using (var browser = Process.GetProcessById(pid))
        {
            browser.Kill();
            await browser.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        AssertPdf(await renderer.RenderAsync(LayoutSamples.Document(LayoutSamples.Mixed), TestContext.Current.CancellationToken));
        Assert.Equal(2, renderer.BrowserLaunches);
        Assert.DoesNotContain(pid, BrowserProcesses(renderer.BrowserMarker));
    }

    [Fact]
    public async Task Render_ManyAtOnce_AllPrintWithinTheConcurrencyBound()
    {
        await using var renderer = new PdfRenderer(PdfRenderOptions.FromEnvironment() with { Concurrency = 2 });
        var document = LayoutSamples.Document(LayoutSamples.Mixed);

        var pdfs = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => renderer.RenderAsync(document, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        Assert.All(pdfs, AssertPdf);
        Assert.InRange(renderer.PeakConcurrentPrints, 1, 2);
        Assert.Equal(1, renderer.BrowserLaunches);
    }

    [Fact]
    public async Task Render_AfterAnotherForm_SameAsOnAFreshBrowser()
    {
        var ct = TestContext.Current.CancellationToken;
        var form = LayoutSamples.Document(LayoutSamples.Declarations2024A);
        await using var fresh = new PdfRenderer();
        var alone = await fresh.RenderAsync(form, ct);
        await using var reused = new PdfRenderer(PdfRenderOptions.FromEnvironment() with { Concurrency = 1 });

        await reused.RenderAsync(LayoutSamples.Document(LayoutSamples.LongDeclaration), ct);
        var after = await reused.RenderAsync(form, ct);

        using var dir = new TempDir();
        Assert.Equal(Text(dir, "alone.pdf", alone), Text(dir, "after.pdf", after));
        Assert.Equal(1, reused.BrowserLaunches);
    }

    [Fact]
    public async Task Dispose_StopsTheBrowser()
    {
        var renderer = new PdfRenderer();
        AssertPdf(await renderer.RenderAsync(LayoutSamples.Document(LayoutSamples.Mixed), TestContext.Current.CancellationToken));
        var pid = Assert.Single(BrowserProcesses(renderer.BrowserMarker));

        await renderer.DisposeAsync();

        Assert.Empty(BrowserProcesses(renderer.BrowserMarker));
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid).Dispose());
    }

    [Fact]
    public void Options_Concurrency_HeldWithinBounds()
    {
        Assert.Equal(1, new PdfRenderOptions("/usr/bin/chromium", TimeSpan.FromSeconds(1), 0).Slots);
        Assert.Equal(PdfRenderOptions.MaxConcurrency, new PdfRenderOptions("/usr/bin/chromium", TimeSpan.FromSeconds(1), 1000).Slots);
        Assert.Equal(PdfRenderOptions.DefaultConcurrency, new PdfRenderOptions("/usr/bin/chromium", TimeSpan.FromSeconds(1)).Slots);
    }

    private static string Text(TempDir dir, string name, byte[] pdf) =>
        Tools.Run("pdftotext", "-layout", Tools.Write(dir, name, pdf), "-").Stdout;

    private static void AssertPdf(byte[] pdf) => Assert.True(pdf.Length > 1000 && pdf.AsSpan().StartsWith("%PDF"u8));

    /// <summary>The main chromium process (not its renderer/gpu helpers, which carry `--type=`) started with the marker.</summary>
    private static List<int> BrowserProcesses(string marker)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string[] args;
            try { args = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0'); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            if (args.Contains(marker) && !args.Any(a => a.StartsWith("--type=", StringComparison.Ordinal))) found.Add(pid);
        }
        return found;
    }
}
