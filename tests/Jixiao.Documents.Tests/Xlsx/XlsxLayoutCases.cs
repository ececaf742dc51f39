using Jixiao.Documents.Export;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Layout;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>
/// Every <see cref="FormLayouts"/> entry point with real content (the seeds a form type is published in), and how its
/// lines import back to a model, so the xlsx round trip covers every form type; a convention test fails when an entry
/// point is added without a case here.
/// </summary>
internal static class XlsxLayoutCases
{
    /// <param name="Layouts">The layouts the entry point makes from this source.</param>
    /// <param name="Model">The model the lines of one layout import to, as normalised JSON for equality.</param>
    public sealed record Case(Func<IEnumerable<FormDocument>> Layouts, Func<IReadOnlyList<SourceLine>, string> Model);

    private static ImportedDocument Seed(string seed) => RoundTrip.ImportSeed(seed);

    private static readonly Dictionary<(string EntryPoint, string Source), Case> All = new()
    {
        [(nameof(FormLayouts.Declaration), Seeds.District2024A)] = new(() => Seed(Seeds.District2024A).Package.Projects.Select(FormLayouts.Declaration), Imported),
        [(nameof(FormLayouts.Declaration), Seeds.District2024B)] = new(() => Seed(Seeds.District2024B).Package.Projects.Select(FormLayouts.Declaration), Imported),
        [(nameof(FormLayouts.Declaration), Seeds.Municipal2020)] = new(() => Seed(Seeds.Municipal2020).Package.Projects.Select(FormLayouts.Declaration), Imported),
        [(nameof(FormLayouts.Declaration), Seeds.Disclosure2021)] = new(() => Seed(Seeds.Disclosure2021).Package.Projects.Select(FormLayouts.Declaration), Imported),
        [(nameof(FormLayouts.UnitPackage), Seeds.District2024A)] = new(() => [FormLayouts.UnitPackage(Seed(Seeds.District2024A).Package)], Imported),
        [(nameof(FormLayouts.UnitPackage), Seeds.District2024B)] = new(() => [FormLayouts.UnitPackage(Seed(Seeds.District2024B).Package)], Imported),
        [(nameof(FormLayouts.UnitPackage), Seeds.Municipal2020)] = new(() => [FormLayouts.UnitPackage(Seed(Seeds.Municipal2020).Package)], Imported),
        [(nameof(FormLayouts.UnitPackage), Seeds.Disclosure2021)] = new(() => [FormLayouts.UnitPackage(Seed(Seeds.Disclosure2021).Package)], Imported),
        [(nameof(FormLayouts.SelfEvaluation), Seeds.SelfEvaluation2023)] = new(() => LayoutSamples.SelfEvaluations(Seed(Seeds.SelfEvaluation2023)), Imported),
        [(nameof(FormLayouts.Disclosure), Seeds.Disclosure2021)] = new(() => LayoutSamples.Disclosures(Seed(Seeds.Disclosure2021)), Imported),
        [(nameof(FormLayouts.Disclosure), Seeds.Disclosure2021 + " 不附填报表")] = new(() => [FormLayouts.Disclosure(Seed(Seeds.Disclosure2021).Disclosure!)], Imported),
        [(nameof(FormLayouts.Monitoring), Seeds.District2024A)] = new(() => LayoutSamples.Monitorings(Seed(Seeds.District2024A)), Monitoring),
        [(nameof(FormLayouts.Monitoring), Seeds.Municipal2020)] = new(() => LayoutSamples.Monitorings(Seed(Seeds.Municipal2020)), Monitoring),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (entryPoint, source) in All.Keys) data.Add(entryPoint, source);
        return data;
    }

    public static IEnumerable<string> EntryPoints => All.Keys.Select(k => k.EntryPoint).Distinct();

    public static Case Get(string entryPoint, string source) => All[(entryPoint, source)];

    /// <summary>The 运行监控表 has its own importer (no project or disclosure in it).</summary>
    private static string Monitoring(IReadOnlyList<SourceLine> lines) =>
        ModelJson.Of(MonitoringSheetImporter.Parse(lines) ?? throw new InvalidOperationException("no 运行监控表 in the lines"));

    /// <summary>
    /// What <see cref="DocumentImporter"/> makes of the lines, without what depends on line numbering or file name
    /// (a workbook's blank rows differ from the text's blank lines; warnings carry locations).
    /// </summary>
    private static string Imported(IReadOnlyList<SourceLine> lines)
    {
        var outcome = DocumentImporter.ImportLines("form", lines);
        if (!outcome.Success) return "error: " + outcome.Error;
        var d = outcome.Document!;
        var package = d.Package with { Projects = d.Package.Projects.Select(p => p with { SourceLine = null }).ToList() };
        return ModelJson.Of(new { d.Kind, d.UnitName, d.Year, Package = package, d.Disclosure, Warnings = d.Warnings.Count });
    }
}
