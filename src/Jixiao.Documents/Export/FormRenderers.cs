using Jixiao.Documents.Export.Docx;
using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Export.Xlsx;

namespace Jixiao.Documents.Export;

/// <summary>Every renderer this library ships, so CLI and web offer the same formats (renderers are thread-safe).</summary>
public static class FormRenderers
{
    /// <summary>
    /// The stateless renderers and one <see cref="PdfRenderer"/>, which owns a warm browser once it has printed: the
    /// caller disposes it (the web app's container at shutdown, the CLI at the end of its command).
    /// </summary>
    /// <param name="pdf">Where chromium is; <see cref="PdfRenderOptions.FromEnvironment"/> when null.</param>
    public static IReadOnlyList<IFormRenderer> All(PdfRenderOptions? pdf = null) =>
        [.. Stateless(), new PdfRenderer(pdf ?? PdfRenderOptions.FromEnvironment())];

    /// <summary>The renderers that hold nothing between calls (xlsx, docx, html).</summary>
    public static IReadOnlyList<IFormRenderer> Stateless() => [new XlsxRenderer(), new DocxRenderer(), new HtmlRenderer()];
}
