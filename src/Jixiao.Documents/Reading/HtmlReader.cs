using AngleSharp.Html.Parser;
using Jixiao.Documents.Reading.Html;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Reads an html document (our own export, a form saved as a web page from Word or Excel) into the line shape of
/// <see cref="Layout.GridLines"/>: headings and paragraphs as lines, each table row as one line of tab-separated
/// cells with row and column spans expanded (covered positions empty) and line breaks inside a cell as
/// `&lt;br&gt;`. Scripts, styles and hidden elements are ignored; nothing is fetched or executed. Never throws.
/// </summary>
public static class HtmlReader
{
    public static ReadResult Read(string name, byte[] bytes)
    {
        var source = TextDocumentReader.Decode(bytes);
        if (source is null) return ReadResult.Fail($"“{name}”不是可识别的文本编码（UTF-8/UTF-16/GB18030）。");
        if (NestingScan.TooDeep(source)) return ReadResult.Fail($"“{name}”的元素嵌套超过 {NestingScan.MaxDepth} 层，不像是表格或文档，已拒绝。");
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
            using var document = parser.ParseDocument(source);
            var flow = new TextFlow();
            var tables = 0;
            var tooLarge = false;
            HtmlWalker.Walk(document.Body ?? (AngleSharp.Dom.INode)document, flow, table =>
            {
                tables++;
                var rows = HtmlWalker.TableRows(table);
                if (rows is null)
                {
                    tooLarge = true;
                    return;
                }
                for (var r = 0; r < rows.Count; r++) flow.Lines.Add((rows[r], $"第 {tables} 个表格第 {r + 1} 行"));
            });
            if (tooLarge) return ReadResult.Fail($"“{name}”中的表格展开后超过 {HtmlWalker.MaxGridCells} 个单元格，已拒绝。");
            var lines = flow.Finish().Select((l, i) => new SourceLine(i + 1, l.Text) { Location = l.Location }).ToList();
            if (lines.All(l => string.IsNullOrWhiteSpace(l.Text))) return ReadResult.Fail($"“{name}”没有任何文字内容。");
            return ReadResult.Ok(lines);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            return ReadResult.Fail($"“{name}”不是有效的 html 文档，无法读取。");
        }
    }
}
