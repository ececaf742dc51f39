using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Layout;
using LayoutCell = Jixiao.Documents.Layout.TableCell;
using LayoutGrid = Jixiao.Documents.Layout.TableGrid;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace Jixiao.Documents.Tests.Docx;

public class DocxRendererTests
{
    public static TheoryData<string, int> SeedDeclarations => DocxSamples.SeedDeclarations();

    [Theory]
    [MemberData(nameof(SeedDeclarations))]
    public void Render_SeedDeclaration_PassesOpenXmlValidation(string seed, int index)
    {
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(DocxSamples.Declaration(seed, index)));

        var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(SeedDeclarations))]
    public void Render_SeedDeclaration_MergesEveryLayoutSpanAndNothingElse(string seed, int index)
    {
        var layout = DocxSamples.Declaration(seed, index);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(layout));
        var layoutTables = layout.Sections.SelectMany(s => s.Blocks).OfType<FormTable>().ToList();
        var wordTables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(layoutTables.Count, wordTables.Count);

        for (var t = 0; t < layoutTables.Count; t++)
        {
            var expected = new HashSet<(int Row, int Column, int ColSpan, string Merge)>();
            foreach (var p in LayoutGrid.Place(layoutTables[t]))
                for (var r = p.Row; r <= p.LastRow; r++)
                    expected.Add((r, p.Column, p.Cell.ColSpan, p.Cell.RowSpan == 1 ? "none" : r == p.Row ? "restart" : "continue"));

            Assert.Equal(expected.Where(e => e.ColSpan > 1 || e.Merge != "none").ToHashSet(), Spans(wordTables[t]).Where(e => e.ColSpan > 1 || e.Merge != "none").ToHashSet());
        }
    }

    [Fact]
    public void Render_DeclarationIndicatorGrid_Level1MergedVertically()
    {
        var layout = DocxSamples.Declaration(Forms.Seeds.District2024A, 0);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(layout));

        var grid = word.MainDocumentPart!.Document.Body!.Elements<Table>().Last();

        // Column 1 holds 一级指标: the layout merges runs of equal 一级 into one restart each.
        var restarts = Spans(grid).Count(s => s.Column == 1 && s.Merge == "restart");
        var level1Runs = LayoutGrid.Place(layout.Sections[0].Blocks.OfType<FormTable>().Last()).Count(p => p.Column == 1 && p.Row > 0 && p.Cell.RowSpan > 1);
        Assert.True(level1Runs > 0, "the seed has 一级 categories spanning several rows");
        Assert.Equal(level1Runs, restarts);
    }

    [Theory]
    [MemberData(nameof(SeedDeclarations))]
    public void Render_SeedDeclaration_RepeatHeaderRowsMarkedAndNoRowSplits(string seed, int index)
    {
        var layout = DocxSamples.Declaration(seed, index);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(layout));
        var layoutTables = layout.Sections.SelectMany(s => s.Blocks).OfType<FormTable>().ToList();
        var wordTables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();

        for (var t = 0; t < layoutTables.Count; t++)
        {
            var rows = wordTables[t].Elements<TableRow>().ToList();
            Assert.Equal(layoutTables[t].Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                Assert.Equal(r < layoutTables[t].RepeatHeaderRows, rows[r].TableRowProperties?.GetFirstChild<TableHeader>() is not null);
                Assert.NotNull(rows[r].TableRowProperties?.GetFirstChild<CantSplit>());
            }
        }
        Assert.Contains(layoutTables, t => t.RepeatHeaderRows > 0);
    }

    [Theory]
    [InlineData(PageOrientation.Portrait, 11906, 16838)]
    [InlineData(PageOrientation.Landscape, 16838, 11906)]
    public void Render_Section_A4InItsOrientation(PageOrientation orientation, int width, int height)
    {
        var document = new FormDocument("t", "t", [new FormSection("s", [new HeadingBlock("标题", 1)], orientation)]);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(document));

        var size = word.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;

        Assert.Equal((uint)width, size.Width!.Value);
        Assert.Equal((uint)height, size.Height!.Value);
        Assert.Equal(orientation == PageOrientation.Landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait, size.Orient!.Value);
    }

    [Fact]
    public void Render_SeveralSections_EachEndsWithASectionBreakOfItsOwnOrientation()
    {
        var document = new FormDocument("t", "t",
        [
            new FormSection("一", [new HeadingBlock("纵向", 1)], PageOrientation.Portrait),
            new FormSection("二", [new HeadingBlock("横向", 1)], PageOrientation.Landscape),
            new FormSection("三", [new HeadingBlock("纵向", 1)], PageOrientation.Portrait),
        ]);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(document));

        var sections = word.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();

        Assert.Equal([PageOrientationValues.Portrait, PageOrientationValues.Landscape, PageOrientationValues.Portrait],
            sections.Select(s => s.GetFirstChild<PageSize>()!.Orient!.Value));
        Assert.All(sections, s => Assert.Equal(SectionMarkValues.NextPage, s.GetFirstChild<SectionType>()!.Val!.Value));
    }

    [Fact]
    public void Render_AnyDocument_DeclaresEastAsianFontAndChineseLanguage()
    {
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(DocxSamples.Declaration(Forms.Seeds.District2024A, 0)));

        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var titleFonts = word.MainDocumentPart.Document.Body!.Elements<Paragraph>().First().Descendants<RunFonts>().Single();

        Assert.Equal("宋体", defaults.RunFonts!.EastAsia!.Value);
        Assert.False(string.IsNullOrEmpty(defaults.RunFonts.Ascii?.Value));
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        Assert.Equal("黑体", titleFonts.EastAsia!.Value);
    }

    [Fact]
    public void Render_Title_StyledCentredBoldSixteenPointAndStoredInProperties()
    {
        var layout = DocxSamples.Declaration(Forms.Seeds.District2024A, 0);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(layout));

        var title = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().First();

        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        Assert.NotNull(title.Descendants<Bold>().SingleOrDefault());
        Assert.Equal("32", title.Descendants<FontSize>().Single().Val!.Value);
        Assert.Equal(layout.Title, word.PackageProperties.Title);
    }

    [Theory]
    [InlineData(PageOrientation.Portrait, 11906 - 2 * 1134)]
    [InlineData(PageOrientation.Landscape, 16838 - 2 * 1134)]
    public void Render_Table_ColumnsProportionalToLayoutAndFillTheTextWidth(PageOrientation orientation, int textWidth)
    {
        var table = new FormTable([10m, 20m, 30m], [[LayoutCell.Label("a"), LayoutCell.Value("b"), LayoutCell.Value("c")]]);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(new FormDocument("t", "t", [new FormSection("s", [table], orientation)])));

        var columns = word.MainDocumentPart!.Document.Body!.Descendants<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(textWidth, columns.Sum());
        Assert.InRange(columns[1] - 2 * columns[0], -2, 2);
        Assert.InRange(columns[2] - 3 * columns[0], -3, 3);
    }

    [Theory]
    [InlineData(CellRole.Label, "center", true)]
    [InlineData(CellRole.Center, "center", false)]
    [InlineData(CellRole.Amount, "right", false)]
    [InlineData(CellRole.Decimal, "right", false)]
    [InlineData(CellRole.Text, "left", false)]
    public void Render_CellRole_AlignedShadedAndBoldAsTheFormsPrint(CellRole role, string align, bool label)
    {
        var table = new FormTable([10m], [[new LayoutCell("1,443,356.00", role)]]);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(new FormDocument("t", "t", [new FormSection("s", [table])])));

        var cell = word.MainDocumentPart!.Document.Body!.Descendants<WordCell>().Single();

        Assert.Equal(align, cell.Descendants<Justification>().Single().Val!.Value.ToString().ToLowerInvariant());
        Assert.Equal(label, cell.Descendants<Bold>().Any());
        Assert.Equal(label, cell.TableCellProperties!.Shading is not null);
        Assert.Equal(TableVerticalAlignmentValues.Center, cell.TableCellProperties.TableCellVerticalAlignment!.Val!.Value);
    }

    [Theory]
    [InlineData(20, "21")] // 20 units on 9638 twips: room for 10.5 pt (五号)
    [InlineData(108, "18")] // the 申报表's 108 units: 89 twips a unit, so 9 pt (小五) keeps amounts on one line
    [InlineData(400, "18")] // never below 9 pt; text wraps instead
    public void Render_TableFont_FollowsTheColumnScale(int units, string halfPoints)
    {
        var table = new FormTable([units / 2m, units / 2m], [[LayoutCell.Label("标签"), LayoutCell.Money(1443356m)]]);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(new FormDocument("t", "t", [new FormSection("s", [table])])));

        var sizes = word.MainDocumentPart!.Document.Body!.Descendants<WordCell>().SelectMany(c => c.Descendants<Run>()).Select(r => r.RunProperties!.FontSize!).Select(s => s.Val!.Value).ToList();

        Assert.Equal([halfPoints, halfPoints], sizes);
    }

    [Fact]
    public void Render_AdjacentTables_KeptApartByAParagraph()
    {
        var table = new FormTable([10m], [[LayoutCell.Value("x")]]);
        using var word = DocxSamples.Open(DocxSamples.Renderer.Render(new FormDocument("t", "t", [new FormSection("s", [table, table])])));

        var body = word.MainDocumentPart!.Document.Body!.ChildElements.ToList();

        Assert.IsType<Table>(body[0]);
        Assert.IsType<Paragraph>(body[1]);
        Assert.IsType<Table>(body[2]);
    }

    /// <summary>Every Word cell at its grid position with its span and vertical-merge state.</summary>
    private static IEnumerable<(int Row, int Column, int ColSpan, string Merge)> Spans(Table table)
    {
        var r = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            var c = 0;
            foreach (var cell in row.Elements<WordCell>())
            {
                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = cell.TableCellProperties?.VerticalMerge;
                yield return (r, c, span, merge is null ? "none" : merge.Val?.Value == MergedCellValues.Restart ? "restart" : "continue");
                c += span;
            }
            r++;
        }
    }
}
