using System.Globalization;

namespace Jixiao.Documents.Export.Pdf;

/// <param name="ChromiumPath">The headless chromium that prints the html (Debian: `/usr/bin/chromium`).</param>
/// <param name="Timeout">How long one print (or one browser start) may take before the browser is restarted.</param>
/// <param name="Concurrency">How many forms the one warm browser prints at once; more wait their turn.</param>
public sealed record PdfRenderOptions(string ChromiumPath, TimeSpan Timeout, int Concurrency = PdfRenderOptions.DefaultConcurrency)
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";
    public const string ChromiumPathVariable = "JIXIAO_CHROMIUM";
    public const string ConcurrencyVariable = "JIXIAO_PDF_CONCURRENCY";

    /// <summary>Two tabs keep one core printing while the other lays out the next page; more only queue on a small node.</summary>
    public const int DefaultConcurrency = 2;

    public const int MaxConcurrency = 16;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>`JIXIAO_CHROMIUM` when set, else <see cref="DefaultChromiumPath"/>; `JIXIAO_PDF_CONCURRENCY` (1–16) when set.</summary>
    public static PdfRenderOptions FromEnvironment()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumPathVariable);
        var concurrency = int.TryParse(Environment.GetEnvironmentVariable(ConcurrencyVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : DefaultConcurrency;
        return new PdfRenderOptions(string.IsNullOrWhiteSpace(path) ? DefaultChromiumPath : path.Trim(), DefaultTimeout, concurrency);
    }

    /// <summary><see cref="Concurrency"/> held to 1–<see cref="MaxConcurrency"/>.</summary>
    public int Slots => Math.Clamp(Concurrency, 1, MaxConcurrency);
}
