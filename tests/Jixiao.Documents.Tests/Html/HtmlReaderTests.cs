using System.Text;
using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Tests.Html;

public class HtmlReaderTests
{
    public static TheoryData<string, string[], string> Documents => new()
    {
        {
            "<table><tr><td rowspan=2>A</td><td colspan=2>B</td></tr><tr><td>c</td><td>d</td></tr></table>",
            ["A\tB", "\tc\td"],
            "row and column spans expand, covered positions empty, trailing empty cells dropped"
        },
        {
            "<table><tbody><tr><td>体</td></tr></tbody><tfoot><tr><td>脚</td></tr></tfoot><thead><tr><th>头</th></tr></thead></table>",
            ["头", "体", "脚"],
            "thead first and tfoot last, as a browser draws them"
        },
        {
            "<table><tr><td>第一行<br>第二行</td><td><p>段一</p><p>段二</p></td></tr></table>",
            ["第一行<br>第二行\t段一<br>段二"],
            "<br> and paragraphs inside a cell become <br>"
        },
        {
            "<h1>标题</h1>\n<p>第一段\n   接着写</p><div>甲<br>乙</div><ul><li>一</li><li>二</li></ul>",
            ["标题", "第一段 接着写", "甲", "乙", "一", "二"],
            "blocks and <br> end lines; a source line break is one space"
        },
        {
            "<p>保留  两个空格</p><pre>预排\n  格式</pre>",
            ["保留  两个空格", "预排", "  格式"],
            "plain spaces are kept, <pre> keeps its lines"
        },
        {
            "<script>alert('x')</script><style>p{}</style><p hidden>隐藏</p><template><p>模板</p></template><p>可见</p>",
            ["可见"],
            "scripts, styles, templates and hidden elements are not text"
        },
        {
            "<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td><td>右</td></tr></table>",
            ["外<br>内1 内2\t右"],
            "a table nested in a cell reads as lines of that cell"
        },
        {
            "<table><tr><td colspan=0>零</td><td rowspan=abc>坏</td><td colspan=99999>大</td></tr></table>",
            ["零\t坏\t大"],
            "invalid spans fall back to 1 or are clamped"
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Read_Html_GivesGridLines(string body, string[] expected, string reason)
    {
        var read = HtmlReader.Read("x.html", Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>忽略</title></head><body>{body}</body></html>"));

        Assert.True(read.Success, read.Error);
        Assert.Equal(expected, LayoutSamples.NonBlank(read.Lines!));
        Assert.NotNull(reason);
    }

    [Fact]
    public void Read_TableRows_LocatedByTableAndRow()
    {
        var read = HtmlReader.Read("x.html", Encoding.UTF8.GetBytes("<p>前</p><table><tr><td>a</td></tr></table><table><tr><td>b</td></tr><tr><td>c</td></tr></table>"));

        Assert.Equal("第 2 个表格第 2 行", read.Lines!.Single(l => l.Text == "c").Location);
    }

    [Theory]
    [InlineData("<div>", 100_000, "nested divs: parsing slows quadratically with depth")]
    [InlineData("<table><tr><td>", 20_000, "nested tables: each level is a recursion")]
    [InlineData("<span><b>", 600, "inline elements count as well")]
    public void Read_DeepNesting_RefusedQuickly(string tag, int depth, string reason)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(tag, depth)) + "深处</body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var read = HtmlReader.Read("x.html", Encoding.UTF8.GetBytes(html));

        Assert.False(read.Success, reason);
        Assert.Contains("嵌套", read.Error, StringComparison.Ordinal);
        // A hang guard: parsing this depth in full would take minutes, refusing it takes milliseconds.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{watch.Elapsed}");
    }

    [Fact]
    public void Read_ManyRowsWithOptionalEndTags_NotMistakenForNesting()
    {
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<tr><td>{i}<br><td><p>段落"));

        var read = HtmlReader.Read("x.html", Encoding.UTF8.GetBytes($"<html><body><table>{rows}</table></body></html>"));

        Assert.True(read.Success, read.Error);
        Assert.Equal("4999	段落", read.Lines![^1].Text);
    }

    [Fact]
    public void Read_TablesNestedInCells_ReadToAFixedDepth()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<table><tr><td>层", 40)) + "</body></html>";

        var read = HtmlReader.Read("x.html", Encoding.UTF8.GetBytes(html));

        Assert.True(read.Success, read.Error);
        Assert.StartsWith("层<br>层", read.Lines!.Single(l => l.Text.Length > 0).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeExpandedSpans_Refused()
    {
        var rows = string.Concat(Enumerable.Repeat("<tr><td colspan=1000>x</td></tr>", 3000));

        var read = HtmlReader.Read("x.html", Encoding.UTF8.GetBytes($"<html><body><table>{rows}</table></body></html>"));

        Assert.False(read.Success);
        Assert.Contains("单元格", read.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB18030", "an older Chinese office export without a BOM")]
    [InlineData("UTF-8", "the usual encoding")]
    public void Read_ChineseEncodings_Decoded(string encoding, string reason)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(encoding).GetBytes("<html><body><p>财政项目支出绩效目标申报表</p></body></html>");

        var read = AnyDocumentReader.Read("form.htm", bytes);

        Assert.Equal(["财政项目支出绩效目标申报表"], LayoutSamples.NonBlank(read.Lines!));
        Assert.NotNull(reason);
    }

    [Fact]
    public void Read_MarkdownText_StaysText()
    {
        var read = AnyDocumentReader.Read("seed.md", Encoding.UTF8.GetBytes("# 标题\n\n| a | b |\n<br>不是 html 文档"));

        Assert.Equal(["# 标题", "| a | b |", "<br>不是 html 文档"], LayoutSamples.NonBlank(read.Lines!));
    }
}
