using System.IO.Compression;
using System.Text;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.OpenData;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Docx;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Text;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Tests.Layout;

/// <summary>
/// Text holding control characters and noncharacters (as older versions stored it) renders in every format without
/// them, and a document holding them imports clean.
/// </summary>
public class TextHygieneRenderTests
{
    private const string Dirt = "\u0000\u0001\u000b\u001f\uFFFE\uFFFF";

    public static TheoryData<string, string> Layouts => DocxLayoutCases.Cases();

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Render_LayoutOfSoiledForms_EveryFormatSucceedsWithoutTheCharacters(string entryPoint, string seed)
    {
        var document = DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!;
        var soiled = document with
        {
            UnitName = Soil(document.UnitName),
            Package = document.Package with { Projects = document.Package.Projects.Select(Soil).ToList() },
            Disclosure = document.Disclosure is { } d ? d with { UnitName = Soil(d.UnitName)! } : null,
        };
        var names = document.Package.Projects.Select(p => p.Name).ToList();

        foreach (var layout in DocxLayoutCases.EntryPoints[entryPoint](soiled))
        {
            foreach (var renderer in new IFormRenderer[] { new Export.Xlsx.XlsxRenderer(), new Export.Docx.DocxRenderer(), new Export.Html.HtmlRenderer() })
            {
                var bytes = renderer.Render(layout);
                var format = renderer.Format.ToString().ToLowerInvariant();
                if (format == "html")
                {
                    var html = Encoding.UTF8.GetString(bytes);
                    Assert.True(TextHygiene.IsClean(html), $"{entryPoint} html");
                    Assert.DoesNotContain("&#x1;", html);
                    continue;
                }
                using (var zip = new ZipArchive(new MemoryStream(bytes)))
                    foreach (var entry in zip.Entries)
                    {
                        using var reader = new StreamReader(entry.Open());
                        var xml = reader.ReadToEnd();
                        Assert.True(TextHygiene.IsClean(xml), $"{entryPoint} {format} {entry.FullName}");
                        Assert.DoesNotMatch("(?i)_x(000[0-8bcef]|001[0-9a-f]|fff[ef])_", xml);
                    }
                var read = AnyDocumentReader.Read("form." + format, bytes);
                Assert.True(read.Success, read.Error);
                var text = string.Join("\n", read.Lines!.Select(l => l.Text));
                if (entryPoint != nameof(FormLayouts.Disclosure)) Assert.Contains(names, n => text.Contains(n, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void OpenData_SoiledForms_JsonAndCsvWithoutTheCharacters()
    {
        var document = DocumentImporter.ImportLines(Seeds.Disclosure2021, Seeds.Lines(Seeds.Disclosure2021)).Document!;
        var disclosure = document.Disclosure! with { UnitName = Soil(document.Disclosure!.UnitName)! };
        var released = new[] { new ReleasedDisclosure(disclosure) };

        var json = Encoding.UTF8.GetString(OpenDataJson.Disclosures(released));
        var csv = Encoding.UTF8.GetString(DisclosureCsv.Write(disclosure));

        foreach (var text in new[] { json, csv })
        {
            Assert.True(TextHygiene.IsClean(text));
            Assert.DoesNotMatch(@"(?i)\\u(000[0-8bcef]|001[0-9a-f]|fff[ef])", text);
        }
        Assert.Contains(document.Disclosure.UnitName, json);
    }

    [Fact]
    public void Import_DocumentWithTheCharacters_GivesCleanText()
    {
        var lines = Seeds.Lines(Seeds.District2024A).Select(l => l with { Text = Soil(l.Text)! }).ToList();
        var clean = DocumentImporter.ImportLines("clean.txt", Seeds.Lines(Seeds.District2024A)).Document!;

        var outcome = DocumentImporter.ImportBytes("soiled.txt", Encoding.UTF8.GetBytes(
            string.Join("\n", Seeds.Lines(Seeds.District2024A).Select(l => l.Text)).Replace("项目名称", "项\u0001\uFFFE目名称" + "\uFFFF", StringComparison.Ordinal)));
        var direct = DocumentImporter.ImportLines("soiled-lines.txt", lines);

        foreach (var imported in new[] { outcome, direct })
        {
            Assert.True(imported.Success, imported.Error);
            Assert.Equal(clean.Package.Projects.Select(p => p.Name), imported.Document!.Package.Projects.Select(p => p.Name));
            Assert.All(imported.Document.Package.Projects.SelectMany(Texts), t => Assert.True(TextHygiene.IsClean(t), t));
        }
    }

    private static IEnumerable<string> Texts(Project p) =>
        new[] { p.Name, p.OverallGoal, p.AnnualGoal, p.ImplementingUnit, p.SupervisingDepartment }.OfType<string>()
            .Concat(p.Narrative.Values)
            .Concat(p.Indicators.SelectMany(i => new[] { i.Level1, i.Level2, i.Name, i.Target.OriginalText }));

    private static string? Soil(string? text) => string.IsNullOrEmpty(text) ? text : text[..1] + Dirt + text[1..];

    private static Project Soil(Project p) => p with
    {
        Name = Soil(p.Name)!,
        OverallGoal = Soil(p.OverallGoal),
        AnnualGoal = Soil(p.AnnualGoal),
        ImplementingUnit = Soil(p.ImplementingUnit),
        SupervisingDepartment = Soil(p.SupervisingDepartment),
        Narrative = p.Narrative.ToDictionary(n => n.Key, n => Soil(n.Value)!),
        SubProjects = p.SubProjects.Select(s => s with { Name = Soil(s.Name)! }).ToList(),
        Indicators = p.Indicators.Select(i => i with { Name = Soil(i.Name)!, DeviationReason = Soil(i.DeviationReason) }).ToList(),
    };
}
