using Jixiao.Domain.Review;

namespace Jixiao.Domain.Templates;

/// <summary>A level-2 category allowed under a level-1 (e.g. 数量指标 under 产出指标).</summary>
public sealed record Level2Category(string Name, string Code);

/// <summary>
/// A level-1 category with its allowed level-2 children. <see cref="MissingSeverity"/> is the severity of
/// CMP-02 when a form lacks it (null = optional).
/// </summary>
public sealed record Level1Category(string Name, string Code, IReadOnlyList<Level2Category> Children, Severity? MissingSeverity);

/// <summary>
/// A versioned indicator-tree template (forms.md §8). Labels resolve by name with `X` ≡ `X指标` and
/// whitespace ignored, never by position.
/// </summary>
public sealed record IndicatorTemplate(string Id, string Title, IReadOnlyList<Level1Category> Level1)
{
    public Level1Category? FindLevel1(string? label)
    {
        var key = KeySpan(label);
        if (key.Length == 0) return null;
        for (var i = 0; i < Level1.Count; i++)
            if (HasKey(Level1[i].Name, key)) return Level1[i];
        return null;
    }

    /// <summary>Level-2 by name, optionally restricted to one level-1; returns its parent too.</summary>
    public (Level1Category Parent, Level2Category Child)? FindLevel2(string? label, Level1Category? under = null)
    {
        var key = KeySpan(label);
        if (key.Length == 0) return null;
        if (under is not null) return FindChild(under, key);
        for (var i = 0; i < Level1.Count; i++)
            if (FindChild(Level1[i], key) is { } found)
                return found;
        return null;
    }

    private static (Level1Category Parent, Level2Category Child)? FindChild(Level1Category l1, ReadOnlySpan<char> key)
    {
        // Index loops: these lookups run for every row of every lint, and an interface foreach allocates.
        for (var i = 0; i < l1.Children.Count; i++)
            if (HasKey(l1.Children[i].Name, key))
                return (l1, l1.Children[i]);
        return null;
    }

    public bool IsCategoryLabel(string? label) => FindLevel1(label) is not null || FindLevel2(label) is not null;

    /// <summary>
    /// True when a name or value cell holds a category label rather than content (CMP-04): a label as the template
    /// spells it, or its bare stem when that is a short category word (`时效`, `数量`, `社会效益`). A longer stem such as
    /// `服务对象满意度` is a real indicator name that merely resembles its category.
    /// </summary>
    public bool IsLabelInContentCell(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = WithoutWhitespace(text);
        return SpelledAsTemplate(compact) || (compact.Length <= MaxBareCategoryWordLength && IsCategoryLabel(compact));
    }

    private bool SpelledAsTemplate(string compact)
    {
        for (var i = 0; i < Level1.Count; i++)
        {
            var l = Level1[i];
            if (l.Name == compact) return true;
            for (var k = 0; k < l.Children.Count; k++)
                if (l.Children[k].Name == compact) return true;
        }

        return false;
    }

    private const int MaxBareCategoryWordLength = 5;

    /// <summary>Whitespace removed, trailing `指标` dropped: `数量 指标` → `数量`.</summary>
    public static string LabelKey(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return "";
        var compact = WithoutWhitespace(label);
        return compact.EndsWith("指标", StringComparison.Ordinal) ? compact[..^2] : compact;
    }

    /// <summary><see cref="LabelKey"/> as a span over the label itself when it holds no whitespace (the usual case).</summary>
    private static ReadOnlySpan<char> KeySpan(string? label) =>
        label is null || HasWhitespace(label) ? LabelKey(label) : StripIndicatorSuffix(label);

    private static ReadOnlySpan<char> StripIndicatorSuffix(ReadOnlySpan<char> compact) =>
        compact.EndsWith("指标", StringComparison.Ordinal) ? compact[..^2] : compact;

    private static bool HasWhitespace(string text)
    {
        foreach (var c in text)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary><c>LabelKey(label) == key</c> without building the label's key (labels are compared on every lookup).</summary>
    private static bool HasKey(string label, ReadOnlySpan<char> key)
    {
        if (!HasWhitespace(label)) return StripIndicatorSuffix(label).SequenceEqual(key);
        Span<char> buffer = label.Length <= 64 ? stackalloc char[label.Length] : new char[label.Length];
        var n = 0;
        foreach (var c in label)
            if (!char.IsWhiteSpace(c)) buffer[n++] = c;
        ReadOnlySpan<char> compact = buffer[..n];
        if (compact.EndsWith("指标", StringComparison.Ordinal)) compact = compact[..^2];
        return compact.SequenceEqual(key);
    }

    /// <summary>The text with every whitespace character removed; the text itself when it has none.</summary>
    private static string WithoutWhitespace(string text)
    {
        foreach (var c in text)
            if (char.IsWhiteSpace(c)) return string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
        return text;
    }
}
