using System.Globalization;

namespace Jixiao.Domain.ReReview;

/// <summary>A confirmed 自评表 that may be drawn for 抽评: its id and the amount that weighs it (年度资金总额, 元).</summary>
public sealed record SampleCandidate(Guid Id, decimal Amount);

/// <summary>What was drawn, and everything needed to draw it again: the percentage, the seed and the candidates' count.</summary>
public sealed record SampleResult(decimal Percent, long Seed, int CandidateCount, IReadOnlyList<Guid> Drawn);

/// <summary>
/// 抽评: finance draws a stated percentage of the confirmed self-evaluations for re-review, weighted by amount, with a
/// recorded seed so anyone can draw the same sample again and check it (audit). Pure and deterministic: the same
/// candidates (in any order), percentage and seed give the same sample on every machine and .NET version.
/// </summary>
/// <remarks>
/// Method (Efraimidis–Spirakis weighted sampling without replacement): candidates are put in id order; each gets
/// u^(1/w) with u uniform in (0, 1) from SplitMix64 seeded with the seed (its own generator, not System.Random, whose
/// seeded sequence .NET does not promise to keep), w its amount (a zero or negative amount weighs as 1 元 so it can
/// still be drawn, only rarely); the n largest keys are drawn, n = ⌈percent × count / 100⌉ (at least one when there
/// is any candidate and the percentage is above 0).
/// </remarks>
public static class SampleDraw
{
    /// <summary>The candidates' count drawn at <paramref name="percent"/>: ⌈percent × count / 100⌉.</summary>
    public static int SizeOf(int count, decimal percent) => (int)Math.Ceiling(percent * count / 100m);

    /// <summary>Null when <paramref name="percent"/> is a percentage finance may state (above 0, at most 100, two decimals), else why not.</summary>
    public static string? CheckPercent(decimal percent) =>
        percent is <= 0m or > 100m ? "抽评比例应大于 0% 且不超过 100%。"
        : decimal.Round(percent, 2) != percent ? "抽评比例最多保留两位小数。"
        : null;

    /// <summary>The sample of <paramref name="candidates"/> at <paramref name="percent"/> drawn with <paramref name="seed"/>, in draw order (largest key first).</summary>
    /// <exception cref="ArgumentException">The percentage is refused by <see cref="CheckPercent"/>, or an id is repeated.</exception>
    public static SampleResult Draw(IReadOnlyCollection<SampleCandidate> candidates, decimal percent, long seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (CheckPercent(percent) is { } refused) throw new ArgumentException(refused, nameof(percent));
        var ordered = candidates.OrderBy(c => c.Id).ToList();
        if (ordered.Select(c => c.Id).Distinct().Count() != ordered.Count) throw new ArgumentException("候选自评表重复。", nameof(candidates));
        var random = new SplitMix64(seed);
        var keyed = ordered.Select(c => (c.Id, Key: Key(random.NextUnit(), c.Amount))).ToList();
        var drawn = keyed.OrderByDescending(k => k.Key).ThenBy(k => k.Id).Take(SizeOf(ordered.Count, percent)).Select(k => k.Id).ToList();
        return new SampleResult(percent, seed, ordered.Count, drawn);
    }

    /// <summary>log(u)/w: the same order as u^(1/w), without underflow for large amounts.</summary>
    // A random sort key, never money: the amount only weights the draw, and a logarithm has no decimal form. The key
    // is reproducible (IEEE doubles, SplitMix64's fixed bits), which is all the draw needs.
    private static double Key(double u, decimal amount) => Math.Log(u) / (double)Math.Max(amount, 1m);

    /// <summary>A seed for a new draw from a clock reading (the caller records it beside the sample).</summary>
    public static long SeedFrom(DateTimeOffset now) => now.UtcTicks;

    /// <summary>How the draw is described in the audit trail and on the page.</summary>
    public static string Describe(SampleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture,
            $"按资金额加权随机抽取 {result.Percent:0.##}%：{result.CandidateCount} 份已确认自评表中抽中 {result.Drawn.Count} 份，随机种子 {result.Seed}。");
    }

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): a fixed, documented sequence for a seed.</summary>
    private sealed class SplitMix64(long seed)
    {
        private ulong state = unchecked((ulong)seed);

        /// <summary>Uniform in (0, 1): 53 random bits, never 0 (its log is taken).</summary>
        public double NextUnit()
        {
            ulong z;
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
            }
            return ((z >> 11) + 1) * (1.0 / 9007199254740993.0);
        }
    }
}
