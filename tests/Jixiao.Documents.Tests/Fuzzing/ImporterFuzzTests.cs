namespace Jixiao.Documents.Tests.Fuzzing;

/// <summary>
/// The importer fuzzer at test-run size (JIXIAO_FUZZ_FILES overrides; `bench/fuzz` runs thousands): every mutated
/// seed, random and hostile file ends in a document with warnings or a Chinese reason, never an exception, within a
/// per-file bound of allocation. The time bound is a hang guard, not a speed goal: work that grows with the square of
/// these files (10 MB on one line, 2.5 million lines) would run for hours, while a fair import takes seconds even on a
/// busy machine. How fast the importer is, is measured by bench/fuzz (percentiles), never asserted here.
/// </summary>
public sealed class ImporterFuzzTests
{
    private const int DefaultCount = 200;
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);
    private const long MaxAllocated = 1024L * 1024 * 1024;

    private static readonly Lazy<IReadOnlyList<(string, byte[])>> Seeds = new(LoadSeeds);

    /// <summary>The seed documents as bytes (tests/fixtures/seeds, copied next to the test assembly).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> LoadSeeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList();

    [Fact]
    public void Import_MutatedSeedsAndRandomBytes_EndClearlyWithinBounds()
    {
        var count = ImporterFuzzer.CountFromEnvironment(DefaultCount);
        var failures = new List<string>();
        var families = new HashSet<string>();
        foreach (var file in new ImporterFuzzer(Seeds.Value, 20261123).Files(count))
        {
            families.Add(file.Family);
            var result = ImporterFuzzer.Import(file);
            if (!result.IsClear || result.Elapsed > HangGuard || result.AllocatedBytes > MaxAllocated) failures.Add(result.ToString());
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.Superset(new HashSet<string> { "lines", "bytes", "truncated", "random", "package" }, families);
    }

    public static TheoryData<string> HostileNames() => [.. ImporterFuzzer.Hostile.Select(h => h.Name)];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void Import_HostileFile_EndsClearlyWithinBounds(string name)
    {
        var file = ImporterFuzzer.HostileFile(name, Seeds.Value);

        var result = ImporterFuzzer.Import(file);

        Assert.True(result.IsClear, result.ToString());
        Assert.True(result.Elapsed < HangGuard && result.AllocatedBytes < MaxAllocated, result.ToString());
    }

    [Theory]
    // The reason names the problem, so the user knows what to do.
    [InlineData("over-limit.txt", "过大")]
    [InlineData("50mb.txt", "行的上限")]
    [InlineData("bomb.xlsx", "压缩炸弹")]
    [InlineData("many-parts.xlsx", "部件过多")]
    [InlineData("encrypted.xlsx", "加密")]
    [InlineData("encrypted.docx", "加密")]
    [InlineData("empty.txt", "空文件")]
    [InlineData("nul.txt", "二进制")]
    public void Import_HostileFile_IsRefusedWithItsReason(string name, string reason)
    {
        var result = ImporterFuzzer.Import(ImporterFuzzer.HostileFile(name, Seeds.Value));

        Assert.False(result.Imported, result.ToString());
        Assert.Contains(reason, result.Error);
    }

    [Fact]
    public void Files_SameSeed_AreTheSame()
    {
        var first = new ImporterFuzzer(Seeds.Value, 3).Files(40).Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes))).ToList();
        var second = new ImporterFuzzer(Seeds.Value, 3).Files(40).Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes))).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Import_MutatedDeclaration_StillImportsMostProjects()
    {
        // Not only refusals: a seed with a few lines shuffled is still read as forms (the fuzzer exercises the parsers).
        var results = new ImporterFuzzer(Seeds.Value, 5).Files(60).Where(f => f.Family == "lines").Select(ImporterFuzzer.Import).ToList();

        Assert.NotEmpty(results);
        Assert.True(results.Count(r => r.Imported) * 2 > results.Count, string.Join("\n", results));
    }
}
