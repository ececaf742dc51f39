using BenchmarkDotNet.Attributes;
using Jixiao.Bench.Data;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Targets;

namespace Jixiao.Bench.Micro;

/// <summary>
/// Scoring with trail of a province-size batch (1,000,000 indicator rows, generated in memory) with the default
/// profile, against the baseline of the bare SC-12/SC-13 ratio on the same rows (no dispatch, trail or findings).
/// </summary>
public class ScoringBench
{
    public const int Rows = 1_000_000;
    private IReadOnlyList<Project> batch = [];

    /// <summary>The rows to score (set by <see cref="Setup"/>, or by score-loop).</summary>
    public IReadOnlyList<Project> Batch { init => batch = value; }

    [GlobalSetup]
    public void Setup() => batch = new DistrictGenerator(Workload.Seeds, Workload.Seed).EvaluatedBatch(Rows);

    [Benchmark(Baseline = true)]
    public decimal BareRatio()
    {
        var sum = 0m;
        foreach (var project in batch)
            foreach (var row in project.Indicators)
                if (row.Target.Value is { } t && t > 0m && row.Actual?.Value is { } a && row.Weight is { } w)
                    sum += Math.Round(Math.Min(row.Target.Op is Comparator.Le or Comparator.Lt ? (a > 0m ? t / a : 0m) : a / t, 1m) * w, 2, MidpointRounding.AwayFromZero);
        return sum;
    }

    [Benchmark]
    public decimal ScoreWithTrail()
    {
        var sum = 0m;
        foreach (var project in batch) sum += Scorer.Score(project, RuleProfiles.ShDistrict, ScoringMode.Live).ComputedTotal;
        return sum;
    }
}
