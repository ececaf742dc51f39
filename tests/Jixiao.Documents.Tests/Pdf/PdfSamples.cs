using System.Collections.Concurrent;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Tests.Html;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// Each sample printed once per test run by one warm renderer, shared by all PDF tests (its browser ends with the run).
/// </summary>
internal static class PdfSamples
{
    public static readonly PdfRenderer Renderer = new();
    private static readonly ConcurrentDictionary<string, Lazy<(byte[] Pdf, TimeSpan Took)>> Printed = new();

    public static byte[] Pdf(string sample) => Print(sample).Pdf;

    public static (byte[] Pdf, TimeSpan Took) Print(string sample) => Printed.GetOrAdd(sample, s => new Lazy<(byte[], TimeSpan)>(() =>
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var pdf = Renderer.Render(LayoutSamples.Document(s));
        return (pdf, watch.Elapsed);
    })).Value;
}
