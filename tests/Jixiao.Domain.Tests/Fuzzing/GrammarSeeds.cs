using System.Text.Json;
using Jixiao.Domain.Tests.Targets;

namespace Jixiao.Domain.Tests.Fuzzing;

/// <summary>The strings the grammar fuzzer mutates: every spec string (§3, §8) and every seed-document string.</summary>
public static class GrammarSeeds
{
    /// <summary>Checked-in list kept complete by Documents.Tests' SeedStringListTests.</summary>
    public const string FileName = "seed-strings.json";

    public static IReadOnlyList<string> Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        var seeds = JsonSerializer.Deserialize<string[]>(File.ReadAllText(path)) ?? [];
        return [.. GrammarSpec.All.Concat(seeds).Distinct(StringComparer.Ordinal)];
    }
}
