using System.Collections.Concurrent;
using System.Diagnostics;
using Jixiao.Bench.Data;
using Jixiao.Bench.User;

namespace Jixiao.Bench.Load;

/// <summary>
/// `load`: a deadline week on a running app. Beside N 填报人 (one per unit, spread over departments) work 主管部门
/// reviewers (one per department, up to the number asked), 财政局 reviewers (sessions of the one finance account) and
/// anonymous readers of the public disclosure (<see cref="LoadMix"/>), with a probe asking for the trivial
/// <c>GET /api/v1/me</c> at the same pace.
/// Phase 1, the goals: everyone with think time (0.5–1.5 s between actions) for the given seconds → p50/p95/p99,
/// errors and the largest body per page, list API and action; every page and list API p95 ≤ 300 ms (each role's
/// slowest, too), 0 errors, no body over 512 KB — each read beside the p95 of <c>/api/v1/me</c> of the same minutes.
/// Phase 2, capacity (information): the unit users' mix without think time, then the trivial endpoint without think
/// time, each 15 s → requests/s of both and their ratio, measured side by side in the same run.
/// </summary>
public static class LoadTest
{
    public const double PageP95GoalMs = 300;
    public const double BodyGoalKb = 512;

    public static async Task<int> RunAsync(string url, string usersFile, string name, LoadMix.Counts counts, int seconds, int? serverPid)
    {
        var cpu = new ServerCpu(serverPid);
        var mix = LoadMix.Create(new Uri(url), await File.ReadAllLinesAsync(usersFile), DistrictWriter.Password, counts);
        var users = mix.OfType<UnitUser>().Cast<Session>().ToList();

        // People sign in over minutes, not in one instant: 4 at a time (each login is a deliberate PBKDF2 hash).
        using var gate = new SemaphoreSlim(4);
        var logins = await Task.WhenAll(mix.Select(async u =>
        {
            await gate.WaitAsync();
            try { return await u.LoginAsync(CancellationToken.None); }
            finally { gate.Release(); }
        }));
        Report($"web.{name}.login", logins, logins.Length);
        foreach (var failed in logins.Where(l => !l.Ok).GroupBy(l => (l.Kind, l.Status)))
            Console.Error.WriteLine($"{failed.Count()} logins failed: {failed.Key.Kind} answered {failed.Key.Status}");

        var before = cpu.Seconds();
        var paced = await PhaseAsync(mix, TimeSpan.FromSeconds(seconds), think: true, (u, ct) => u.ActAsync(ct));
        Report($"web.{name}", paced.Samples, paced.Actions, paced.Elapsed);
        Timeline($"web.{name}", paced);
        cpu.Emit($"web.{name}", before, paced.Samples.Count);
        Goals(name, paced.Samples);

        before = cpu.Seconds();
        var saturated = await PhaseAsync(users, TimeSpan.FromSeconds(15), think: false, (u, ct) => u.ActAsync(ct));
        cpu.Emit($"web.{name}.saturated.mix", before, saturated.Samples.Count);
        Timeline($"web.{name}.saturated.mix", saturated);
        before = cpu.Seconds();
        var trivial = await PhaseAsync(users, TimeSpan.FromSeconds(15), think: false, async (u, ct) => [await u.TrivialAsync(ct)]);
        cpu.Emit($"web.{name}.saturated.trivial", before, trivial.Samples.Count);
        var mixRate = saturated.Samples.Count / saturated.Elapsed.TotalSeconds;
        var trivialRate = trivial.Samples.Count / trivial.Elapsed.TotalSeconds;
        Metrics.Emit($"web.{name}.saturated.mix_rps", mixRate, "1/s");
        Metrics.Emit($"web.{name}.saturated.mix_p95_ms", Percentile(saturated.Samples, 0.95), "ms");
        Metrics.Emit($"web.{name}.saturated.mix_errors", saturated.Samples.Count(s => !s.Ok), "count");
        Metrics.Emit($"web.{name}.saturated.trivial_rps", trivialRate, "1/s");
        Metrics.Emit($"web.{name}.saturated.mix_to_trivial_ratio", mixRate / trivialRate, "x");
        foreach (var u in mix) u.Dispose();
        return 0;
    }

    /// <summary>
    /// The goals of the paced phase: each page and list API (a GET; an action such as a save is reported, not held to
    /// the page goal) p95 ≤ 300 ms beside the trivial request's p95, each role's slowest page, errors, largest body.
    /// </summary>
    private static void Goals(string name, IReadOnlyList<Sample> samples)
    {
        var me = samples.Where(s => s.Kind == "me").ToList();
        var meP95 = Percentile(me, 0.95);
        Report($"web.{name}.me", me, 0);
        var beside = FormattableString.Invariant($"GET /api/v1/me p95 {meP95:F1} ms in the same run");
        foreach (var kind in samples.Select(s => s.Kind).Where(k => k != "me").Distinct().Order(StringComparer.Ordinal))
        {
            var of = samples.Where(s => s.Kind == kind).ToList();
            Report($"web.{name}.{kind}", of, 0);
            Metrics.Emit($"web.{name}.{kind}.max_kb", of.Max(s => s.Bytes) / 1024.0, "KB");
            if (!of[0].Write) new Goal($"web.{name}.{kind}.page_p95_ms", PageP95GoalMs, "ms").Report(Percentile(of, 0.95), beside);
        }
        foreach (var role in samples.Where(s => !s.Write && s.Kind != "me").GroupBy(s => s.Kind.Split('.')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var slowest = role.GroupBy(s => s.Kind).Select(k => (Kind: k.Key, P95: Percentile(k.ToList(), 0.95))).MaxBy(k => k.P95);
            new Goal($"web.{name}.{role.Key}.slowest_page_p95_ms", PageP95GoalMs, "ms").Report(slowest.P95, $"{slowest.Kind}; {beside}");
        }
        var errors = samples.Where(s => !s.Ok).ToList();
        new Goal($"web.{name}.errors_total", 0, "count").Report(errors.Count,
            errors.Count == 0 ? null : string.Join(", ", errors.GroupBy(s => $"{s.Kind} {s.Status}").Select(g => $"{g.Count()}× {g.Key}").Take(5)));
        var largest = samples.MaxBy(s => s.Bytes);
        new Goal($"web.{name}.largest_response_kb", BodyGoalKb, "KB").Report(largest.Bytes / 1024.0, largest.Kind);
    }

    private sealed record Phase(IReadOnlyList<Sample> Samples, int Actions, TimeSpan Elapsed, long StartedAt)
    {
        public double Offset(Sample s) => Stopwatch.GetElapsedTime(StartedAt, s.StartedAt).TotalSeconds;
    }

    private static async Task<Phase> PhaseAsync(IReadOnlyList<Session> users, TimeSpan length, bool think,
        Func<Session, CancellationToken, Task<IReadOnlyList<Sample>>> act)
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
        // The app refusing a move (a form with blocking findings, or one another person moved first): correct answers.
        if (samples.Any(s => s.Ok && s.Status is 409 or 422)) Metrics.Emit($"{name}.refused", samples.Count(s => s.Ok && s.Status is 409 or 422), "count");
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
