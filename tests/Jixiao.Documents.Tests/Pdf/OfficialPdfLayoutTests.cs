using System.Text;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// The official forms as printed (issue 15): the 自评表's indicator table starts on page 1 and breaks between rows with
/// its header repeated; the 批复 notice's tables are closed on the right as on the left.
/// </summary>
public sealed class OfficialPdfLayoutTests
{
    private static readonly Lazy<IReadOnlyList<(Project Project, byte[] Pdf)>> SelfEvaluations = new(() =>
        Seed(Seeds.SelfEvaluation2023).Package.Projects.Where(p => p.Evaluation is not null)
            .Select(p => (p, PdfSamples.Renderer.Render(FormLayouts.SelfEvaluation(p, Layout.LayoutSamples.Score(p))))).ToList());

    [Fact]
    public void SelfEvaluation_IndicatorTable_StartsOnPageOne()
    {
        var (project, pdf) = SelfEvaluations.Value[0];
        using var document = PdfDocument.Open(pdf);

        Assert.True(document.NumberOfPages >= 2, $"{document.NumberOfPages} page(s): the sample no longer runs over a page");
        Assert.Contains(Flat(project.Indicators[0].Name), PageText(document, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void SelfEvaluation_EveryPage_RepeatsTheHeaderAndHoldsWholeRows()
    {
        using var dir = new TempDir();
        foreach (var (project, pdf) in SelfEvaluations.Value)
        {
            var file = Tools.Write(dir, "form.pdf", pdf);
            using var document = PdfDocument.Open(pdf);
            // -raw: content-stream order, one cell's lines together (word order interleaves wrapped neighbouring cells).
            var pages = Enumerable.Range(1, document.NumberOfPages)
                .Select(n => Flat(Tools.Run("pdftotext", "-raw", "-f", $"{n}", "-l", $"{n}", file, "-").Stdout)).ToList();

            // The column header on every page the grid runs over (page 1 holds the header table before it).
            var gridPages = pages.SkipWhile(t => !t.Contains("三级指标", StringComparison.Ordinal)).ToList();
            Assert.All(gridPages, t => Assert.Contains("三级指标", t, StringComparison.Ordinal));
            // A row split between pages would leave its name's lines on two pages.
            Assert.All(project.Indicators, i => Assert.Contains(pages, t => t.Contains(Flat(i.Name), StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void ApprovalNotice_Tables_HaveTheirRightBorder()
    {
        var project = Seed(Seeds.District2024A).Package.Projects[0];
        var notice = ApprovalNoticeLayout.Document(new ApprovalNotice(project, "某某单位", "某某部门", "某区财政局", new DateOnly(2024, 3, 1), 2));
        using var dir = new TempDir();
        var pdf = Tools.Write(dir, "notice.pdf", PdfSamples.Renderer.Render(notice));

        var (exit, _, stderr) = Tools.Run("pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(dir.Path, "page"));
        Assert.True(exit == 0, stderr);
        var page = Gray.Read(Path.Combine(dir.Path, "page.pgm"));

        // The tables' left border is the longest dark vertical line in the page's left strip; the right border must be
        // as long in the right strip (a missing one leaves only the shorter inner column lines there).
        var left = page.LongestDarkColumn(0, page.Width * 15 / 100);
        var right = page.LongestDarkColumn(page.Width * 85 / 100, page.Width);
        Assert.True(left.Dark > 200, $"left border {left.Dark} px: the notice no longer prints its tables");
        Assert.True(right.Dark >= left.Dark * 9 / 10, $"right edge: {right.Dark} dark px at x={right.X}, left border {left.Dark} px at x={left.X}");
    }

    private static ImportedDocument Seed(string seed) => DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!;

    private static string PageText(PdfDocument document, int page) => Flat(string.Concat(document.GetPage(page).GetWords().Select(w => w.Text)));

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A binary PGM (`P5`, 8-bit) as pdftoppm writes it.</summary>
    private sealed record Gray(int Width, int Height, byte[] Pixels)
    {
        public static Gray Read(string path)
        {
            var bytes = File.ReadAllBytes(path);
            var fields = new List<string>();
            var at = 0;
            while (fields.Count < 4)
            {
                while (char.IsWhiteSpace((char)bytes[at])) at++;
                var start = at;
                while (!char.IsWhiteSpace((char)bytes[at])) at++;
                fields.Add(Encoding.ASCII.GetString(bytes, start, at - start));
            }
            Assert.Equal("P5", fields[0]);
            int width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
            return new Gray(width, height, bytes[(at + 1)..(at + 1 + width * height)]);
        }

        public (int X, int Dark) LongestDarkColumn(int from, int to) => Enumerable.Range(from, to - from)
            .Select(x => (X: x, Dark: Enumerable.Range(0, Height).Count(y => Pixels[y * Width + x] < 128)))
            .MaxBy(c => c.Dark);
    }
}
