namespace Jixiao.Documents.Export.Pdf;

/// <param name="ChromiumPath">The headless chromium that prints the html (Debian: `/usr/bin/chromium`).</param>
/// <param name="Timeout">How long one print may take before the browser is killed.</param>
public sealed record PdfRenderOptions(string ChromiumPath, TimeSpan Timeout)
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";
    public const string ChromiumPathVariable = "JIXIAO_CHROMIUM";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <summary>`JIXIAO_CHROMIUM` when set, else <see cref="DefaultChromiumPath"/>.</summary>
    public static PdfRenderOptions FromEnvironment()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumPathVariable);
        return new PdfRenderOptions(string.IsNullOrWhiteSpace(path) ? DefaultChromiumPath : path.Trim(), DefaultTimeout);
    }
}
