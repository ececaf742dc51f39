using Jixiao.Documents.Export;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Documents.Tests.Layout;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>
/// Every <see cref="FormLayouts"/> entry point with the seeds that give it real content, so the xlsx round trip
/// covers every form type; a convention test fails when an entry point is added without a case here.
/// </summary>
internal static class XlsxLayoutCases
{
    /// <summary>Entry point name → the layouts it makes from an imported seed document.</summary>
    public static readonly IReadOnlyDictionary<string, Func<ImportedDocument, IEnumerable<FormDocument>>> EntryPoints =
        new Dictionary<string, Func<ImportedDocument, IEnumerable<FormDocument>>>
        {
            [nameof(FormLayouts.Declaration)] = d => d.Package.Projects.Select(FormLayouts.Declaration),
            [nameof(FormLayouts.UnitPackage)] = d => [FormLayouts.UnitPackage(d.Package)],
            [nameof(FormLayouts.SelfEvaluation)] = LayoutSamples.SelfEvaluations,
            [nameof(FormLayouts.Disclosure)] = LayoutSamples.Disclosures,
            [nameof(FormLayouts.Monitoring)] = LayoutSamples.Monitorings,
        };

    /// <summary>(entry point, seed): the seeds each form type is published in.</summary>
    public static TheoryData<string, string> Cases() => new()
    {
        { nameof(FormLayouts.Declaration), Seeds.District2024A },
        { nameof(FormLayouts.Declaration), Seeds.District2024B },
        { nameof(FormLayouts.Declaration), Seeds.Municipal2020 },
        { nameof(FormLayouts.Declaration), Seeds.Disclosure2021 },
        { nameof(FormLayouts.UnitPackage), Seeds.District2024A },
        { nameof(FormLayouts.UnitPackage), Seeds.District2024B },
        { nameof(FormLayouts.UnitPackage), Seeds.Municipal2020 },
        { nameof(FormLayouts.UnitPackage), Seeds.Disclosure2021 },
        { nameof(FormLayouts.SelfEvaluation), Seeds.SelfEvaluation2023 },
        { nameof(FormLayouts.Disclosure), Seeds.Disclosure2021 },
        { nameof(FormLayouts.Monitoring), Seeds.District2024A },
        { nameof(FormLayouts.Monitoring), Seeds.Municipal2020 },
    };

    public static IEnumerable<FormDocument> Layouts(string entryPoint, string seed) =>
        EntryPoints[entryPoint](DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!);
}
