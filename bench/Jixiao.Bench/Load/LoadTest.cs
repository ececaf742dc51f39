using System.Collections.Concurrent;
using System.Diagnostics;
using Jixiao.Bench.Data;

namespace Jixiao.Bench.Load;

/// <summary>
/// `load`: N virtual users (one per unit, spread over departments) on a running app.
/// Phase 1, the goal: users with think time (0.5–1.5 s between actions, like people at a form) for the given
/// seconds → p50/p95/p99 and errors per action and overall. Phase 2, capacity: the same mix without think time,
/// then a trivial endpoint (`/api/v1/me`: cookie and claims, no database) without think time, each 15 s →
/// requests/s of both and their ratio, measured side by side in the same run.
/// </summary>
public static class LoadTest
{
    public static async Task<int> RunAsync(string url, string usersFile, string name, int vus, int seconds, int? serverPid)
    {
        var cpu = new ServerCpu(serverPid);
        var all = await File.ReadAllLinesAsync(usersFile);
        var stride = Math.Max(1, all.Length / vus);
        var users = Enumerable.Range(0, vus).Select(i => new VirtualUser(new Uri(url), all[i * stride % all.Length], DistrictWriter.Password, 1000 + i)).ToList();

        // People sign in over minutes, not in one instant: 4 at a time (each login is a deliberate PBKDF2 hash).
        using var gate = new SemaphoreSlim(4);
        var logins = await Task.WhenAll(users.Select(async u =>
        {
            await gate.WaitAsync();
            try { return await u.LoginAsync(CancellationToken.None); }
            finally { gate.Release(); }
        }));
        Report($"web.{name}.login", logins, logins.Length);
        if (logins.Any(l => !l.Ok))
        {
            Console.Error.WriteLine($"{logins.Count(l => !l.Ok)} logins failed, e.g. status {logins.First(l => !l.Ok).Status}");
        }

        var before = cpu.Seconds();
        var paced = await PhaseAsync(users, TimeSpan.FromSeconds(seconds), think: true, (u, ct) => u.ActAsync(ct));
        Report($"web.{name}", paced.Samples, paced.Actions, paced.Elapsed);
        Timeline($"web.{name}", paced);
        cpu.Emit($"web.{name}", before, paced.Samples.Count);
        foreach (var kind in paced.Samples.Select(s => s.Kind).Distinct().Order())
            Report($"web.{name}.{kind}", paced.Samples.Where(s => s.Kind == kind).ToList(), 0);

        before = cpu.Seconds();
        var mix = await PhaseAsync(users, TimeSpan.FromSeconds(15), think: false, (u, ct) => u.ActAsync(ct));
        cpu.Emit($"web.{name}.saturated.mix", before, mix.Samples.Count);
        Timeline($"web.{name}.saturated.mix", mix);
        before = cpu.Seconds();
        var trivial = await PhaseAsync(users, TimeSpan.FromSeconds(15), think: false, async (u, ct) => [await u.TrivialAsync(ct)]);
        cpu.Emit($"web.{name}.saturated.trivial", before, trivial.Samples.Count);
        var mixRate = mix.Samples.Count / mix.Elapsed.TotalSeconds;
        var trivialRate = trivial.Samples.Count / trivial.Elapsed.TotalSeconds;
        Metrics.Emit($"web.{name}.saturated.mix_rps", mixRate, "1/s");
        Metrics.Emit($"web.{name}.saturated.mix_p95_ms", Percentile(mix.Samples, 0.95), "ms");
        Metrics.Emit($"web.{name}.saturated.mix_errors", mix.Samples.Count(s => !s.Ok), "count");
        Metrics.Emit($"web.{name}.saturated.trivial_rps", trivialRate, "1/s");
        Metrics.Emit($"web.{name}.saturated.mix_to_trivial_ratio", mixRate / trivialRate, "x");
        foreach (var u in users) u.Dispose();
        return 0;
    }

    private sealed record Phase(IReadOnlyList<Sample> Samples, int Actions, TimeSpan Elapsed, long StartedAt)
    {
        public double Offset(Sample s) => Stopwatch.GetElapsedTime(StartedAt, s.StartedAt).TotalSeconds;
    }

    private static async Task<Phase> PhaseAsync(List<VirtualUser> users, TimeSpan length, bool think,
        Func<VirtualUser, CancellationToken, Task<IReadOnlyList<Sample>>> act)
    {
        var samples = new ConcurrentBag<Sample>();
        var actions = 0;
        using var stop = new CancellationTokenSource(length);
        var started = Stopwatch.GetTimestamp();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(users.Select(async (u, i) =>
        {
            var rng = new Random(i);
            if (think) await Delay(rng.Next(0, 1000), stop.Token); // users do not all click at the same instant
            while (!stop.IsCancellationRequested)
            {
                foreach (var s in await act(u, CancellationToken.None)) samples.Add(s);
                Interlocked.Increment(ref actions);
                if (think) await Delay(rng.Next(500, 1500), stop.Token);
            }
        }));
        return new Phase(samples.ToList(), actions, clock.Elapsed, started);
    }

    /// <summary>
    /// The shape of the tail over the phase (stderr, 5 s windows: a cold start shows as a slow first window, a pause
    /// as one slow window, a steady cost as every window alike), and every sample as CSV into $BENCH_SAMPLES if set.
    /// </summary>
    private static void Timeline(string name, Phase phase)
    {
        foreach (var w in phase.Samples.GroupBy(s => (int)(phase.Offset(s) / 5)).OrderBy(g => g.Key))
        {
            var ms = w.Select(s => s.Ms).Order().ToArray();
            Console.Error.WriteLine(FormattableString.Invariant(
                $"{name} t={w.Key * 5,3}s n={ms.Length,5} p50={ms[ms.Length / 2],7:F1} p99={ms[Math.Max(0, (int)Math.Ceiling(ms.Length * 0.99) - 1)],7:F1} max={ms[^1],7:F1} slowest={w.MaxBy(s => s.Ms).Kind}"));
        }
        if (Environment.GetEnvironmentVariable("BENCH_SAMPLES") is not { Length: > 0 } dir) return;
        Directory.CreateDirectory(dir);
        File.WriteAllLines(Path.Combine(dir, $"{name}.csv"), ["t_s,kind,ms,status", .. phase.Samples.OrderBy(s => s.StartedAt)
            .Select(s => FormattableString.Invariant($"{phase.Offset(s):F3},{s.Kind},{s.Ms:F1},{s.Status}"))]);
    }

    private static async Task Delay(int ms, CancellationToken ct)
    {
        try { await Task.Delay(ms, ct); }
        catch (TaskCanceledException) { }
    }

    private static void Report(string name, IReadOnlyList<Sample> samples, int actions, TimeSpan? elapsed = null)
    {
        if (samples.Count == 0) return;
        Metrics.Emit($"{name}.requests", samples.Count, "count");
        Metrics.Emit($"{name}.p50_ms", Percentile(samples, 0.50), "ms");
        Metrics.Emit($"{name}.p95_ms", Percentile(samples, 0.95), "ms");
        Metrics.Emit($"{name}.p99_ms", Percentile(samples, 0.99), "ms");
        Metrics.Emit($"{name}.errors", samples.Count(s => !s.Ok), "count");
        if (samples.Any(s => s.Status == 422)) Metrics.Emit($"{name}.refused_422", samples.Count(s => s.Status == 422), "count");
        if (elapsed is { } e)
        {
            Metrics.Emit($"{name}.rps", samples.Count / e.TotalSeconds, "1/s");
            Metrics.Emit($"{name}.actions", actions, "count");
        }
        foreach (var bad in samples.Where(s => !s.Ok).GroupBy(s => (s.Kind, s.Status)).Take(5))
            Console.Error.WriteLine($"{name}: {bad.Count()} × {bad.Key.Kind} answered {bad.Key.Status}");
    }

    private static double Percentile(IReadOnlyList<Sample> samples, double p)
    {
        if (samples.Count == 0) return double.NaN;
        var sorted = samples.Select(s => s.Ms).Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>
    /// CPU seconds the server process used (from /proc): CPU per request survives a machine shared with builds far
    /// better than wall-clock latency, and is what capacity projections divide by.
    /// </summary>
    private sealed class ServerCpu(int? pid)
    {
        public double? Seconds()
        {
            if (pid is not { } p || !File.Exists($"/proc/{p}/stat")) return null;
            var fields = File.ReadAllText($"/proc/{p}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Fields after the command: state is [0], utime [11], stime [12], in clock ticks (100 per second on Linux).
            return (long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / 100.0;
        }

        public void Emit(string name, double? before, int requests)
        {
            if (before is not { } b || Seconds() is not { } after || requests == 0) return;
            Metrics.Emit($"{name}.server_cpu_ms_per_request", (after - b) * 1000 / requests, "ms");
        }
    }
}
