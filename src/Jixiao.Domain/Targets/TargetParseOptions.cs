namespace Jixiao.Domain.Targets;

/// <summary>What `2024年10月前` (month without day, "before") means (target-grammar.md §5, profile option).</summary>
public enum MonthBeforeMeans
{
    /// <summary>Due on the last day of month M (narratives pair `10月前` with `10 月底前`). Default.</summary>
    EndOfMonth,
    /// <summary>Strictly before day 1 of month M, i.e. due on the last day of month M−1.</summary>
    StartOfMonth,
}

/// <summary>Options of <see cref="TargetParser"/> and deadline resolution.</summary>
public sealed record TargetParseOptions
{
    /// <summary>The seeded typo map (§2 step 7): `建全` → `健全`.</summary>
    public static IReadOnlyDictionary<string, string> DefaultTypos { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["建全"] = "健全" };

    // Declared after DefaultTypos: static initialisers run in textual order.
    public static TargetParseOptions Default { get; } = new();

    public MonthBeforeMeans MonthBeforeMeans { get; init; } = MonthBeforeMeans.EndOfMonth;

    /// <summary>
    /// Typo → correction, applied to the parsed model and canonical form only (never to OriginalText); each hit adds
    /// <see cref="ParseNote.TypoCorrected"/>. Empty keys are ignored.
    /// </summary>
    public IReadOnlyDictionary<string, string> Typos { get; init; } = DefaultTypos;
}
