using System.Diagnostics;

namespace Jixiao.Bench.User;

/// <summary>Wall and CPU time of a whole workload, or per call with percentiles (Stopwatch; no BenchmarkDotNet).</summary>
public static class Timing
{
    /// <summary>Seconds of wall and process CPU for one run of <paramref name="work"/>, after one warm-up run.</summary>
    public static (double Wall, double Cpu) Total(Action work)
    {
        work(); // warm: tier-1 code and loaded types, as in a server that has been up a while
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    /// <summary>Milliseconds per call of <paramref name="call"/> over every item, <paramref name="passes"/> times (the first pass warms).</summary>
    public static Percentiles PerCall<T>(IReadOnlyList<T> items, int passes, Action<T> call)
    {
        foreach (var item in items) call(item);
        var times = new List<double>(items.Count * passes);
        for (var pass = 0; pass < passes; pass++)
            foreach (var item in items)
            {
                var start = Stopwatch.GetTimestamp();
                call(item);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        times.Sort();
        return new Percentiles(At(times, 0.50), At(times, 0.95), At(times, 0.99), times[^1], times.Count);
    }

    private static double At(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}

public sealed record Percentiles(double P50, double P95, double P99, double Max, int Calls);
