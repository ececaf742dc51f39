using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>What every renderer relies on, checked over every form type made from the seeds.</summary>
public class LayoutInvariantTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Declaration", Seeds.District2024A },
        { "Declaration", Seeds.Municipal2020 },
        { "Declaration", Seeds.Disclosure2021 },
        { "UnitPackage", Seeds.District2024B },
        { "UnitPackage", Seeds.Municipal2020 },
        { "SelfEvaluation", Seeds.SelfEvaluation2023 },
        { "Disclosure", Seeds.Disclosure2021 },
        { "Monitoring", Seeds.District2024A },
    };

    private static IEnumerable<FormDocument> Layouts(string entryPoint, string seed)
    {
        var d = RoundTrip.ImportSeed(seed);
        return entryPoint switch
        {
            "Declaration" => d.Package.Projects.Select(FormLayouts.Declaration),
            "UnitPackage" => [FormLayouts.UnitPackage(d.Package)],
            "SelfEvaluation" => LayoutSamples.SelfEvaluations(d),
            "Disclosure" => LayoutSamples.Disclosures(d),
            _ => LayoutSamples.Monitorings(d),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryTable_CoversItsGridExactlyOnceWithAWidthPerColumn(string entryPoint, string seed)
    {
        foreach (var table in Layouts(entryPoint, seed).SelectMany(l => l.Sections).SelectMany(s => s.Blocks).OfType<FormTable>())
        {
            var covered = new int[table.Rows.Count, table.ColumnCount];
            foreach (var p in TableGrid.Place(table))
                for (var r = p.Row; r <= p.LastRow; r++)
                    for (var c = p.Column; c <= p.LastColumn; c++)
                        covered[r, c]++;

            Assert.All(covered.Cast<int>(), n => Assert.Equal(1, n));
            Assert.All(table.ColumnWidths, w => Assert.InRange(w, 4m, 60m));
            Assert.InRange(table.RepeatHeaderRows, 0, table.Rows.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryAmountCell_IsARealNumberPrintedAsMoney(string entryPoint, string seed)
    {
        var cells = Layouts(entryPoint, seed).SelectMany(l => l.Sections).SelectMany(s => s.Blocks).OfType<FormTable>()
            .SelectMany(t => t.Rows).SelectMany(r => r).ToList();

        foreach (var cell in cells.Where(c => c.Role == CellRole.Amount && c.Text.Length > 0))
        {
            Assert.NotNull(cell.Number);
            Assert.Equal(CellFormats.Money(cell.Number!.Value), cell.Text);
            Assert.Equal("#,##0.00", cell.NumberFormat);
        }
        Assert.All(cells.Where(c => c.Number is not null), c => Assert.NotNull(c.NumberFormat));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EverySection_HasAValidUniqueSheetName(string entryPoint, string seed)
    {
        foreach (var layout in Layouts(entryPoint, seed))
        {
            Assert.Equal(layout.Sections.Count, layout.Sections.Select(s => s.Name).Distinct().Count());
            Assert.All(layout.Sections, s => Assert.Equal(SheetNames.Safe(s.Name, new HashSet<string>()), s.Name));
            Assert.False(string.IsNullOrWhiteSpace(layout.FileName));
        }
    }
}
