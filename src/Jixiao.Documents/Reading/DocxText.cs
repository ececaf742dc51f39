using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Reading;

/// <summary>The visible text of Word paragraphs and table cells, through content controls and custom XML wrappers.</summary>
internal static class DocxText
{
    /// <summary>A paragraph's text; line breaks as `\n`, tabs as `\t`. Deleted revisions, field codes and drawings (text boxes, whose content Word also stores twice) are left out.</summary>
    public static string Of(Paragraph paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, text);
        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
                case Drawing or Picture or EmbeddedObject or DeletedRun or MoveFromRun or ParagraphProperties or RunProperties: break;
                case AlternateContent: break;
                default:
                    if (child.HasChildren) Append(child, text);
                    break;
            }
        }
    }

    public static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow row) yield return row;
            else if (child is SdtRow { SdtContentRow: { } content }) foreach (var r in Rows(content)) yield return r;
            else if (child is CustomXmlRow custom) foreach (var r in Rows(custom)) yield return r;
        }
    }

    public static IEnumerable<TableCell> Cells(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell) yield return cell;
            else if (child is SdtCell { SdtContentCell: { } content }) foreach (var c in Cells(content)) yield return c;
            else if (child is CustomXmlCell custom) foreach (var c in Cells(custom)) yield return c;
        }
    }

    /// <summary>A cell's paragraphs joined by line breaks in the <see cref="Layout.GridLines.Cell"/> shape; tables nested in it are handed back in <paramref name="nested"/>.</summary>
    public static string CellText(TableCell cell, List<DocumentFormat.OpenXml.Wordprocessing.Table> nested)
    {
        var parts = new List<string>();
        CellBlocks(cell, parts, nested);
        return Layout.GridLines.Cell(string.Join('\n', parts));
    }

    private static void CellBlocks(OpenXmlElement container, List<string> parts, List<DocumentFormat.OpenXml.Wordprocessing.Table> nested)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p: parts.Add(Of(p)); break;
                case DocumentFormat.OpenXml.Wordprocessing.Table t: nested.Add(t); break;
                case SdtBlock { SdtContentBlock: { } content }: CellBlocks(content, parts, nested); break;
                case CustomXmlBlock custom: CellBlocks(custom, parts, nested); break;
            }
        }
    }
}
