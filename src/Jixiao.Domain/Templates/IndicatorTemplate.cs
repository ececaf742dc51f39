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
        var key = LabelKey(label);
        if (key.Length == 0) return null;
        foreach (var l in Level1)
            if (HasKey(l.Name, key)) return l;
        return null;
    }

    /// <summary>Level-2 by name, optionally restricted to one level-1; returns its parent too.</summary>
    public (Level1Category Parent, Level2Category Child)? FindLevel2(string? label, Level1Category? under = null)
    {
        var key = LabelKey(label);
        if (key.Length == 0) return null;
        foreach (var l1 in under is null ? Level1 : [under])
            foreach (var l2 in l1.Children)
                if (HasKey(l2.Name, key))
                    return (l1, l2);
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
        foreach (var l in Level1)
        {
            if (l.Name == compact) return true;
            foreach (var c in l.Children)
                if (c.Name == compact) return true;
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

    /// <summary><c>LabelKey(label) == key</c> without building the label's key (labels are compared on every lookup).</summary>
    private static bool HasKey(string label, string key)
    {
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
