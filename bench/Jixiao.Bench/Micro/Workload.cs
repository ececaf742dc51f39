using Jixiao.Bench.Data;

namespace Jixiao.Bench.Micro;

/// <summary>The seeds and generated data the benchmarks share, built once per process (seed number 1).</summary>
public static class Workload
{
    public const int Seed = 1;
    private static readonly Lazy<SeedTemplates> LazySeeds = new(() => SeedTemplates.Load(SeedTemplates.DefaultFolder()));
    private static readonly Lazy<District> LazyDistrict = new(() => new DistrictGenerator(Seeds, Seed).District());

    public static SeedTemplates Seeds => LazySeeds.Value;
    public static District District => LazyDistrict.Value;
}
