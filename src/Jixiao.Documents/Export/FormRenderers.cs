using Jixiao.Documents.Export.Docx;
using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Export.Xlsx;

namespace Jixiao.Documents.Export;

/// <summary>Every renderer this library ships, so CLI and web offer the same formats (renderers are stateless and thread-safe).</summary>
public static class FormRenderers
{
    /// <param name="pdf">Where chromium is; <see cref="PdfRenderOptions.FromEnvironment"/> when null.</param>
    public static IReadOnlyList<IFormRenderer> All(PdfRenderOptions? pdf = null) =>
        [new XlsxRenderer(), new DocxRenderer(), new HtmlRenderer(), new PdfRenderer(pdf ?? PdfRenderOptions.FromEnvironment())];
}
