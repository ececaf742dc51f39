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
    /// <summary>How many levels the grid prints: 3 (一级/二级/三级), 2 (no 三级: names sit in the 二级 column), 1 (names only).</summary>
    public int Levels { get; init; } = 3;

    /// <summary>The level printed above 一级 (实施效果指标), or null.</summary>
    public string? TopLevel { get; init; }

    /// <summary>The first level-1 whose <see cref="LabelKey"/> is the label's (null for a blank label).</summary>
    public Level1Category? FindLevel1(string? label)
    {
        var key = LabelKey(label);
        return key.Length == 0 ? null : Level1.FirstOrDefault(l => LabelKey(l.Name) == key);
    }

    /// <summary>Level-2 by name, optionally restricted to one level-1; returns its parent too.</summary>
    public (Level1Category Parent, Level2Category Child)? FindLevel2(string? label, Level1Category? under = null)
    {
        var key = LabelKey(label);
        if (key.Length == 0) return null;
        IReadOnlyList<Level1Category> scope = under is null ? Level1 : [under];
        foreach (var l1 in scope)
            foreach (var l2 in l1.Children)
                if (LabelKey(l2.Name) == key) return (l1, l2);
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

    private bool SpelledAsTemplate(string compact) =>
        Level1.Any(l => l.Name == compact || l.Children.Any(c => c.Name == compact));

    private const int MaxBareCategoryWordLength = 5;

    /// <summary>
    /// Whitespace removed, a printed weight dropped (`项目决策(10分)`: the label's pool weight, not its name), trailing
    /// `指标` (or `指标等`) dropped: `数量 指标` → `数量`.
    /// </summary>
    public static string LabelKey(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return "";
        var compact = WithoutPrintedWeight(WithoutWhitespace(label));
        // `服务对象满意度指标等` (the MoF table's wording: such indicators) names the category without its `等`.
        if (compact.EndsWith("指标等", StringComparison.Ordinal)) compact = compact[..^1];
        return compact.EndsWith("指标", StringComparison.Ordinal) ? compact[..^2] : compact;
    }

    /// <summary>The label without a trailing `(10分)` / `（10分）`; a label that is only a weight stays as it is.</summary>
    private static string WithoutPrintedWeight(string compact)
    {
        if (!compact.EndsWith("分)", StringComparison.Ordinal) && !compact.EndsWith("分）", StringComparison.Ordinal)) return compact;
        var open = compact.LastIndexOfAny(['(', '（']);
        if (open <= 0) return compact;
        var figure = compact[(open + 1)..^2];
        return figure.Length > 0 && figure.All(c => char.IsAsciiDigit(c) || c == '.') ? compact[..open] : compact;
    }

    /// <summary>The text with every whitespace character removed.</summary>
    private static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
