namespace Jixiao.Documents.Recognition;

/// <summary>
/// Units printed in indicator values that the target grammar knows only by spelling (length, area, mass): with the
/// grammar's own count and money units they tell `≥266米` (a value) from `≥24500人未完成` (a value then a word).
/// </summary>
internal static class IndicatorUnitWords
{
    private static readonly HashSet<string> Words =
    [
        "%", "％", "个", "人", "人次", "次", "天", "日", "月", "年", "元", "万元", "亿元", "公里", "千米", "米", "厘米", "平方米", "万平方米",
        "亩", "万亩", "万人", "户", "项", "台", "辆", "套", "家", "所", "座", "处", "吨", "条", "份", "篇", "场", "册", "种", "例", "株", "棵", "公顷",
    ];

    public static bool IsUnit(string? text) => text is not null && Words.Contains(text.Trim());
}
