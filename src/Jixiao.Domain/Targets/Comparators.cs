namespace Jixiao.Domain.Targets;

/// <summary>Comparator spellings of target-grammar.md §4 (symbols after normalisation, and words).</summary>
internal static class Comparators
{
    // Longest spellings first: at one position `大于等于` must win over `大于`, `不少于` over `少于`.
    // `不小于`, `不多于`, `少于` are [I] additions in the spirit of the table.
    private static readonly (string Spelling, Comparator Op)[] Spellings =
    [
        ("大于等于", Comparator.Ge),
        ("小于等于", Comparator.Le),
        ("不低于", Comparator.Ge),
        ("不少于", Comparator.Ge),
        ("不小于", Comparator.Ge),
        ("不超过", Comparator.Le),
        ("不高于", Comparator.Le),
        ("不大于", Comparator.Le),
        ("不多于", Comparator.Le),
        ("至少", Comparator.Ge),
        // `达到95%`: "reach", i.e. at least (ADR-033; the spec is silent).
        ("达到", Comparator.Ge),
        ("大于", Comparator.Gt),
        ("高于", Comparator.Gt),
        ("超过", Comparator.Gt),
        ("小于", Comparator.Lt),
        ("低于", Comparator.Lt),
        ("少于", Comparator.Lt),
        ("≥", Comparator.Ge),
        ("≤", Comparator.Le),
        ("=", Comparator.Eq),
        (">", Comparator.Gt),
        ("<", Comparator.Lt),
    ];

    /// <summary>The spelling at the start of <paramref name="text"/>, if any; returns its length (0 = none).</summary>
    public static int MatchAt(ReadOnlySpan<char> text, out Comparator op)
    {
        foreach (var (spelling, candidate) in Spellings)
        {
            if (text.StartsWith(spelling, StringComparison.Ordinal))
            {
                op = candidate;
                return spelling.Length;
            }
        }

        op = Comparator.None;
        return 0;
    }

    /// <summary>Index of the first comparator spelling in <paramref name="text"/>, or -1.</summary>
    public static int FindFirst(ReadOnlySpan<char> text, out int length, out Comparator op)
    {
        for (var i = 0; i < text.Length; i++)
        {
            length = MatchAt(text[i..], out op);
            if (length > 0)
            {
                return i;
            }
        }

        length = 0;
        op = Comparator.None;
        return -1;
    }

}
