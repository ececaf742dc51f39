using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>Export → xlsx → read gives the layout's canonical lines, and importing the file gives the projects back.</summary>
public sealed class XlsxRoundTripTests
{
    private static readonly XlsxRenderer Renderer = new();

    public static TheoryData<string> DeclarationSeeds => [Seeds.District2024A, Seeds.District2024B];

    [Theory]
    [MemberData(nameof(DeclarationSeeds))]
    public void Read_RenderedDeclaration_GivesTheLayoutGridLines(string seed)
    {
        foreach (var project in XlsxTestFiles.SeedProjects(seed))
        {
            var layout = FormLayouts.Declaration(project);

            var read = XlsxReader.Read(layout.FileName + ".xlsx", Renderer.Render(layout));

            Assert.True(read.Success, read.Error);
            Assert.Equal(XlsxRendererTests.NonBlank(GridLines.FromDocument(layout)), XlsxRendererTests.NonBlank(read.Lines!));
        }
    }

    [Theory]
    [MemberData(nameof(DeclarationSeeds))]
    public void ImportBytes_RenderedDeclaration_GivesTheSameProject(string seed)
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
}
