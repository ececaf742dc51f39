using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Html;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Tests.Html;

public class HtmlRendererTests
{
    public static TheoryData<string, string> HostileTexts => new()
    {
        { "<script>alert('x')</script>", "a script element in a project name" },
        { "</td></tr></table><img src=x onerror=alert(1)>", "closing the table and injecting an event handler" },
        { "\"><svg onload=alert(1)>", "breaking out of an attribute" },
        { "<!-- 注释 --> & &amp; <![CDATA[x]]>", "comments, entities and CDATA stay literal text" },
        { "<style>body{display:none}</style>", "a style element" },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Render_HostileUserText_IsEncodedAndReadsBackLiterally(string text, string reason)
    {
        var document = OneTable(TableCell.Value(text), new HeadingBlock(text, 1));

        var html = HtmlRenderer.RenderText(document);
        var parsed = new HtmlParser().ParseDocument(html);

        Assert.Empty(parsed.QuerySelectorAll("script, img, svg, body style")); // reason: {reason}
        Assert.Single(parsed.QuerySelectorAll("head style"));
        Assert.Equal(text, parsed.QuerySelector("h1")!.TextContent);
        Assert.Equal(text, parsed.QuerySelector("td")!.TextContent);
        Assert.Equal([text, text], LayoutSamples.NonBlank(HtmlReader.Read("x.html", Encoding.UTF8.GetBytes(html)).Lines!));
        Assert.NotNull(reason);
    }

    [Fact]
    public void Render_Document_IsSelfContainedChineseA4PrintPage()
    {
        var html = HtmlRenderer.RenderText(LayoutSamples.Document(LayoutSamples.Mixed));
        var parsed = new HtmlParser().ParseDocument(html);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal("zh-CN", parsed.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", parsed.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Contains("size: A4 portrait", html, StringComparison.Ordinal);
        Assert.Contains("size: A4 landscape", html, StringComparison.Ordinal);
        Assert.Equal(["portrait", "landscape"], parsed.QuerySelectorAll("section").Select(s => s.ClassName));
        Assert.Contains("WenQuanYi Micro Hei", html, StringComparison.Ordinal);
        Assert.Empty(parsed.QuerySelectorAll("script, link, img, iframe, [src], [href]"));
        Assert.Single(parsed.QuerySelectorAll(".page-break"));
    }

    [Theory]
    [MemberData(nameof(LayoutSamples.All), MemberType = typeof(LayoutSamples))]
    public void Render_EveryTable_OneCellElementPerPlacedCellWithItsSpans(string sample)
    {
        var document = LayoutSamples.Document(sample);
        var tables = document.Sections.SelectMany(s => s.Blocks).OfType<FormTable>().ToList();
        var parsed = new HtmlParser().ParseDocument(HtmlRenderer.RenderText(document));
        var htmlTables = parsed.QuerySelectorAll("table").ToList();

        Assert.Equal(tables.Count, htmlTables.Count);
        foreach (var (table, element) in tables.Zip(htmlTables))
        {
            var placed = TableGrid.Place(table);
            var cells = element.QuerySelectorAll("td, th").ToList();
            Assert.Equal(placed.Count, cells.Count);
            foreach (var (p, cell) in placed.Zip(cells))
            {
                Assert.Equal(p.Cell.Role == CellRole.Label ? "TH" : "TD", cell.TagName);
                Assert.Equal(p.Cell.ColSpan, int.Parse(cell.GetAttribute("colspan") ?? "1", CultureInfo.InvariantCulture));
                Assert.Equal(p.Cell.RowSpan, int.Parse(cell.GetAttribute("rowspan") ?? "1", CultureInfo.InvariantCulture));
            }
            var headRows = element.QuerySelectorAll("thead tr").Length;
            var spansOut = placed.Any(p => p.Row < table.RepeatHeaderRows && p.LastRow >= table.RepeatHeaderRows);
            if (!spansOut) Assert.Equal(table.RepeatHeaderRows, headRows);
            Assert.DoesNotContain(placed, p => p.Row < headRows && p.LastRow >= headRows); // a browser would clip it
            Assert.Equal(table.ColumnCount, element.QuerySelectorAll("col").Length);
        }
    }

    [Theory]
    [InlineData("1443356", "1,443,356.00", "a whole amount keeps its exact value")]
    [InlineData("0.5", "0.50", "a fraction is not padded in the value")]
    [InlineData("-12.345", "-12.35", "the value is not rounded like the printed text")]
    public void Render_AmountCell_RightAlignedWithExactDataValue(string value, string printed, string reason)
    {
        var amount = decimal.Parse(value, CultureInfo.InvariantCulture);
        var parsed = new HtmlParser().ParseDocument(HtmlRenderer.RenderText(OneTable(TableCell.Money(amount))));

        var cell = parsed.QuerySelector("td.amount")!;
        Assert.Equal(printed, cell.TextContent);
        Assert.Equal(amount, decimal.Parse(cell.GetAttribute("data-value")!, CultureInfo.InvariantCulture));
        Assert.NotNull(reason);
    }

    [Theory]
    [InlineData(2, 2, "a short span into the body: the header grows to hold it")]
    [InlineData(6, 0, "a label down the whole table: no repeated header rather than a page-long one")]
    public void Render_HeaderRowSpanReachingIntoBody_NeverClippedByThead(int span, int expectedHeadRows, string reason)
    {
        var rows = new List<IReadOnlyList<TableCell>> { new[] { TableCell.Label("跨行", rowSpan: span), TableCell.Label("表头") } };
        rows.AddRange(Enumerable.Range(1, 5).Select(i => (IReadOnlyList<TableCell>)(i < span ? [TableCell.Value($"行{i}")] : [TableCell.Value("a"), TableCell.Value($"行{i}")])));
        var table = new FormTable([10m, 10m], rows, RepeatHeaderRows: 1);

        var parsed = new HtmlParser().ParseDocument(HtmlRenderer.RenderText(new FormDocument("t", "t", [new FormSection("s", [table])])));

        Assert.True(expectedHeadRows == parsed.QuerySelectorAll("thead tr").Length, reason);
    }

    [Fact]
    public void Format_IsHtml_AndExporterDispatchesToIt()
    {
        var exporter = new FormExporter([new HtmlRenderer()]);

        var bytes = exporter.Render(OneTable(TableCell.Value("值")), ExportFormat.Html);

        Assert.Equal(ExportFormat.Html, new HtmlRenderer().Format);
        Assert.Contains("<td>值</td>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private static FormDocument OneTable(TableCell cell, params FormBlock[] before) =>
        new("t", "t", [new FormSection("s", [.. before, new FormTable([10m], [[cell]])])]);
}
