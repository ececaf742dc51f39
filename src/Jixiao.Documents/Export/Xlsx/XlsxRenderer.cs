using ClosedXML.Excel;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Xlsx;

/// <summary>
/// Draws a <see cref="FormDocument"/> as an Excel workbook: one worksheet per section, merged title rows, bordered
/// tables with real numbers for amounts, A4 print setup. Widths come from the layout, never from measuring text
/// (ClosedXML's AdjustToContents needs libgdiplus). The same document always gives the same bytes.
/// </summary>
public sealed class XlsxRenderer : IFormRenderer
{
    /// <summary>The font of the printed official forms; Excel/WPS map it to SimSun, LibreOffice to its CJK fallback.</summary>
    public const string FontName = "宋体";
    public const double FontSize = 11;

    // Fixed so that rendering is deterministic; a form's date is in its content, not in the file properties.
    private static readonly DateTime Stamp = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public ExportFormat Format => ExportFormat.Xlsx;

    public byte[] Render(FormDocument document)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = FontName;
        workbook.Style.Font.FontSize = FontSize;
        workbook.Style.Font.FontCharSet = XLFontCharSet.GB2312;
        workbook.Properties.Title = document.Title;
        workbook.Properties.Created = Stamp;
        workbook.Properties.Modified = Stamp;

        // Excel compares sheet names case-insensitively.
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        IEnumerable<FormSection> sections = document.Sections.Count > 0 ? document.Sections : [new FormSection(document.Title, [])];
        foreach (var section in sections)
            SheetWriter.Write(workbook.Worksheets.Add(SheetNames.Safe(section.Name, used)), section);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return DeterministicPackage.Normalize(stream.ToArray(), Stamp);
    }
}
