using System.Text.Json;
using Jixiao.Documents.OpenData;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Scoring;

namespace Jixiao.Documents.Tests.OpenData;

/// <summary>Open data built from the seed documents, and the schema file of the repository.</summary>
internal static class OpenDataSamples
{
    public static ImportedDocument Import(string seed) => DocumentImporter.ImportLines(seed, Seeds.Lines(seed)).Document!;

    public static List<ReleasedTargets> Targets(string seed)
    {
        var document = Import(seed);
        return document.Package.Projects.Select(p => new ReleasedTargets(p, document.UnitName, "Approved", Guid.NewGuid(), 1)).ToList();
    }

    public static List<ReleasedEvaluation> Evaluations(string seed)
    {
        var document = Import(seed);
        return document.Package.Projects
            .Select(p => new ReleasedEvaluation(p, Scorer.Score(p, RuleProfiles.ShDistrict, ScoringMode.Historical), document.UnitName, "Imported"))
            .ToList();
    }

    public static BudgetDisclosure Disclosure() => Import(Seeds.Disclosure2021).Disclosure!;

    public static JsonElement Schema() => JsonDocument.Parse(OpenDataSchema.V1()).RootElement;

    /// <summary>The schema as checked into docs/schema (the test walks up from the output folder to the repository).</summary>
    public static string RepositorySchemaPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "schema", OpenDataSchema.V1FileName))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "docs", "schema", OpenDataSchema.V1FileName);
    }
}
