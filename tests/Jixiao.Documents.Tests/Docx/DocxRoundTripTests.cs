using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>Export → read back must give the layout's canonical lines, and importing those gives the same project.</summary>
public class DocxRoundTripTests
{
    /// <summary>Export → Word → import gives the seed's project back, every field a form carries.</summary>
    [Theory]
    [InlineData(Forms.Seeds.District2024A)]
    [InlineData(Forms.Seeds.District2024B)]
    [InlineData(Forms.Seeds.Municipal2020)]
    [InlineData(Forms.Seeds.Disclosure2021)]
    public void ImportBytes_ExportedDeclaration_GivesTheSeedProjectBack(string seed)
    {
        foreach (var project in DocxSamples.Projects(seed))
        {
            var outcome = DocumentImporter.ImportBytes("申报表.docx", DocxSamples.Renderer.Render(Export.FormLayouts.Declaration(project)));

            Assert.True(outcome.Success, outcome.Error);
            var imported = Assert.Single(outcome.Document!.Package.Projects);
            Assert.Empty(ProjectDiff.Compare(project, imported));
            Assert.Equal(project.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target)), imported.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target)));
        }
    }

    [Fact]
    public void Read_ThroughAnyDocumentReader_DispatchesDocx()
    {
        var layout = DocxSamples.Declaration(Forms.Seeds.District2024B, 0);

        var read = AnyDocumentReader.Read("申报表.docx", DocxSamples.Renderer.Render(layout));

        Assert.True(read.Success, read.Error);
        Assert.Equal(DocxSamples.NonBlank(GridLines.FromDocument(layout)), DocxSamples.NonBlank(read.Lines!));
    }

    [Fact]
    public void Read_MultiSectionDocumentWithNarrativeAndBreaks_GivesTheGridLines()
    {
        var layout = new FormDocument("t", "t",
        [
            new FormSection("说明",
            [
                new HeadingBlock("项目经费情况说明", 1),
                new HeadingBlock("一、项目基本情况", 3),
                new ParagraphBlock("第一行。\n第二行，带  两个空格。\n\n空行之后"),
                new ParagraphBlock("落款单位", ParagraphAlign.Right),
                new PageBreakBlock(),
                new ParagraphBlock("分页之后"),
            ]),
            new FormSection("表", [new FormTable([8m, 8m, 8m],
            [
                [TableCell.Label("多行\n标签", rowSpan: 2), TableCell.Value("甲", colSpan: 2)],
                [TableCell.Money(1443356m), TableCell.Decimal2(12.5m)],
                [TableCell.Value(""), TableCell.Centered("2024-01-01"), TableCell.Value("")],
            ], RepeatHeaderRows: 1)], PageOrientation.Landscape),
        ]);

        var read = DocxReader.Read("说明.docx", DocxSamples.Renderer.Render(layout));

        Assert.True(read.Success, read.Error);
        Assert.Equal(DocxSamples.NonBlank(GridLines.FromDocument(layout)), DocxSamples.NonBlank(read.Lines!));
        Assert.Contains("多行<br>标签\t甲", read.Lines!.Select(l => l.Text));
        var texts = read.Lines!.Select(l => l.Text).ToList();
        Assert.Equal("", texts[texts.IndexOf("分页之后") + 1]); // the section break, as GridLines ends a section
        Assert.Contains("\t1,443,356.00\t12.50", read.Lines!.Select(l => l.Text));
    }

    [Fact]
    public void Read_ExportedDeclaration_LocatesParagraphsAndTableRows()
    {
        var layout = DocxSamples.Declaration(Forms.Seeds.District2024A, 0);

        var lines = DocxReader.Read("申报表.docx", DocxSamples.Renderer.Render(layout)).Lines!;

        Assert.Equal("第 1 段", lines[0].Location);
        Assert.Equal("第 1 个表格第 1 行", lines.First(l => l.Text.StartsWith("项目名称", StringComparison.Ordinal)).Location);
        Assert.Equal("第 2 个表格第 1 行", lines.First(l => l.Text.Contains("一级指标", StringComparison.Ordinal)).Location);
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Number));
    }
}
