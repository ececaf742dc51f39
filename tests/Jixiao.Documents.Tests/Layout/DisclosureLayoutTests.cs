using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Layout;

public class DisclosureLayoutTests
{
    private static readonly ImportedDocument Seed = RoundTrip.ImportSeed(Seeds.Disclosure2021);

    private static FormDocument Layout() => FormLayouts.Disclosure(Seed.Disclosure!, Seed.Package.Projects);

    [Fact]
    public void Disclosure_Seed003_ImportsBackToEqualTablesAndNarrative()
    {
        var original = Seed.Disclosure!;

        var back = RoundTrip.Import(Layout());

        Assert.Equal(DocumentKind.BudgetDisclosure, back.Kind);
        Assert.NotNull(back.Disclosure);
        Assert.Equal(original.Year, back.Disclosure.Year);
        Assert.Equal(original.UnitName, back.Disclosure.UnitName);
        Assert.All(Parts(original), p => Assert.NotEqual("null", p.Json));
        Assert.Empty(back.Warnings.Where(w => w.Message.StartsWith('表')).Select(w => w.Message));
        foreach (var (part, expected, actual) in Parts(original).Zip(Parts(back.Disclosure), (e, a) => (e.Name, e.Json, a.Json)))
            Assert.True(expected == actual, $"{part}:\nexpected {expected}\nactual   {actual}");
    }

    [Fact]
    public void Disclosure_Seed003_AttachedFillingFormsImportBackEqual()
    {
        var back = RoundTrip.Import(Layout());

        Assert.Equal(Seed.Package.Projects.Count, back.Package.Projects.Count);
        foreach (var (expected, actual) in Seed.Package.Projects.Zip(back.Package.Projects))
        {
            Assert.Equal(FormKind.DistrictFilingForm, actual.Form);
            ModelDifferences.AssertNone(expected, actual);
        }
    }

    [Fact]
    public void Disclosure_Seed003_OneSectionPerTableWithItsTitleAndEveryAmountAsANumber()
    {
        var layout = Layout();
        var d = Seed.Disclosure!;

        var titled = layout.Sections.Where(s => s.Name.StartsWith('表')).ToList();

        Assert.Equal(8, titled.Count);
        Assert.Equal(DisclosureForm.Tables.Select(t => t.Kind == DisclosureTableKind.ThreePublic ? t.TitleTemplate : t.TitleFor(d.Year)),
            titled.Select(s => s.Blocks.OfType<HeadingBlock>().First().Text));
        var expense = titled[2].Blocks.OfType<FormTable>().Single();
        var placed = TableGrid.Place(expense);
        Assert.Equal(3, expense.RepeatHeaderRows);
        // 表3 合计 row: label merged over 类 · 款 · 项 · 名称, then 18,963,662.79 = 8,372,862.79 + 10,590,800.00 (disclosure.md §5).
        var total = placed.Where(p => p.Row == expense.Rows.Count - 1).ToList();
        Assert.Equal(("合计", 4), (total[0].Cell.Text, total[0].Cell.ColSpan));
        Assert.Equal([18_963_662.79m, 8_372_862.79m, 10_590_800.00m], total.Skip(1).Select(p => p.Cell.Number!.Value));
        Assert.Equal("18,963,662.79", total[1].Cell.Text);
        Assert.All(d.Expense!.Rows, r => Assert.Contains(placed, p => p.Cell.Text == r.Name));
    }

    /// <summary>Each table and the narrative as JSON with source lines removed and decimals normalised (0 ≡ 0.00).</summary>
    private static IEnumerable<(string Name, string Json)> Parts(BudgetDisclosure d) =>
    [
        ("表1", Json(d.Summary)), ("表2", Json(d.Income)), ("表3", Json(d.Expense)), ("表4", Json(d.Fiscal)), ("表5", Json(d.GeneralBudget)),
        ("表6", Json(d.GovernmentFund)), ("表7", Json(d.BasicByEconomic)), ("表8", Json(d.ThreePublic)), ("narrative", Json(d.Narrative)),
    ];

    private static string Json(object? value) => ModelJson.Of(value);
}
