using System.Text.Encodings.Web;
using System.Text.Json;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Integration;

/// <summary>
/// The grammar fuzzer (Domain.Tests, which cannot import documents) mutates the checked-in list
/// tests/fixtures/grammar/seed-strings.json; this keeps the list complete: every 指标值 and 实际完成值 the importer
/// finds in the seeds is in it. Regenerate with JIXIAO_WRITE_SEED_STRINGS=1.
/// </summary>
public sealed class SeedStringListTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void CheckedInList_HoldsEveryImportedSeedString()
    {
        var imported = Collect();
        var path = Path.Combine(RepoRoot(), "tests", "fixtures", "grammar", "seed-strings.json");
        if (Environment.GetEnvironmentVariable("JIXIAO_WRITE_SEED_STRINGS") == "1")
            File.WriteAllText(path, JsonSerializer.Serialize(imported, Json) + "\n");

        var listed = JsonSerializer.Deserialize<string[]>(File.ReadAllText(path))!.ToHashSet(StringComparer.Ordinal);
        var missing = imported.Where(s => !listed.Contains(s)).ToList();

        Assert.True(imported.Count > 150, $"only {imported.Count} strings imported");
        Assert.True(missing.Count == 0, "seed-strings.json lacks (run with JIXIAO_WRITE_SEED_STRINGS=1): " + string.Join(" | ", missing));
    }

    private static List<string> Collect()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var doc = DocumentImporter.ImportFile(file).Document!;
            foreach (var indicator in doc.Package.Projects.SelectMany(p => p.Indicators))
            {
                if (indicator.Target.Kind != TargetKind.Empty) found.Add(indicator.Target.OriginalText);
                if (indicator.Actual is { Kind: not TargetKind.Empty } actual) found.Add(actual.OriginalText);
            }
        }

        return [.. found];
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Jixiao.slnx not found above the test directory.");
    }
}
