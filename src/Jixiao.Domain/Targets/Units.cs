using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Jixiao.Domain.Targets;

/// <summary>
/// The unit catalogue of target-grammar.md §7: parses a unit text into a <see cref="UnitRef"/> and converts values
/// exactly between units of one dimension.
/// </summary>
public static class Units
{
    private const decimal Kibi = 1024m;

    // Currency, percent, duration, data size. Base = the unit the scale multiplies to; units with different bases
    // never convert (月 has no exact number of days).
    private static readonly Dictionary<string, (Dimension Dim, decimal Scale, string Base)> Measures =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["元"] = (Dimension.Currency, 1m, "元"),
            ["千元"] = (Dimension.Currency, 1_000m, "元"),
            ["万元"] = (Dimension.Currency, 10_000m, "元"),
            ["亿元"] = (Dimension.Currency, 100_000_000m, "元"),
            ["%"] = (Dimension.Percent, 1m, "%"),
            ["秒"] = (Dimension.Duration, 1m, "秒"),
            ["分钟"] = (Dimension.Duration, 60m, "秒"),
            ["小时"] = (Dimension.Duration, 3_600m, "秒"),
            ["天"] = (Dimension.Duration, 86_400m, "秒"),
            ["日"] = (Dimension.Duration, 86_400m, "秒"),
            ["周"] = (Dimension.Duration, 604_800m, "秒"),
            ["工作日"] = (Dimension.Duration, 1m, "工作日"),
            ["个月"] = (Dimension.Duration, 1m, "月"),
            ["年"] = (Dimension.Duration, 1m, "年"),
            ["B"] = (Dimension.DataSize, 1m, "B"),
            ["KB"] = (Dimension.DataSize, Kibi, "B"),
            ["MB"] = (Dimension.DataSize, Kibi * Kibi, "B"),
            // `M` is how narratives write bandwidth; the spec files it under data size as MB.
            ["M"] = (Dimension.DataSize, Kibi * Kibi, "B"),
            ["GB"] = (Dimension.DataSize, Kibi * Kibi * Kibi, "B"),
            ["TB"] = (Dimension.DataSize, Kibi * Kibi * Kibi * Kibi, "B"),
        };

    /// <summary>
    /// Count nouns (§7): never inter-convertible (人 ≠ 人次, 次 ≠ 场); each may carry the multiplier 万 (万条, 万人次).
    /// The first sixteen are from the spec; the rest are common nouns of other units' forms [I] (分 = score points).
    /// </summary>
    public static IReadOnlyList<string> CountNouns { get; } =
    [
        "次", "场", "篇", "个", "家", "人", "人次", "册", "条", "份", "台", "套", "项", "件", "核", "千字",
        "分", "名", "户", "本", "期", "批", "处", "辆", "所", "张", "种",
    ];

    private static readonly HashSet<string> Nouns = new(CountNouns, StringComparer.Ordinal);

    private const int MaxUnknownLength = 4;

    /// <summary>
    /// Parses a unit text such as `万元`, `人次/场`, `万条/月`, `KB/s`. Returns null for blank text or text that cannot
    /// be a unit (digits, operators, punctuation, long phrases). `万` or `亿` alone gives dimension Unknown with
    /// Scale 10⁴/10⁸ and an empty Base (<see cref="IsIncomplete"/>). Other short word-like texts (`平方米`) give
    /// dimension Unknown, Scale 1, Base = the text: comparable only with the same unit. Never throws.
    /// </summary>
    public static UnitRef? Parse(string? text) =>
        text is not null && KnownBySpelling.TryGetValue(text, out var known) ? known : ParseText(text);

    // Every catalogue spelling parsed once: nearly every unit on a form is one of them, and a UnitRef is immutable.
    // Declared after Measures and Nouns (static initialisers run in textual order).
    private static readonly FrozenDictionary<string, UnitRef> KnownBySpelling = Measures.Keys
        .Concat(CountNouns).Concat(CountNouns.Select(noun => "万" + noun)).Concat(["万", "亿"])
        .Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(spelling => spelling, spelling => ParseText(spelling)!, StringComparer.Ordinal);

    private static UnitRef? ParseText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ParseSimple(trimmed) is { } simple ? new UnitRef(trimmed, simple.Dim, simple.Scale, simple.Base, null) : null;
        }

        var per = trimmed[(slash + 1)..];
        if (!IsWordLike(per) || ParseSimple(trimmed[..slash]) is not { } measure)
        {
            return null;
        }

        return new UnitRef(trimmed, measure.Dim, measure.Scale, measure.Base, per);
    }

    /// <summary>True for `万`/`亿` written without a base (`≤20.00(万)`): never auto-completed (note IncompleteUnit).</summary>
    public static bool IsIncomplete(UnitRef unit) => unit.Dim == Dimension.Unknown && unit.Base.Length == 0;

    /// <summary>
    /// True when values in <paramref name="from"/> can be expressed in <paramref name="to"/>: same dimension, same base,
    /// same Per (`日` ≡ `天`); Unknown units only to themselves.
    /// </summary>
    public static bool AreConvertible(UnitRef from, UnitRef to) =>
        SameMeasure(from, to) && PerKey(from.Per) == PerKey(to.Per);

    /// <summary>
    /// Exact decimal conversion (`42000 元` → `4.2 万元`). False when the units are not convertible or the result
    /// overflows decimal; a ratio that is not a terminating decimal (seconds → hours) is rounded to decimal precision.
    /// </summary>
    public static bool TryConvert(decimal value, UnitRef from, UnitRef to, out decimal converted)
    {
        converted = 0m;
        return AreConvertible(from, to) && TryScale(value, from, to, out converted);
    }

    /// <summary>
    /// Target-vs-actual comparability (§7): units convertible ignoring Per, and periods equal, where Scope `全年` counts
    /// as Per `年` and a value with neither Per nor Scope is a whole-year figure that matches `年` as well as nothing.
    /// Both units absent is comparable; exactly one absent is not (scoring assumes the target unit first, AV-3).
    /// </summary>
    public static bool AreComparable(TargetValue target, TargetValue actual) =>
        (target.Unit, actual.Unit) switch
        {
            (null, null) => PeriodsMatch(EffectivePer(null, target.Scope), EffectivePer(null, actual.Scope)),
            ({ } t, { } a) => SameMeasure(a, t) && PeriodsMatch(EffectivePer(t, target.Scope), EffectivePer(a, actual.Scope)),
            _ => false,
        };

    /// <summary>
    /// The actual's value expressed in the target's unit (AV-4), per <see cref="AreComparable"/>. False when the actual
    /// has no value, the pair is not comparable, or the conversion overflows.
    /// </summary>
    public static bool TryConvertToTarget(TargetValue actual, TargetValue target, out decimal converted)
    {
        converted = 0m;
        if (actual.Value is not { } value || !AreComparable(target, actual))
        {
            return false;
        }

        if (actual.Unit is null || target.Unit is null)
        {
            converted = value;
            return true;
        }

        return TryScale(value, actual.Unit, target.Unit, out converted);
    }

    private static bool TryScale(decimal value, UnitRef from, UnitRef to, out decimal converted)
    {
        converted = value;
        if (from.Scale == to.Scale)
        {
            return true;
        }

        if (from.Scale <= 0m || to.Scale <= 0m)
        {
            return false;
        }

        try
        {
            // Multiply first so currency and data-size conversions stay exact.
            converted = value * from.Scale / to.Scale;
            return true;
        }
        catch (OverflowException)
        {
            try
            {
                converted = value * (from.Scale / to.Scale);
                return true;
            }
            catch (OverflowException)
            {
                converted = 0m;
                return false;
            }
        }
    }

    private static bool SameMeasure(UnitRef a, UnitRef b) =>
        a.Dim == b.Dim
        && string.Equals(a.Base, b.Base, StringComparison.OrdinalIgnoreCase)
        && (a.Dim != Dimension.Unknown || a.Scale == b.Scale);

    /// <summary>The period a value is expressed per: the unit's Per, or `年` for Scope `全年` (§7); null = whole figure.</summary>
    public static string? EffectivePer(UnitRef? unit, string? scope) =>
        unit?.Per is { } per ? PerKey(per) : scope == "全年" ? "年" : null;

    /// <summary>Equal periods, or a whole figure (null) against a yearly one.</summary>
    public static bool PeriodsMatch(string? a, string? b) =>
        a == b || (a is null && b == "年") || (b is null && a == "年");

    private static string? PerKey(string? per) => per switch
    {
        "日" => "天",
        "年度" => "年",
        _ => per,
    };

    private static (Dimension Dim, decimal Scale, string Base)? ParseSimple(string text)
    {
        if (Measures.TryGetValue(text, out var measure))
        {
            return measure;
        }

        if (Nouns.Contains(text))
        {
            return (Dimension.Count, 1m, text);
        }

        if (text == "万")
        {
            return (Dimension.Unknown, 10_000m, "");
        }

        if (text == "亿")
        {
            return (Dimension.Unknown, 100_000_000m, "");
        }

        if (text.Length > 1 && text[0] == '万' && Nouns.Contains(text[1..]))
        {
            return (Dimension.Count, 10_000m, text[1..]);
        }

        return IsWordLike(text) ? (Dimension.Unknown, 1m, text) : null;
    }

    // An unknown unit is a short word that carries no grammar: no comparator (`至少`) and no range suffix (`以上`, `内`),
    // or the canonical `≥5.00(个以上)` would not re-parse to the same model.
    private static bool IsWordLike(string text) =>
        text.Length is > 0 and <= MaxUnknownLength
        && text.All(char.IsLetter)
        && Comparators.FindFirst(text, out _, out _) < 0
        && !text.Contains('以')
        && !text.EndsWith('内');
}
