using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;

namespace Jixiao.Domain.Review.Rules;

internal static class RuleHelpers
{
    /// <summary>Whitespace removed (PDF extraction spaces letters: `维 保 工 作`).</summary>
    public static string Compact(string? text) => string.Concat((text ?? "").Where(c => !IsSpace(c)));

    /// <summary>The word occurs in the text once whitespace is removed from the text (`疫 情` holds `疫情`).</summary>
    public static bool ContainsCompact(string? text, string word) => Compact(text).Contains(word, StringComparison.Ordinal);

    public static bool IsBlank(string? text)
    {
        if (string.IsNullOrEmpty(text)) return true;
        foreach (var c in text)
            if (!IsSpace(c)) return false;
        return true;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u3000';

    /// <summary>A category label row the importer kept without a 三级 name or value.</summary>
    public static bool IsPlaceholder(Indicator i) => IsBlank(i.Name) && i.Target.Kind == TargetKind.Empty;

    public static IReadOnlyList<Indicator> RealIndicators(Project p)
    {
        var rows = new List<Indicator>(p.Indicators.Count);
        foreach (var i in p.Indicators)
            if (!IsPlaceholder(i)) rows.Add(i);
        return rows;
    }

    /// <summary>Level-1 and level-2 categories of a row as resolved against the template (null = not found).</summary>
    public static (Level1Category? L1, Level2Category? L2) Categories(Indicator i, IndicatorTemplate? template)
    {
        if (template is null) return (null, null);
        var l1 = template.FindLevel1(i.Level1);
        var l2 = template.FindLevel2(i.Level2, l1) ?? (l1 is null ? template.FindLevel2(i.Level2) : null);
        return (l1 ?? l2?.Parent, l2?.Child);
    }

    public static bool ContainsAny(string text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
            if (text.Contains(words[i], StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Last day of the month of <paramref name="year"/>-<paramref name="month"/>.</summary>
    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>Month index for month-granularity comparisons.</summary>
    public static int MonthKey(DateOnly d) => d.Year * 12 + d.Month;

    /// <summary>
    /// A target that is a figure alone (`2`, `180`): a quantity whose unit is missing, not a qualitative value
    /// (tables of other provinces print the unit in a column of its own, or forget it).
    /// </summary>
    public static bool IsBareFigure(TargetValue t) =>
        t.Kind == TargetKind.Qualitative && Compact(t.OriginalText) is { Length: > 0 } text &&
        text.All(c => char.IsAsciiDigit(c) || c == '.') && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1]);

    /// <summary>The row's own unit column (a template's `unit` column: 计量单位, 度量单位) holds a unit.</summary>
    public static bool HasUnitColumn(Indicator i) =>
        i.Columns is { } columns && columns.TryGetValue("unit", out var unit) && !IsBlank(unit);

    public static string Describe(TargetValue target) =>
        Compact(target.OriginalText).Length > 0 ? target.OriginalText.Trim() : target.Canonical;
}
