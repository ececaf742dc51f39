using System.Diagnostics;
using Jixiao.Bench.Data;
using Jixiao.Domain.Scoring;

namespace Jixiao.Bench.Micro;

/// <summary>
/// `score-loop`: the ScoringBench workload in a plain loop (Stopwatch, allocations and GC counts per pass), long
/// enough to attach a profiler (dotnet-trace) to; no METRIC lines, `micro scoring` is the measurement.
/// </summary>
public static class ScoreLoop
{
    public static int Run(int rows, int passes)
    {
        var batch = new DistrictGenerator(Workload.Seeds, Workload.Seed).EvaluatedBatch(rows);
        Console.Error.WriteLine($"pid {Environment.ProcessId}: {batch.Count} projects, {rows} rows");
        for (var pass = 0; pass < passes; pass++)
        {
            var (bytes, gc0, gc2) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(0), GC.CollectionCount(2));
            var bareClock = Stopwatch.StartNew();
            var bare = new ScoringBench { Batch = batch }.BareRatio();
            Console.Error.WriteLine($"bare ratio: {bareClock.Elapsed.TotalSeconds:F3} s wall, Σ {bare}");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var sum = 0m;
            foreach (var project in batch) sum += Scorer.Score(project, RuleProfiles.ShDistrict, ScoringMode.Live).ComputedTotal;
            Console.Error.WriteLine($"pass {pass}: {clock.Elapsed.TotalSeconds:F3} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F3} s CPU, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / 1e6:F0} MB allocated, "
                + $"gen0 {GC.CollectionCount(0) - gc0} (paused {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F3} s), gen2 {GC.CollectionCount(2) - gc2}, Σ {sum}");
        }
        return 0;
    }
}
