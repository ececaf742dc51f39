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
/// Minimal unit comparison for scoring: same unit, or same dimension with a known scale (万元↔元, 小时↔分钟,
/// MB↔KB). Scope `全年` counts as Per `年`; an actual without a period is a whole-year figure.
/// (To be replaced by the grammar's converter; keep all unit knowledge of Scoring in this file.)
/// </summary>
internal static class UnitComparison
{
    // Multipliers of a base noun to a common base per dimension, for parsers that keep `小时` as its own base.
    private static readonly Dictionary<string, decimal> BaseFactors = new()
    {
        ["元"] = 1m, ["千元"] = 1_000m, ["万元"] = 10_000m, ["亿元"] = 100_000_000m,
        ["秒"] = 1m, ["分钟"] = 60m, ["小时"] = 3_600m, ["天"] = 86_400m, ["日"] = 86_400m,
        ["KB"] = 1m, ["MB"] = 1_024m, ["GB"] = 1_048_576m, ["M"] = 1_024m,
    };

    private const string YearPer = "年";

    public static UnitMatch Compare(UnitRef? target, string? targetScope, UnitRef? actual, string? actualScope)
    {
        var tPer = PeriodOf(target, targetScope);
        var aPer = PeriodOf(actual, actualScope);
        if (tPer != aPer)
        {
            // A whole-year actual (no period written) matches a yearly target and vice versa.
            var yearly = (tPer is null || tPer == YearPer) && (aPer is null || aPer == YearPer);
            if (!yearly) return UnitMatch.Not(aPer is null ? tPer : null);
        }

        // AV-3: an actual without a unit takes the target's; a target without a unit accepts any.
        if (target is null || actual is null) return UnitMatch.Same;
        if (target.Dim == Dimension.Unknown || actual.Dim == Dimension.Unknown)
            return NounOf(target) == NounOf(actual) ? UnitMatch.Same : UnitMatch.Not();
        if (target.Dim != actual.Dim) return UnitMatch.Not();

        decimal factor;
        if (target.Base == actual.Base)
            factor = actual.Scale / target.Scale;
        else if (BaseFactors.TryGetValue(target.Base, out var tb) && BaseFactors.TryGetValue(actual.Base, out var ab))
            factor = actual.Scale * ab / (target.Scale * tb);
        else
            return UnitMatch.Not();
        return new UnitMatch(true, factor, factor != 1m || NounOf(target) != NounOf(actual), null);
    }

    private static string? PeriodOf(UnitRef? unit, string? scope) =>
        unit?.Per ?? (scope == "全年" ? YearPer : null);

    /// <summary>The unit as written without its period: `万元/场` → `万元`.</summary>
    public static string NounOf(UnitRef unit)
    {
        var slash = unit.Text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? unit.Text : unit.Text[..slash];
    }
}
