using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// What the importer produced when this test was recorded (before the import path was optimised), over the seeds and
/// a generated sample: every project, indicator (texts, parsed model, canonical), amount, narrative and warning with
/// its line and location. A change to the importer that alters any result fails here. The seeds are kept in full
/// (a failure can be diffed); the generated documents by the SHA-256 of their dump. Set JIXIAO_UPDATE_GOLDEN=1 to
/// re-record after an intended change of behaviour.
/// </summary>
public sealed class ImportGoldenTests
{
    private const string GoldenFile = "import-golden.txt";

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var (id, _) in GoldenCorpus.Documents()) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void ImportBytes_SeedOrGeneratedDocument_SameResultAsRecorded(string id)
    {
        var bytes = GoldenCorpus.Documents().Single(d => d.Id == id).Bytes;
        var golden = Recorded();

        var dump = Dump(id, bytes);

        Assert.True(golden.TryGetValue(id, out var expected), $"No recorded result for {id}; re-record with JIXIAO_UPDATE_GOLDEN=1.");
        if (expected.Hash != Hash(dump))
        {
            var actualPath = Path.Combine(Path.GetTempPath(), $"import-golden-actual-{id}.txt");
            File.WriteAllText(actualPath, dump);
            Assert.Fail($"{id}: import result differs from the recorded one (actual written to {actualPath}).");
        }
        if (expected.Dump is not null) Assert.Equal(expected.Dump, dump);
    }

    [Fact]
    public void Recorded_EveryDocumentOfTheSample_HasAResult()
    {
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1") Record();
        var ids = GoldenCorpus.Documents().Select(d => d.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), Recorded().Keys.Order(StringComparer.Ordinal));
    }

    internal static string Dump(string id, byte[] bytes)
    {
        var outcome = DocumentImporter.ImportBytes(id, bytes);
        return ObjectDump.Write(outcome);
    }

    private static string Hash(string dump) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dump)));

    private static Dictionary<string, (string Hash, string? Dump)> Recorded()
    {
        var result = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", GoldenFile)).ReplaceLineEndings("\n");
        foreach (var block in text.Split("\n=== ", StringSplitOptions.RemoveEmptyEntries))
        {
            var body = block.StartsWith("=== ", StringComparison.Ordinal) ? block[4..] : block;
            var newline = body.IndexOf('\n', StringComparison.Ordinal);
            var head = (newline < 0 ? body : body[..newline]).Split(' ');
            var dump = newline < 0 ? null : body[(newline + 1)..].TrimEnd('\n');
            result[head[0]] = (head[1], string.IsNullOrEmpty(dump) ? null : dump);
        }
        return result;
    }

    private static void Record([CallerFilePath] string source = "")
    {
        var sb = new StringBuilder();
        foreach (var (id, bytes) in GoldenCorpus.Documents())
        {
            var dump = Dump(id, bytes);
            sb.Append("=== ").Append(id).Append(' ').Append(Hash(dump)).Append('\n');
            if (GoldenCorpus.KeptInFull(id)) sb.Append(dump).Append('\n');
        }
        var path = Path.Combine(Path.GetDirectoryName(source)!, GoldenFile);
        File.WriteAllText(path, sb.ToString());
        File.Copy(path, Path.Combine(AppContext.BaseDirectory, "Golden", GoldenFile), overwrite: true);
    }
}
