namespace Jixiao.Domain.Forms;

/// <summary>
/// The indicator columns of a form that a row holds as plain text by key (ADR-032): a template's own columns such as
/// 绩效标准, 指标解释, 备注 or a column no code knows. The columns the row has properties for (categories, name, the
/// target with its 指标性质 and 度量单位, actual, weight, score, reason) are not among them.
/// </summary>
public static class IndicatorColumnTexts
{
    private static readonly HashSet<string> Properties =
    [
        IndicatorColumnKeys.Level1, IndicatorColumnKeys.Level2, IndicatorColumnKeys.Name, IndicatorColumnKeys.Target,
        IndicatorColumnKeys.Actual, IndicatorColumnKeys.Weight, IndicatorColumnKeys.Score, IndicatorColumnKeys.DeviationReason,
        IndicatorColumnKeys.Comparator, IndicatorColumnKeys.Unit,
    ];

    /// <summary>The columns of <paramref name="form"/> whose text a row keeps by key, in the form's order.</summary>
    public static IReadOnlyList<IndicatorColumn> Of(FormDefinition? form) =>
        [.. (form?.IndicatorColumns ?? []).Where(c => c.Key is { } k && !Properties.Contains(k))];

    /// <summary>The non-blank texts of <paramref name="texts"/>, or null when there are none (rows of forms without such columns stay as they were).</summary>
    public static IReadOnlyDictionary<string, string>? Kept(IReadOnlyDictionary<string, string?>? texts)
    {
        if (texts is null) return null;
        var kept = texts.Where(kv => !string.IsNullOrWhiteSpace(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!.Trim(), StringComparer.Ordinal);
        return kept.Count > 0 ? kept : null;
    }
}
