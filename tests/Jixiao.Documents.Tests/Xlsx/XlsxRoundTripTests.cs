using System.Reflection;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>Export → xlsx → read gives the layout's canonical lines, and importing the file gives the model back.</summary>
public sealed class XlsxRoundTripTests
{
    private static readonly XlsxRenderer Renderer = new();

    public static TheoryData<string, string> Layouts => XlsxLayoutCases.Cases();

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_RenderedLayout_GivesTheLayoutGridLines(string entryPoint, string source)
    {
        var layouts = XlsxLayoutCases.Get(entryPoint, source).Layouts().ToList();
        Assert.NotEmpty(layouts);
        foreach (var layout in layouts)
        {
            var read = XlsxReader.Read(layout.FileName + ".xlsx", Renderer.Render(layout));

            Assert.True(read.Success, read.Error);
            Assert.Equal(XlsxRendererTests.NonBlank(GridLines.FromDocument(layout)), XlsxRendererTests.NonBlank(read.Lines!));
        }
    }

    /// <summary>The file imports to exactly what the layout's own text imports to (text ↔ model is the layout tests' job).</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void Import_RenderedLayout_SameModelAsTheLayoutText(string entryPoint, string source)
    {
        var @case = XlsxLayoutCases.Get(entryPoint, source);
        foreach (var layout in @case.Layouts())
        {
            var fromText = @case.Model(GridLines.FromDocument(layout));

            var read = AnyDocumentReader.Read(layout.FileName + ".xlsx", Renderer.Render(layout));

            Assert.True(read.Success, read.Error);
            Assert.DoesNotContain("error:", fromText, StringComparison.Ordinal);
            Assert.Equal(fromText, @case.Model(read.Lines!));
        }
    }

    [Fact]
    public void FormLayouts_EveryEntryPoint_HasARoundTripCase()
    {
        var entryPoints = typeof(FormLayouts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(FormDocument)).Select(m => m.Name).Distinct().Order();

        Assert.Equal(entryPoints, XlsxLayoutCases.EntryPoints.Order());
    }

    public static TheoryData<string> DistrictSeeds => [Seeds.District2024A, Seeds.District2024B];

    [Theory]
    [MemberData(nameof(DistrictSeeds))]
    public void ImportBytes_RenderedDeclaration_GivesTheSeedProjectBack(string seed)
    {
        foreach (var original in XlsxTestFiles.SeedProjects(seed))
        {
            var layout = FormLayouts.Declaration(original);

            var outcome = DocumentImporter.ImportBytes(layout.FileName + ".xlsx", Renderer.Render(layout));

            Assert.True(outcome.Success, outcome.Error);
            var imported = Assert.Single(outcome.Document!.Package.Projects);
            Assert.Empty(ProjectDiff.Compare(original, imported));
            Assert.Equal(original.Funds, imported.Funds);
            Assert.Equal(original.OverallGoal, imported.OverallGoal);
            Assert.Equal(original.AnnualGoal, imported.AnnualGoal);
            Assert.Equal(original.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target)), imported.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target)));
        }
    }

    [Fact]
    public void Read_RenderedDeclaration_EveryLineLocatedBySheetAndRow()
    {
        var project = XlsxTestFiles.SeedProjects(Seeds.District2024A)[0];
        var layout = FormLayouts.Declaration(project);
        var sheet = SheetNames.Safe(layout.Sections[0].Name, new HashSet<string>());

        var lines = XlsxReader.Read("a.xlsx", Renderer.Render(layout)).Lines!;

        // Nothing but headings and table rows, written from row 1 down without gaps.
        Assert.Equal(lines.Select((_, i) => $"工作表“{sheet}”第 {i + 1} 行"), lines.Select(l => l.Location));
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Number));
    }

    [Fact]
    public void Read_RenderedUnitPackage_OneSheetPerSectionSeparatedByBlankLines()
    {
        var package = DocumentImporter.ImportLines(Seeds.District2024B, Seeds.Lines(Seeds.District2024B)).Document!.Package;
        var layout = FormLayouts.UnitPackage(package);
        var bytes = Renderer.Render(layout);

        var lines = XlsxReader.Read("包.xlsx", bytes).Lines!;

        using var workbook = XlsxTestFiles.Open(bytes);
        Assert.Equal(layout.Sections.Count, workbook.Worksheets.Count);
        var sheetsInOrder = lines.Where(l => l.Location is not null).Select(l => l.Location![..(l.Location!.IndexOf('”') + 1)]).Distinct();
        Assert.Equal(workbook.Worksheets.Select(s => $"工作表“{s.Name}”"), sheetsInOrder);
    }
}
