using System.Collections.Concurrent;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Tests.Html;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// Each sample printed once per test run (chromium takes a second or two per document), shared by all PDF tests.
/// </summary>
internal static class PdfSamples
{
    private static readonly ConcurrentDictionary<string, Lazy<(byte[] Pdf, TimeSpan Took)>> Printed = new();

    public static byte[] Pdf(string sample) => Print(sample).Pdf;

    public static (byte[] Pdf, TimeSpan Took) Print(string sample) => Printed.GetOrAdd(sample, s => new Lazy<(byte[], TimeSpan)>(() =>
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var pdf = new PdfRenderer().Render(LayoutSamples.Document(s));
        return (pdf, watch.Elapsed);
    })).Value;
}
