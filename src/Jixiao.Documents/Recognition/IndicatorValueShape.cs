using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Recognition;

/// <summary>Whether a cell reads as a value (a target, an actual, a weight) rather than a name or a category.</summary>
internal static class IndicatorValueShape
{
    private const string Comparators = "≥≤><=＝≧≦═≮≯";

    /// <summary>`≥90%`, `100`, `80M`, `2021年12月`, `是`: starts with a comparator or digit, or is a yes/no.</summary>
    public static bool LooksLikeValue(string? text)
    {
        var compact = IndicatorGridVocabulary.Compact(text);
        if (compact.Length == 0) return false;
        return Comparators.Contains(compact[0], StringComparison.Ordinal) || char.IsDigit(compact[0]) || compact[0] == '.'
            || compact is "是" or "否" or "有" or "无" || compact.EndsWith('%');
    }

    /// <summary>
    /// The whole text is a value the target grammar reads as a number, comparison or deadline with a real unit
    /// (`≥266米`, `88`, `2021年12月`); stricter than <see cref="LooksLikeValue"/>: `7 岁以下儿童健康管理率` is no value.
    /// </summary>
    public static bool IsValue(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parsed = TargetParser.ParseActual(text.Trim());
        if (parsed.HasNote(ParseNote.Unrecognised) || parsed.Kind is not (TargetKind.Quantitative or TargetKind.Comparison or TargetKind.Deadline))
            return false;
        return parsed.Unit is not { } unit || unit.Dim != Dimension.Unknown || IndicatorUnitWords.IsUnit(unit.Text);
    }

    /// <summary>A comparator printed in its own 指标性质 cell (`≥`, `≧`, `═`, `>=`, `大于等于`), as opposed to `定量`/`正向`.</summary>
    public static bool IsComparator(string? text)
    {
        var compact = IndicatorGridVocabulary.Compact(text);
        return compact.Length is > 0 and <= 4 && (compact.All(c => Comparators.Contains(c, StringComparison.Ordinal))
            || compact is "大于" or "小于" or "等于" or "大于等于" or "小于等于" or "不低于" or "不高于" or "不超过" or "不少于");
    }
}
