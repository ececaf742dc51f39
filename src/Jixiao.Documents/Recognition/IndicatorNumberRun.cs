using System.Globalization;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Cuts a run of digits whose cells ran together (`901010010` under 指标值 / 权重 / 完成值 / 得分) into one number per
/// value column, by the rules a grid's numbers obey: every piece is a well-formed number (no leading zero, one decimal
/// point); a weight is a small positive number no greater than the score pool; a score is no greater than its weight.
/// Among the cuts that obey them, a score equal to its weight is preferred, then a target and an actual of like length.
/// Only a run that cuts one way best is cut; the digits are never changed.
/// </summary>
internal static class IndicatorNumberRun
{
    /// <summary>The largest weight or score a grid holds (the whole pool).</summary>
    private const decimal Pool = 100m;

    private const int LongestRun = 24;

    private const int FullMarksMissed = 100;

    /// <summary>The value columns a run is cut into: the header's target, actual, weight and score columns in printed order.</summary>
    public static IReadOnlyList<R> Slots(IEnumerable<R> headerRoles) =>
        [.. headerRoles.SkipWhile(r => r is not (R.Target or R.Actual or R.Weight or R.Score))
            .TakeWhile(r => r is R.Target or R.Actual or R.Weight or R.Score or R.Comparator or R.Unit)
            .Where(r => r is R.Target or R.Actual or R.Weight or R.Score)];

    /// <summary>
    /// <paramref name="run"/> (digits and decimal points) cut into one number per slot, or null when the slots hold no
    /// weight or score to bound the cut, or no single best cut obeys the rules. A <paramref name="strict"/> cut (the run
    /// is followed by a unit, so it may be one value with its unit) must fill every slot with at least two digits but
    /// for the actual, weight and score, and give the score its full weight.
    /// </summary>
    public static IReadOnlyList<string>? Cut(string run, IReadOnlyList<R> slots, bool strict = false)
    {
        if (slots.Count < 2 || run.Length < slots.Count || run.Length > LongestRun || !slots.Any(s => s is R.Weight or R.Score)) return null;
        if (strict && run.Length < 2 * slots.Count - 1) return null;
        if (!run.All(c => char.IsAsciiDigit(c) || c == '.')) return null;
        var best = new List<(int Rank, List<string> Pieces)>();
        foreach (var pieces in Cuts(run, slots.Count))
            if (Rank(pieces, slots) is { } rank) best.Add((rank, pieces));
        if (best.Count == 0) return null;
        var top = best.Min(b => b.Rank);
        if (strict && top >= FullMarksMissed) return null;
        var winners = best.Where(b => b.Rank == top).ToList();
        return winners.Count == 1 ? winners[0].Pieces : null;
    }

    private static IEnumerable<List<string>> Cuts(string run, int parts)
    {
        if (parts == 1)
        {
            if (IsNumber(run)) yield return [run];
            yield break;
        }
        for (var len = 1; len <= run.Length - parts + 1; len++)
        {
            var head = run[..len];
            if (!IsNumber(head)) continue;
            foreach (var rest in Cuts(run[len..], parts - 1))
            {
                rest.Insert(0, head);
                yield return rest;
            }
        }
    }

    /// <summary>`0`, `12`, `0.9`, `100.00`: no leading zero before other digits, at most one point, not at either end.</summary>
    private static bool IsNumber(string text) =>
        text.Length > 0 && text[0] != '.' && text[^1] != '.' && text.Count(c => c == '.') <= 1
        && !(text.Length > 1 && text[0] == '0' && text[1] != '.');

    /// <summary>Lower is better; null when a weight or score breaks the rules.</summary>
    private static int? Rank(List<string> pieces, IReadOnlyList<R> slots)
    {
        decimal? weight = null, score = null;
        string? target = null, actual = null;
        for (var k = 0; k < slots.Count; k++)
        {
            var value = decimal.Parse(pieces[k], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            switch (slots[k])
            {
                case R.Weight: weight = value; break;
                case R.Score: score = value; break;
                case R.Target: target = pieces[k]; break;
                case R.Actual: actual = pieces[k]; break;
            }
        }
        if (weight is { } w && (w <= 0 || w > Pool)) return null;
        if (score is { } s && (s > (weight ?? Pool))) return null;
        var rank = score is not null && weight is not null && score != weight ? FullMarksMissed : 0;
        if (target is not null && actual is not null) rank += Math.Abs(target.Length - actual.Length);
        return rank;
    }
}
