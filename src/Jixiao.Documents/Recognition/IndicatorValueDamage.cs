namespace Jixiao.Documents.Recognition;

/// <summary>
/// Signs that a printed value was damaged or never filled in: template placeholders (`≥**人`, `……`), ★ marks,
/// full-width look-alike symbols (≧, ≦, ═) and values that are only a unit. The value is kept as printed; this names
/// what to check, in Chinese.
/// </summary>
internal static class IndicatorValueDamage
{
    private static readonly (string Mark, string Meaning)[] Marks =
    [
        ("**", "含未填写的模板占位符“**”"),
        ("＊＊", "含未填写的模板占位符“＊＊”"),
        ("★", "含★标记"),
        ("≧", "含全角符号“≧”"),
        ("≦", "含全角符号“≦”"),
        ("═", "含制表线符号“═”"),
        ("……", "含省略号占位"),
    ];

    /// <summary>What is wrong with <paramref name="text"/>, or null when nothing is.</summary>
    public static string? Describe(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var found = Marks.Where(m => text.Contains(m.Mark, StringComparison.Ordinal)).Select(m => m.Meaning).ToList();
        var bare = IndicatorGridVocabulary.Compact(text).TrimStart('≥', '≤', '>', '<', '=', '≧', '≦', '═', '＝');
        if (IndicatorUnitWords.IsUnit(bare)) found.Add("只有单位、没有数值");
        return found.Count == 0 ? null : string.Join("；", found);
    }
}
