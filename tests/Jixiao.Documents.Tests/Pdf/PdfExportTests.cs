using System.Text.RegularExpressions;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Pdf;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Html;

namespace Jixiao.Documents.Tests.Pdf;

public partial class PdfExportTests
{
    [Theory]
    [MemberData(nameof(LayoutSamples.All), MemberType = typeof(LayoutSamples))]
    public void Render_EveryPage_RastersToPngWithoutError(string sample)
    {
        using var dir = new TempDir();
        var pdf = Tools.Write(dir, "form.pdf", PdfSamples.Pdf(sample));

        var (exit, _, stderr) = Tools.Run("pdftoppm", "-r", "50", "-png", pdf, Path.Combine(dir.Path, "page"));

        Assert.True(exit == 0, stderr);
        Assert.Empty(stderr.Trim());
        var pages = Directory.GetFiles(dir.Path, "page*.png");
        Assert.Equal(PageCount(pdf), pages.Length);
        Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 1000, p));
    }

    [Theory]
    [MemberData(nameof(LayoutSamples.Forms), MemberType = typeof(LayoutSamples))]
    public void Render_TextLayer_HoldsTitlesProjectNamesAndAmounts(string sample)
    {
        using var dir = new TempDir();
        var layout = LayoutSamples.Document(sample);
        // -raw: content-stream order, one cell after another (reading-order mode interleaves wrapped neighbouring cells).
        var text = Tools.Run("pdftotext", "-raw", Tools.Write(dir, "form.pdf", PdfSamples.Pdf(sample)), "-").Stdout;
        var flat = Whitespace().Replace(text, "");
        var blocks = layout.Sections.SelectMany(s => s.Blocks).ToList();

        Assert.All(blocks.OfType<HeadingBlock>().Where(h => h.Level == 1), h => Assert.Contains(Whitespace().Replace(h.Text, ""), flat, StringComparison.Ordinal));
        var amounts = blocks.OfType<FormTable>().SelectMany(TableGrid.Place).Where(p => p.Cell.Role == CellRole.Amount && p.Cell.Text.Length > 0).ToList();
        Assert.All(amounts, a => Assert.Contains(a.Cell.Text, flat, StringComparison.Ordinal));
        Assert.All(LayoutSamples.Projects(sample), p => Assert.Contains(Whitespace().Replace(p.Name, ""), flat, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SeedAmount_PrintedWithThousandsSeparators()
    {
        using var dir = new TempDir();

        var text = Tools.Run("pdftotext", "-layout", Tools.Write(dir, "form.pdf", PdfSamples.Pdf(LayoutSamples.Declarations2024A)), "-").Stdout;

        Assert.Contains("1,443,356.00", text, StringComparison.Ordinal);
        Assert.Contains("编外人员工作经费", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LayoutSamples.All), MemberType = typeof(LayoutSamples))]
    public void Render_Fonts_AllEmbeddedAndACjkFaceAmongThem(string sample)
    {
        using var dir = new TempDir();

        var (exit, fonts, stderr) = Tools.Run("pdffonts", Tools.Write(dir, "form.pdf", PdfSamples.Pdf(sample)));

        Assert.True(exit == 0, stderr);
        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        // Columns: name type encoding emb sub uni object ID; type may be two words (`CID TrueType`, `Type 3`).
        Assert.All(rows, r => Assert.Matches(@"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", r));
        Assert.All(rows, r => Assert.Matches(@"\syes\s+\d+\s+\d+\s*$", r)); // every font has a Unicode map
        Assert.Contains(rows, r => CjkFont().IsMatch(r));
    }

    [Fact]
    public void Render_ChromiumMissing_ClearChineseError()
    {
        var renderer = new PdfRenderer(new PdfRenderOptions("/nonexistent/chromium", TimeSpan.FromSeconds(5)));

        var error = Assert.Throws<PdfRenderException>(() => renderer.Render(LayoutSamples.Document(LayoutSamples.Mixed)));

        Assert.Contains("找不到 Chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains(PdfRenderOptions.ChromiumPathVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChromiumFails_ClearChineseError()
    {
        var renderer = new PdfRenderer(new PdfRenderOptions("/bin/false", TimeSpan.FromSeconds(10)));

        var error = Assert.Throws<PdfRenderException>(() => renderer.Render(LayoutSamples.Document(LayoutSamples.Mixed)));

        Assert.Contains("打印失败", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChromiumHangs_KilledAtTimeout()
    {
        using var dir = new TempDir();
        var script = Path.Combine(dir.Path, "hang.sh");
        File.WriteAllText(script, "#!/bin/sh\nsleep 60\n");
        Assert.Equal(0, Tools.Run("chmod", "+x", script).ExitCode);
        var renderer = new PdfRenderer(new PdfRenderOptions(script, TimeSpan.FromSeconds(1)));

        var error = Assert.Throws<PdfRenderException>(() => renderer.Render(LayoutSamples.Document(LayoutSamples.Mixed)));

        Assert.Contains("没有完成打印", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_FromEnvironment_DefaultsToDebianChromium()
    {
        var options = PdfRenderOptions.FromEnvironment();

        var expected = Environment.GetEnvironmentVariable(PdfRenderOptions.ChromiumPathVariable) is { Length: > 0 } set ? set.Trim() : "/usr/bin/chromium";
        Assert.Equal(expected, options.ChromiumPath);
        Assert.Equal(ExportFormat.Pdf, new PdfRenderer(options).Format);
    }

    private static int PageCount(string pdf) =>
        int.Parse(Regex.Match(Tools.Run("pdfinfo", pdf).Stdout, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("WenQuanYi|Noto(Sans|Serif)CJK|SourceHan|SimSun|SimHei|FangSong|KaiTi", RegexOptions.IgnoreCase)]
    private static partial Regex CjkFont();
}
