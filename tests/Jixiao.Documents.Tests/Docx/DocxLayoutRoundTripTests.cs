using System.Reflection;
using DocumentFormat.OpenXml.Validation;
using Jixiao.Documents.Export;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Layout;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>Every form type × its seeds: valid Word, read back to the layout's lines, imported to the layout text's model.</summary>
public sealed class DocxLayoutRoundTripTests
{
    public static TheoryData<string, string> Layouts => DocxLayoutCases.Cases();

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Read_RenderedLayout_GivesTheLayoutGridLines(string entryPoint, string seed)
    {
        foreach (var layout in DocxLayoutCases.Layouts(entryPoint, seed))
        {
            var read = DocxReader.Read(layout.FileName + ".docx", DocxSamples.Renderer.Render(layout));

            Assert.True(read.Success, read.Error);
            Assert.Equal(DocxSamples.NonBlank(GridLines.FromDocument(layout)), DocxSamples.NonBlank(read.Lines!));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Render_Layout_PassesOpenXmlValidationWithOneWordSectionPerFormSection(string entryPoint, string seed)
    {
        foreach (var layout in DocxLayoutCases.Layouts(entryPoint, seed))
        {
            using var word = DocxSamples.Open(DocxSamples.Renderer.Render(layout));

            var errors = new OpenXmlValidator().Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").Take(10);
            var sections = word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>()
                .Select(s => s.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!.Orient!.Value.ToString());

            Assert.Empty(errors);
            Assert.Equal(layout.Sections.Select(s => s.Orientation.ToString()), sections);
        }
    }

    /// <summary>The file imports to exactly what the layout's own text imports to (that text ↔ model is the layout tests' job).</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void ImportBytes_RenderedLayout_SameModelAsTheLayoutText(string entryPoint, string seed)
    {
        foreach (var layout in DocxLayoutCases.Layouts(entryPoint, seed))
        {
            var bytes = DocxSamples.Renderer.Render(layout);
            if (entryPoint == nameof(FormLayouts.Monitoring))
            {
                // 运行监控表 has its own importer; the document importer reads declarations, self-evaluations and disclosures.
                var fromTextSheet = MonitoringSheetImporter.Parse(GridLines.FromDocument(layout));
                var fromDocxSheet = MonitoringSheetImporter.Parse(DocxReader.Read("监控.docx", bytes).Lines!);
                Assert.NotNull(fromTextSheet);
                Assert.Equal(ModelJson.Of(fromTextSheet), ModelJson.Of(fromDocxSheet));
                continue;
            }
            var fromText = RoundTrip.Import(layout);

            var outcome = DocumentImporter.ImportBytes(layout.FileName + ".docx", bytes);

            Assert.True(outcome.Success, outcome.Error);
            var fromDocx = outcome.Document!;
            Assert.Equal((fromText.Kind, fromText.UnitName, fromText.Year), (fromDocx.Kind, fromDocx.UnitName, fromDocx.Year));
            Assert.Equal(fromText.Package.Projects.Count, fromDocx.Package.Projects.Count);
            foreach (var (expected, actual) in fromText.Package.Projects.Zip(fromDocx.Package.Projects))
                ModelDifferences.AssertNone(expected, actual);
            Assert.Equal(ModelJson.Of(fromText.Disclosure), ModelJson.Of(fromDocx.Disclosure));
        }
    }

    [Fact]
    public void Monitoring_RenderedReport_ImportsBackToTheSheet()
    {
        var project = DocxSamples.Projects(Forms.Seeds.District2024A)[0];
        var sheet = DocxLayoutCases.Monitoring(project);

        var back = MonitoringSheetImporter.Parse(DocxReader.Read("监控.docx", DocxSamples.Renderer.Render(FormLayouts.Monitoring(sheet))).Lines!);

        Assert.Equal(ModelJson.Of(sheet), ModelJson.Of(back));
    }

    [Fact]
    public void FormLayouts_EveryEntryPoint_HasARoundTripCase()
    {
        var entryPoints = typeof(FormLayouts).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(FormDocument)).Select(m => m.Name).Distinct().Order();

        Assert.Equal(entryPoints, DocxLayoutCases.Cases().Select(row => row.Data.Item1).Distinct().Order());
        Assert.Equal(entryPoints, DocxLayoutCases.EntryPoints.Keys.Order());
    }
}
