using BenchmarkDotNet.Attributes;
using Jixiao.Bench.Data;
using Jixiao.Documents;
using Jixiao.Documents.Reading;

namespace Jixiao.Bench.Micro;

/// <summary>
/// Import of a generated corpus of 10,000 forms against the baseline of only reading the same bytes into lines
/// (decoding and table splitting, no recognition).
/// </summary>
public class ImportBench
{
    public const int CorpusForms = 10_000;
    private (string Name, byte[] Bytes)[] corpus = [];

    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.Generate(Workload.Seeds, CorpusForms, Workload.Seed).Select(c => (c.Name, c.Bytes)).ToArray();
        CorpusBytes = corpus.Sum(c => (long)c.Bytes.Length);
    }

    [Benchmark(Baseline = true)]
    public int ReadCorpus() => Read(corpus);

    [Benchmark]
    public int ImportCorpus() => Import(corpus);

    internal static int Read((string Name, byte[] Bytes)[] documents) =>
        documents.Sum(d => AnyDocumentReader.Read(d.Name, d.Bytes).Lines?.Count ?? 0);

    internal static int Import((string Name, byte[] Bytes)[] documents) =>
        documents.Sum(d => DocumentImporter.ImportBytes(d.Name, d.Bytes).Document?.Package.Projects.Count ?? 0);
}

/// <summary>
/// The five seed documents imported warm, against reading them into lines. A light job with many invocations: with
/// one invocation per iteration the code stays at tier 0 and a warm import measured about 10× slow.
/// </summary>
public class SeedImportBench
{
    private (string Name, byte[] Bytes)[] seeds = [];

    [GlobalSetup]
    public void Setup() => seeds = Workload.Seeds.Documents.ToArray();

    [Benchmark(Baseline = true)]
    public int ReadSeeds() => ImportBench.Read(seeds);

    [Benchmark]
    public int ImportSeeds() => ImportBench.Import(seeds);
}
