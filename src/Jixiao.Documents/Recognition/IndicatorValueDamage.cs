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

    private static readonly string[] UnitOnly =
        ["%", "％", "个", "人", "人次", "次", "天", "日", "月", "年", "元", "万元", "亿元", "公里", "千米", "米", "平方米", "万平方米", "亩", "万亩", "人数", "万人", "户", "项", "台", "辆", "套", "家", "所", "座", "处", "吨", "条", "份", "篇", "场", "册"];

    /// <summary>What is wrong with <paramref name="text"/>, or null when nothing is.</summary>
    public static string? Describe(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var found = Marks.Where(m => text.Contains(m.Mark, StringComparison.Ordinal)).Select(m => m.Meaning).ToList();
        var bare = IndicatorGridVocabulary.Compact(text).TrimStart('≥', '≤', '>', '<', '=', '≧', '≦', '═', '＝');
        if (bare.Length > 0 && UnitOnly.Contains(bare, StringComparer.Ordinal)) found.Add("只有单位、没有数值");
        return found.Count == 0 ? null : string.Join("；", found);
    }
}
