using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Docx;

/// <summary>
/// Draws a <see cref="FormDocument"/> as a Word document (OpenXml 2.20 API): one Word section per form section with
/// its own A4 orientation, headings centred, tables with single borders, merged cells and repeated header rows, and
/// CJK fonts declared so Word and LibreOffice pick a Chinese face.
/// </summary>
public sealed class DocxRenderer : IFormRenderer
{
    public ExportFormat Format => ExportFormat.Docx;

    public byte[] Render(FormDocument document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Creator = "Jixiao";
            var main = word.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var body = new Body();
            for (var s = 0; s < document.Sections.Count; s++)
            {
                var section = document.Sections[s];
                AppendBlocks(body, section);
                var properties = DocxPage.SectionProperties(section.Orientation);
                if (s < document.Sections.Count - 1)
                    body.Append(new Paragraph(new ParagraphProperties(properties)));
                else
                    body.Append(properties);
            }
            if (document.Sections.Count == 0) body.Append(new Paragraph(), DocxPage.SectionProperties(PageOrientation.Portrait));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static void AppendBlocks(Body body, FormSection section)
    {
        var textWidth = DocxPage.TextWidth(section.Orientation);
        FormBlock? previous = null;
        foreach (var block in section.Blocks)
        {
            // Word joins two adjacent tables into one; a spacer paragraph keeps them apart.
            if (block is FormTable && previous is FormTable) body.Append(DocxParagraphs.Spacer());
            switch (block)
            {
                case HeadingBlock heading: body.Append(DocxParagraphs.Heading(heading)); break;
                case ParagraphBlock paragraph: body.Append(DocxParagraphs.Text(paragraph)); break;
                case PageBreakBlock: body.Append(DocxParagraphs.PageBreak()); break;
                case FormTable table: body.Append(DocxTables.Build(table, textWidth)); break;
            }
            previous = block;
        }
    }
}
