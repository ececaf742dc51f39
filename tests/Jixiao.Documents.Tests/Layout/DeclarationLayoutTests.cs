using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;

namespace Jixiao.Documents.Tests.Layout;

public class DeclarationLayoutTests
{
    [Theory]
    [InlineData(Seeds.District2024A)]
    [InlineData(Seeds.District2024B)]
    public void Declaration_EverySeedProject_PlacesWithoutOverlapAndKeepsEveryIndicator(string seed)
    {
        var document = DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!;
        foreach (var project in document.Package.Projects)
        {
            var layout = FormLayouts.Declaration(project);
            var tables = layout.Sections.Single().Blocks.OfType<FormTable>().ToList();
            var cells = tables.SelectMany(TableGrid.Place).Select(p => p.Cell.Text).ToList();

            Assert.Contains(project.Name, cells);
            Assert.All(project.Indicators, i => Assert.Contains(i.Name, cells));
            Assert.Equal(project.Indicators.Count + 1, tables[1].Rows.Count);
            Assert.Equal(1, tables[1].RepeatHeaderRows);
        }
    }

    [Fact]
    public void Declaration_ConsecutiveSameLevel1_MergedIntoOneCell()
    {
        var document = DocumentImporter.ImportLines(Seeds.District2024A, Seeds.Lines(Seeds.District2024A)).Document!;
        var project = document.Package.Projects[0];
        var grid = FormLayouts.Declaration(project).Sections[0].Blocks.OfType<FormTable>().Last();

        var level1Cells = TableGrid.Place(grid).Where(p => p.Column == 1 && p.Row > 0).ToList();

        Assert.Equal(project.Indicators.Select(i => i.Level1).Distinct().Count(), level1Cells.Count);
        Assert.Equal(project.Indicators.Count, level1Cells.Sum(p => p.Cell.RowSpan));
    }
}
