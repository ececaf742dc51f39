using Jixiao.Documents;
using Jixiao.Domain.Projects;

namespace Jixiao.Bench.Data;

/// <summary>One 三级 indicator of a seed form used as a template: categories, name, target text and (from 自评表) an actual.</summary>
public sealed record IndicatorTemplate(string Level1, string Level2, string Name, string TargetText, string? ActualText);

/// <summary>
/// The seed documents imported through the app's own importer, as templates for generated forms: every project
/// (declarations and self-evaluations) and every indicator row with its target and, where printed, its actual.
/// </summary>
public sealed class SeedTemplates
{
    public required IReadOnlyList<(string Name, byte[] Bytes)> Documents { get; init; }
    public required IReadOnlyList<ImportedDocument> Imported { get; init; }
    public required IReadOnlyList<Project> Projects { get; init; }
    public required IReadOnlyList<IndicatorTemplate> Indicators { get; init; }

    /// <summary>Every target and actual text printed in the seeds, in document order.</summary>
    public IEnumerable<string> ValueTexts() =>
        Indicators.SelectMany(i => i.ActualText is null ? [i.TargetText] : new[] { i.TargetText, i.ActualText });

    public static SeedTemplates Load(string folder)
    {
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var imported = documents.Select(d => DocumentImporter.ImportBytes(d.Item1, d.Item2).Document)
            .OfType<ImportedDocument>().ToList();
        var projects = imported.SelectMany(d => d.Package.Projects).Where(p => p.Indicators.Count > 0).ToList();
        var indicators = projects.SelectMany(p => p.Indicators)
            .Where(i => !string.IsNullOrWhiteSpace(i.Target.OriginalText))
            .Select(i => new IndicatorTemplate(i.Level1, i.Level2, i.Name, i.Target.OriginalText,
                i.Actual is { OriginalText.Length: > 0 } a ? a.OriginalText : null))
            .ToList();
        if (projects.Count == 0 || indicators.Count == 0)
            throw new InvalidOperationException($"No seed forms found in {folder}.");
        return new SeedTemplates { Documents = documents, Imported = imported, Projects = projects, Indicators = indicators };
    }

    /// <summary>tests/fixtures/seeds of the repository this program runs from (searched upwards), or JIXIAO_SEEDS.</summary>
    public static string DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_SEEDS") is { Length: > 0 } env) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "seeds");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/fixtures/seeds not found; set JIXIAO_SEEDS.");
    }
}
