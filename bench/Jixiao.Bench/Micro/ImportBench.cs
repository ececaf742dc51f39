using BenchmarkDotNet.Attributes;
using Jixiao.Bench.Data;
using Jixiao.Documents;
using Jixiao.Documents.Reading;

namespace Jixiao.Bench.Micro;

/// <summary>
/// Import of the five seed documents (warm) and of a generated corpus of 10,000 forms, each against the baseline of
/// only reading the same bytes into lines (decoding and table splitting, no recognition).
/// </summary>
public class ImportBench
{
    public const int CorpusForms = 10_000;
    private (string Name, byte[] Bytes)[] seeds = [];
    private (string Name, byte[] Bytes)[] corpus = [];

    public static long CorpusBytes { get; private set; }
    public static long SeedBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        seeds = Workload.Seeds.Documents.ToArray();
        corpus = Corpus.Generate(Workload.Seeds, CorpusForms, Workload.Seed).Select(c => (c.Name, c.Bytes)).ToArray();
        CorpusBytes = corpus.Sum(c => (long)c.Bytes.Length);
        SeedBytes = seeds.Sum(c => (long)c.Bytes.Length);
    }

    [Benchmark(Baseline = true)]
    public int ReadSeeds() => Read(seeds);

    [Benchmark]
    public int ImportSeeds() => Import(seeds);

    [Benchmark]
    public int ReadCorpus() => Read(corpus);

    [Benchmark]
    public int ImportCorpus() => Import(corpus);

    private static int Read((string Name, byte[] Bytes)[] documents) =>
        documents.Sum(d => AnyDocumentReader.Read(d.Name, d.Bytes).Lines?.Count ?? 0);

    private static int Import((string Name, byte[] Bytes)[] documents) =>
        documents.Sum(d => DocumentImporter.ImportBytes(d.Name, d.Bytes).Document?.Package.Projects.Count ?? 0);
}
