using ClosedXML.Excel;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>The 申报表 of the two district seeds rendered to xlsx and read back with ClosedXML.</summary>
public sealed class XlsxRendererTests
{
    private static readonly XlsxRenderer Renderer = new();

    public static TheoryData<string, int> SeedProjects()
    {
        // seed file, index of a project in it (first, a middle one and last, to cover different indicator trees)
        var data = new TheoryData<string, int>();
        foreach (var seed in new[] { Seeds.District2024A, Seeds.District2024B })
        {
            var count = XlsxTestFiles.SeedProjects(seed).Count;
            foreach (var index in new[] { 0, count / 2, count - 1 }.Distinct()) data.Add(seed, index);
        }
        return data;
    }

    private static (Project Project, IXLWorksheet Sheet, XLWorkbook Workbook) Render(string seed, int index)
    {
        var project = XlsxTestFiles.SeedProjects(seed)[index];
        var workbook = XlsxTestFiles.Open(Renderer.Render(FormLayouts.Declaration(project)));
        return (project, workbook.Worksheet(1), workbook);
    }

    private static IXLCell Find(IXLWorksheet sheet, string text) =>
        sheet.CellsUsed().First(c => c.GetString() == text);

    [Theory]
    [MemberData(nameof(SeedProjects))]
    public void Render_Declaration_FundsLabelMergedOverItsFourRows(string seed, int index)
    {
        var (_, sheet, workbook) = Render(seed, index);
        using (workbook)
        {
            var label = Find(sheet, "项目资金 (元)");
            var merged = sheet.MergedRanges.Single(r => r.FirstCell().Address.Equals(label.Address));

            Assert.Equal(4, merged.RowCount());
            Assert.Equal(1, merged.ColumnCount());
            Assert.True(label.Style.Font.Bold);
            Assert.Equal(XLAlignmentHorizontalValues.Center, label.Style.Alignment.Horizontal);
        }
    }

    [Theory]
    [MemberData(nameof(SeedProjects))]
    public void Render_Declaration_Level1AndLevel2CellsSpanTheirConsecutiveGroups(string seed, int index)
    {
        var (project, sheet, workbook) = Render(seed, index);
        using (workbook)
        {
            var header = Find(sheet, "一级指标");
            var firstRow = header.Address.RowNumber + 1;

            // Runs computed from the project, not from the layout: consecutive indicators sharing their categories.
            static List<(string Text, int Rows)> Runs(IEnumerable<string> keys, IReadOnlyList<Indicator> indicators, Func<Indicator, string> text)
            {
                var runs = new List<(string, int)>();
                var list = keys.ToList();
                for (var i = 0; i < list.Count; i++)
                    if (i > 0 && list[i] == list[i - 1]) runs[^1] = (runs[^1].Item1, runs[^1].Item2 + 1);
                    else runs.Add((text(indicators[i]), 1));
                return runs;
            }

            var level1 = Runs(project.Indicators.Select(i => i.Level1), project.Indicators, i => i.Level1);
            var level2 = Runs(project.Indicators.Select(i => i.Level1 + "\u0001" + i.Level2), project.Indicators, i => i.Level2);

            Assert.Equal(level1, SpansDown(sheet, firstRow, header.Address.ColumnNumber, project.Indicators.Count));
            Assert.Equal(level2, SpansDown(sheet, firstRow, header.Address.ColumnNumber + 1, project.Indicators.Count));
        }
    }

    /// <summary>The cells of a column read back as (text, rows it spans), top to bottom.</summary>
    private static List<(string Text, int Rows)> SpansDown(IXLWorksheet sheet, int firstRow, int column, int rows)
    {
        var spans = new List<(string, int)>();
        var row = firstRow;
        while (row < firstRow + rows)
        {
            var cell = sheet.Cell(row, column);
            var merged = sheet.MergedRanges.SingleOrDefault(r => r.FirstCell().Address.Equals(cell.Address));
            var height = merged?.RowCount() ?? 1;
            if (merged is not null) Assert.Equal(1, merged.ColumnCount());
            spans.Add((cell.GetString(), height));
            row += height;
        }
        return spans;
    }

    private static readonly (string Label, Func<ProjectFunds, decimal?> Fund)[] FundCells =
    [
        // label printed left of the amount, the fund it shows (forms.md §3 header grid)
        ("项目资金总额", f => f.ProjectFundsTotal),
        ("年度资金申请总额", f => f.AnnualRequestTotal),
        ("其中：财政资金", f => f.FiscalFunds),
        ("其中：当年财政拨款", f => f.CurrentYearAppropriation),
        ("上年结转资金", f => f.PriorYearCarryover),
    ];

    [Theory]
    [MemberData(nameof(SeedProjects))]
    public void Render_DeclarationFunds_AmountsAreNumbersWithMoneyFormat(string seed, int index)
    {
        var (project, sheet, workbook) = Render(seed, index);
        using (workbook)
        {
            foreach (var (label, fund) in FundCells)
            {
                var amount = Find(sheet, label).CellRight();
                if (fund(project.Funds) is not decimal expected)
                {
                    Assert.True(amount.IsEmpty(), label);
                    continue;
                }
                Assert.Equal(XLDataType.Number, amount.DataType);
                Assert.Equal((double)expected, amount.GetDouble());
                Assert.Equal("#,##0.00", amount.Style.NumberFormat.Format);
                Assert.Equal(XLAlignmentHorizontalValues.Right, amount.Style.Alignment.Horizontal);
            }
        }
    }

    [Fact]
    public void Render_DeclarationSeed000_PrintsA4FitToWidthWithIndicatorHeaderRepeated()
    {
        var (_, sheet, workbook) = Render(Seeds.District2024A, 0);
        using (workbook)
        {
            var header = Find(sheet, "一级指标").Address.RowNumber;

            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
            Assert.Equal(XLPageOrientation.Portrait, sheet.PageSetup.PageOrientation);
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.Equal(0, sheet.PageSetup.PagesTall);
            Assert.Equal(header, sheet.PageSetup.FirstRowToRepeatAtTop);
            Assert.Equal(header, sheet.PageSetup.LastRowToRepeatAtTop);
        }
    }

    [Fact]
    public void Render_Declaration_ColumnWidthsAreTheLayoutWidths()
    {
        var project = XlsxTestFiles.SeedProjects(Seeds.District2024B)[0];
        var layout = FormLayouts.Declaration(project);
        using var workbook = XlsxTestFiles.Open(Renderer.Render(layout));
        var expected = layout.Sections[0].Blocks.OfType<FormTable>().First().ColumnWidths;

        Assert.Equal(expected.Select(w => (double)w), expected.Select((_, c) => workbook.Worksheet(1).Column(c + 1).Width));
    }

    [Fact]
    public void Render_Declaration_TitleMergedAcrossTableBoldSixteenAndWorkbookTitleSet()
    {
        var project = XlsxTestFiles.SeedProjects(Seeds.District2024A)[0];
        var layout = FormLayouts.Declaration(project);
        using var workbook = XlsxTestFiles.Open(Renderer.Render(layout));
        var sheet = workbook.Worksheet(1);
        var title = sheet.Cell(1, 1);

        Assert.Equal(((HeadingBlock)layout.Sections[0].Blocks[0]).Text, title.GetString());
        Assert.Equal("A1:F1", sheet.MergedRanges.Single(r => r.FirstCell().Address.Equals(title.Address)).RangeAddress.ToString());
        Assert.True(title.Style.Font.Bold);
        Assert.Equal(16, title.Style.Font.FontSize);
        Assert.Equal(layout.Title, workbook.Properties.Title);
        Assert.Equal(SheetNames.Safe(project.Name, new HashSet<string>()), sheet.Name);
        Assert.Equal(XlsxRenderer.FontName, sheet.Cell(4, 2).Style.Font.FontName);
    }

    [Fact]
    public void Render_SameDocumentTwice_SameBytes()
    {
        var layout = FormLayouts.Declaration(XlsxTestFiles.SeedProjects(Seeds.District2024A)[1]);

        Assert.Equal(Renderer.Render(layout), Renderer.Render(layout));
    }

    [Fact]
    public void Render_TableCells_EveryCellBorderedAndLabelsShaded()
    {
        var layout = FormLayouts.Declaration(XlsxTestFiles.SeedProjects(Seeds.District2024B)[0]);
        using var workbook = XlsxTestFiles.Open(Renderer.Render(layout));
        var sheet = workbook.Worksheet(1);
        var tables = layout.Sections[0].Blocks.OfType<FormTable>().ToList();
        var top = layout.Sections[0].Blocks.TakeWhile(b => b is not FormTable).Count() + 1;
        var rows = tables.Sum(t => t.Rows.Count);

        // Every cell's edge that lies on the outline of its merged range (or of itself) is drawn thin.
        foreach (var cell in sheet.Range(top, 1, top + rows - 1, 6).Cells())
        {
            var area = sheet.MergedRanges.SingleOrDefault(r => r.Contains(cell))?.RangeAddress ?? cell.AsRange().RangeAddress;
            var (row, column) = (cell.Address.RowNumber, cell.Address.ColumnNumber);
            var border = cell.Style.Border;
            var edges = new (bool OnOutline, XLBorderStyleValues Style)[]
            {
                (row == area.FirstAddress.RowNumber, border.TopBorder),
                (row == area.LastAddress.RowNumber, border.BottomBorder),
                (column == area.FirstAddress.ColumnNumber, border.LeftBorder),
                (column == area.LastAddress.ColumnNumber, border.RightBorder),
            };
            Assert.True(edges.Where(e => e.OnOutline).All(e => e.Style == XLBorderStyleValues.Thin), $"{cell.Address} in {area}");
        }
        Assert.NotEqual(XLColor.NoColor, Find(sheet, "项目名称").Style.Fill.BackgroundColor);
    }

    [Fact]
    public void Render_ParagraphLines_OneWrappedRowPerLineMergedAcrossTheSheetAndTallEnough()
    {
        var text = string.Concat(Enumerable.Repeat("预算执行进度说明", 20));
        var document = new FormDocument("说明", "说明", [new FormSection("说明", [
            new HeadingBlock("项目经费情况说明", 1),
            new ParagraphBlock("一行\n" + text, ParagraphAlign.Left),
            new ParagraphBlock("落款", ParagraphAlign.Right),
        ])]);

        using var workbook = XlsxTestFiles.Open(Renderer.Render(document));
        var sheet = workbook.Worksheet(1);

        var longLine = sheet.Cell(3, 1);
        Assert.Equal(text, longLine.GetString());
        Assert.True(longLine.Style.Alignment.WrapText);
        Assert.Equal(XLAlignmentVerticalValues.Top, longLine.Style.Alignment.Vertical);
        Assert.Equal("A3:F3", sheet.MergedRanges.Single(r => r.FirstCell().Address.Equals(longLine.Address)).RangeAddress.ToString());
        // 320 width units of text on a 90-unit row wrap to 4 lines: taller than a one-line row.
        Assert.True(sheet.Row(3).Height > 3 * sheet.Row(2).Height, $"{sheet.Row(3).Height} vs {sheet.Row(2).Height}");
        Assert.Equal(XLAlignmentHorizontalValues.Right, sheet.Cell(4, 1).Style.Alignment.Horizontal);
    }

    public static TheoryData<FormDocument> OddDocuments => new()
    {
        // no section at all: a workbook still needs one sheet
        new FormDocument("空", "空", []),
        // paragraphs only, landscape, duplicate and over-long sheet names with forbidden characters
        new FormDocument("说明", "说明", [
            new FormSection("项目经费情况说明/第一部分", [new HeadingBlock("一、项目概述", 3), new ParagraphBlock("第一行\n第二行"), new PageBreakBlock(), new ParagraphBlock("=SUM(A1) 不是公式")], PageOrientation.Landscape),
            new FormSection("项目经费情况说明/第一部分", [new ParagraphBlock("2024-01-01")]),
            new FormSection(new string('长', 40), [new HeadingBlock("标题", 1)]),
        ]),
        // tables of different widths in one section
        new FormDocument("混合", "混合", [new FormSection("混合", [
            new FormTable([10m, 20m], [[TableCell.Label("a"), TableCell.Money(1m)]]),
            new FormTable([5m, 5m, 30m], [[TableCell.Value("x", colSpan: 3)], [TableCell.Decimal2(12.5m), TableCell.Centered("y"), TableCell.Value("z")]], RepeatHeaderRows: 1),
        ])]),
    };

    [Theory]
    [MemberData(nameof(OddDocuments))]
    public void Render_UnusualDocument_ReadsBackAsItsGridLines(FormDocument document)
    {
        var bytes = Renderer.Render(document);

        using (var workbook = XlsxTestFiles.Open(bytes))
            Assert.Equal(Math.Max(1, document.Sections.Count), workbook.Worksheets.Count);
        if (document.Sections.Count == 0) return;
        var read = Reading.XlsxReader.Read("odd.xlsx", bytes);
        Assert.True(read.Success, read.Error);
        Assert.Equal(NonBlank(GridLines.FromDocument(document)), NonBlank(read.Lines!));
    }

    internal static List<string> NonBlank(IEnumerable<Text.SourceLine> lines) =>
        lines.Select(l => l.Text).Where(t => t.Length > 0).ToList();

    [Fact]
    public void Render_DistrictDeclarationWithSubProjects_AddsAnAppendixSheet_OfficialSheetUnchanged()
    {
        // The 2024 district 申报表 prints no 项目资金投入构成 (forms.md §3): the breakdown goes to a sheet of its own.
        var plain = XlsxTestFiles.SeedProjects(Seeds.District2024A)[0] with { SubProjects = [] };
        var split = plain with { SubProjects = [new SubProject("培训场地租赁", 60_000m), new SubProject("讲师劳务", 40_000.5m)] };

        using var before = XlsxTestFiles.Open(Renderer.Render(FormLayouts.Declaration(plain)));
        using var after = XlsxTestFiles.Open(Renderer.Render(FormLayouts.Declaration(split)));

        Assert.Equal(1, before.Worksheets.Count);
        Assert.Equal(2, after.Worksheets.Count);
        static IEnumerable<string> Texts(IXLWorksheet sheet) => sheet.CellsUsed().Select(c => c.GetString());
        Assert.Equal(Texts(before.Worksheet(1)), Texts(after.Worksheet(1))); // the official form carries only what it prints
        var appendix = after.Worksheet(2);
        Assert.Equal("附表 项目资金投入构成", appendix.Name);
        var texts = Texts(appendix).ToList();
        Assert.Contains("培训场地租赁", texts);
        Assert.Contains("讲师劳务", texts);
        Assert.Contains(texts, t => t.Replace(",", "", StringComparison.Ordinal).StartsWith("100000.5", StringComparison.Ordinal));
    }
}
