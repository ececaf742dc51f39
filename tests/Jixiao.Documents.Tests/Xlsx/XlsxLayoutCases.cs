using Jixiao.Documents.Export;
using Jixiao.Documents.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Layout;
using Jixiao.Documents.Text;
using Jixiao.Domain.Scoring;

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
        [(nameof(FormLayouts.SelfEvaluation), Seeds.SelfEvaluation2023)] = new(() => Seed(Seeds.SelfEvaluation2023).Package.Projects
            .Select(p => FormLayouts.SelfEvaluation(p, Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Historical))), Imported),
        [(nameof(FormLayouts.Disclosure), Seeds.Disclosure2021)] = new(() =>
        [
            FormLayouts.Disclosure(Seed(Seeds.Disclosure2021).Disclosure!, Seed(Seeds.Disclosure2021).Package.Projects),
            FormLayouts.Disclosure(Seed(Seeds.Disclosure2021).Disclosure!),
        ], Imported),
        // a green and a red budget light (MonitoringLayoutTests): 700,000 and 300,000 元 spent by July
        [(nameof(FormLayouts.Monitoring), "监控 1–7 月")] = new(() => [FormLayouts.Monitoring(MonitoringLayoutTests.Sheet(700_000m)), FormLayouts.Monitoring(MonitoringLayoutTests.Sheet(300_000m))],
            lines => ModelJson.Of(MonitoringSheetImporter.Parse(lines) ?? throw new InvalidOperationException("no 运行监控表 in the lines"))),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (entryPoint, source) in All.Keys) data.Add(entryPoint, source);
        return data;
    }

    public static IEnumerable<string> EntryPoints => All.Keys.Select(k => k.EntryPoint).Distinct();

    public static Case Get(string entryPoint, string source) => All[(entryPoint, source)];

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
