using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Scoring;

/// <summary>Outcome of comparing an actual's unit with the target's (target-grammar.md §7, AV-3/AV-4).</summary>
/// <param name="Factor">Multiply the actual by this to express it in the target unit (1 when same).</param>
/// <param name="SuggestedPer">Per-unit target against a total: divide by the number of this (never done automatically).</param>
internal sealed record UnitMatch(bool Comparable, decimal Factor, bool Converted, string? SuggestedPer)
{
    public static UnitMatch Same { get; } = new(true, 1m, false, null);
    public static UnitMatch Not(string? per = null) => new(false, 0m, false, per);
}

/// <summary>
/// Target-vs-actual unit matching for scoring, on the grammar's unit catalogue (<see cref="Units"/>): periods must
/// match (`全年` ≡ per 年, a whole figure matches a yearly one), then the units must convert exactly.
/// </summary>
internal static class UnitComparison
{
    public static UnitMatch Compare(UnitRef? target, string? targetScope, UnitRef? actual, string? actualScope)
    {
        // AV-3 first: a bare number (`0`, `400`) is in the target's unit, per-unit included.
        if (actual is null && actualScope is null) return UnitMatch.Same;
        // The same unit on both sides (the common case): periods equal or whole-vs-yearly, factor 1, nothing converted.
        if (target is not null && target.Equals(actual)) return UnitMatch.Same;
        var tPer = Units.EffectivePer(target, targetScope);
        var aPer = Units.EffectivePer(actual, actualScope);
        // A per-unit target against a total: suggest dividing by the number of the target's Per, never do it.
        if (!Units.PeriodsMatch(tPer, aPer)) return UnitMatch.Not(aPer is null ? tPer : null);

        // AV-3: an actual without a unit takes the target's; a target without a unit accepts any.
        if (target is null || actual is null) return UnitMatch.Same;
        if (!Units.TryConvert(1m, actual with { Per = null }, target with { Per = null }, out var factor)) return UnitMatch.Not();
        return new UnitMatch(true, factor, factor != 1m || NounOf(target) != NounOf(actual), null);
    }

    /// <summary>The unit as written without its period: `万元/场` → `万元`.</summary>
    public static string NounOf(UnitRef unit)
    {
        var slash = unit.Text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? unit.Text : unit.Text[..slash];
    }
}
