using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Reads a Word document into the <see cref="GridLines"/> text shape: each body paragraph with text is a line, each
/// table row one line of tab-separated cells (a gridSpan cell followed by empty cells for the columns it covers, a
/// vMerge continuation empty, paragraphs and breaks inside a cell joined by `&lt;br&gt;`). Tables nested in a cell
/// follow their row as rows of their own, so forms laid out with nested grids still read as rows; a section break
/// gives a blank line, as between the sections of <see cref="GridLines"/>. Never throws:
/// anything unreadable gives a Chinese reason.
/// </summary>
public static class DocxReader
{
    /// <summary>Caps a single part's XML (a zip's declared sizes can lie; the SDK enforces this while parsing).</summary>
    public const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static ReadResult Read(string name, byte[] bytes)
    {
        if (OfficePackageGuard.Check(name, bytes) is { } refused) return ReadResult.Fail(refused);
        try
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null) return ReadResult.Fail($"“{name}”不是 Word 文档（docx），找不到正文。");
            var lines = new DocxLines().Read(body);
            return lines.Count == 0 ? ReadResult.Fail($"“{name}”没有任何文字内容。") : ReadResult.Ok(lines);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
                                      or InvalidOperationException or ArgumentException or NotSupportedException or UriFormatException)
        {
            // System.IO.Packaging, the XML reader and the SDK each fail their own way on a damaged or foreign package.
            return ReadResult.Fail(e is OpenXmlPackageException && e.Message.Contains("content type", StringComparison.OrdinalIgnoreCase)
                ? $"“{name}”不是 Word 文档（docx），可能是其他 Office 文件改了扩展名。"
                : $"“{name}”已损坏或不是有效的 Word 文档（docx），无法读取。");
        }
    }

    /// <summary>Walks the body in document order, numbering lines and locating each in the user's terms.</summary>
    private sealed class DocxLines
    {
        private readonly List<SourceLine> lines = [];
        private int paragraphs;
        private int tables;

        public List<SourceLine> Read(Body body)
        {
            Blocks(body);
            return lines;
        }

        private void Blocks(OpenXmlElement container)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p:
                        var text = DocxText.Of(p);
                        if (!string.IsNullOrWhiteSpace(text))
                        {
                            paragraphs++;
                            foreach (var line in text.Split('\n'))
                                if (!string.IsNullOrWhiteSpace(line)) Add(line, $"第 {paragraphs} 段");
                        }
                        // A section break ends a form the way a blank line ends one in the text shape (GridLines writes one
                        // after every section), so the importers see where one form stops and the next begins.
                        if (p.ParagraphProperties?.SectionProperties is not null && lines.Count > 0 && lines[^1].Text.Length > 0)
                            lines.Add(new SourceLine(lines.Count + 1, ""));
                        break;
                    case Table t:
                        tables++;
                        TableRows(t, $"第 {tables} 个表格");
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Blocks(content);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom);
                        break;
                }
            }
        }

        private void TableRows(Table table, string where)
        {
            var r = 0;
            foreach (var row in DocxText.Rows(table))
            {
                r++;
                var nested = new List<Table>();
                var cells = new List<string>();
                for (var i = 0; i < (row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0); i++) cells.Add("");
                foreach (var cell in DocxText.Cells(row))
                {
                    var properties = cell.TableCellProperties;
                    var merge = properties?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    cells.Add(continues ? "" : DocxText.CellText(cell, nested));
                    for (var i = 1; i < (properties?.GridSpan?.Val?.Value ?? 1); i++) cells.Add("");
                }
                var line = GridLines.Row(cells);
                if (line.Length > 0) Add(line, $"{where}第 {r} 行");
                var n = 0;
                foreach (var inner in nested) TableRows(inner, $"{where}第 {r} 行内嵌表格{(nested.Count > 1 ? $" {++n} " : "")}");
            }
        }

        private void Add(string text, string location) =>
            lines.Add(new SourceLine(lines.Count + 1, text) { Location = location });
    }
}
