using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Docx;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>Real layouts to render: every project of the seed documents, laid out by <see cref="FormLayouts"/>.</summary>
internal static class DocxSamples
{
    public static readonly DocxRenderer Renderer = new();

    public static IReadOnlyList<Project> Projects(string seed) =>
        DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!.Package.Projects;

    public static FormDocument Declaration(string seed, int index) => FormLayouts.Declaration(Projects(seed)[index]);

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    /// <summary>Every seed project as a 申报表 (seed, project index), so theories cover all real content.</summary>
    public static TheoryData<string, int> SeedDeclarations()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in new[] { Seeds.District2024A, Seeds.District2024B, Seeds.Municipal2020, Seeds.Disclosure2021, Seeds.SelfEvaluation2023 })
            for (var i = 0; i < Projects(seed).Count; i++) data.Add(seed, i);
        return data;
    }

    public static List<string> NonBlank(IEnumerable<Text.SourceLine> lines) =>
        lines.Select(l => l.Text).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
}
