using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>
/// The exported 单位预算公开 prints every table as <see cref="DisclosureForm"/> defines it, and the importer recognises
/// what it printed: a title or head changed in the definition changes the export and is still read back.
/// </summary>
public class DisclosureFormLayoutTests
{
    private static readonly ImportedDocument Seed = RoundTrip.ImportSeed(Seeds.Disclosure2021);

    private static BudgetDisclosure Package => Seed.Disclosure!;

    [Fact]
    public void EveryTableSection_PrintsTheDefinitionsTitleAndHeadRows()
    {
        var layout = FormLayouts.Disclosure(Package, Seed.Package.Projects);
        foreach (var def in DisclosureForm.Tables)
        {
            var section = Assert.Single(layout.Sections, s => s.Name == $"{def.Label} {def.TitleBody}");
            var table = section.Blocks.OfType<FormTable>().Single();
            var print = Print(def.Kind);
            Assert.Equal(print.Title, section.Blocks.OfType<HeadingBlock>().First().Text);
            Assert.Equal(def.Head.Count, table.RepeatHeaderRows);
            var expected = def.HeadFor(Package.Year, print.GroupHeaders).Select(r => r.Select(c => (c.Text, c.ColSpan, c.RowSpan)));
            var printed = table.Rows.Take(def.Head.Count).Select(r => r.Select(c => (c.Text, c.ColSpan, c.RowSpan)));
            Assert.Equal(expected, printed);
        }
    }

    [Fact]
    public void Xlsx_HoldsEveryTitleAndHeadOfTheDefinition_AndImportsBackToTheSameTables()
    {
        var bytes = new XlsxRenderer().Render(FormLayouts.Disclosure(Package, Seed.Package.Projects));

        var read = XlsxReader.Read("公开.xlsx", bytes);
        Assert.True(read.Success, read.Error);
        var texts = read.Lines!.SelectMany(l => l.Text.Split('\t')).Select(t => t.Trim()).ToHashSet();
        foreach (var def in DisclosureForm.Tables)
        {
            Assert.Contains(Print(def.Kind).Title, texts);
            Assert.All(def.HeadFor(Package.Year, Print(def.Kind).GroupHeaders).SelectMany(r => r), c => Assert.Contains(c.Text, texts));
            Assert.All(def.IncomeLines, l => Assert.Contains(l.Label, texts));
        }

        var back = DocumentImporter.ImportBytes("公开.xlsx", bytes);
        Assert.True(back.Success, back.Error);
        var d = back.Document!.Disclosure!;
        Assert.Empty(back.Document.Warnings.Where(w => w.Message.StartsWith('表')).Select(w => w.Message));
        Assert.Equal(Tables(Package), Tables(d));
    }

    private static TablePrint Print(DisclosureTableKind kind) => kind switch
    {
        DisclosureTableKind.FinancialSummary => Package.Summary!.Print,
        DisclosureTableKind.IncomeByFunction => Package.Income!.Print,
        DisclosureTableKind.ExpenseByFunction => Package.Expense!.Print,
        DisclosureTableKind.FiscalSummary => Package.Fiscal!.Print,
        DisclosureTableKind.GeneralBudgetByFunction => Package.GeneralBudget!.Print,
        DisclosureTableKind.GovernmentFundByFunction => Package.GovernmentFund!.Print,
        DisclosureTableKind.BasicByEconomic => Package.BasicByEconomic!.Print,
        _ => Package.ThreePublic!.Print,
    };

    // The amounts of each table (source lines and print frames aside), as JSON.
    private static string[] Tables(BudgetDisclosure d) =>
    [
        ModelJson.Of(d.Summary?.Income), ModelJson.Of(d.Summary?.ExpenseRows), ModelJson.Of(d.Income?.Rows), ModelJson.Of(d.Expense?.Rows),
        ModelJson.Of(d.Fiscal?.Income), ModelJson.Of(d.Fiscal?.ExpenseRows), ModelJson.Of(d.GeneralBudget?.Rows), ModelJson.Of(d.GovernmentFund?.Rows),
        ModelJson.Of(d.BasicByEconomic?.Rows), ModelJson.Of(d.ThreePublic),
    ];
}
