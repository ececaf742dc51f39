namespace Jixiao.Documents.Recognition;

/// <summary>The cells that close an indicator grid: what forms print below it (notes, totals, signatures).</summary>
internal static class IndicatorGridEnd
{
    private static readonly string[] Starts =
    [
        "其他需说明", "其他需要说明", "其他说明", "总分", "合计", "附件", "填报人", "联系人", "联系电话", "审核人", "单位负责人", "财务负责人",
        "注:", "说明:", "备注:", "扫一扫", "评价结论", "自评结论", "自评等级", "评价等级", "长期目标", "年度目标", "总体目标", "年度总体目标",
    ];

    private const int MinimumSentenceLength = 30;

    /// <summary>True for a closing label, a numbered heading (`二、`, `(三)`, `3.`) or a sentence of narrative text.</summary>
    public static bool IsEnd(string? text)
    {
        var compact = IndicatorGridVocabulary.Compact(text);
        return IsClosingLabel(compact) || (compact.Length >= MinimumSentenceLength && compact.EndsWith('。'));
    }

    /// <summary>True for a closing label or a numbered heading at the start of <paramref name="text"/>.</summary>
    public static bool IsClosingLabel(string? text)
    {
        var compact = IndicatorGridVocabulary.Compact(text).Replace('：', ':');
        return compact.Length > 0 && (Starts.Any(s => compact.StartsWith(s, StringComparison.Ordinal)) || IsHeading(compact));
    }

    private const string ChineseNumerals = "一二三四五六七八九十";

    private static bool IsHeading(string compact)
    {
        var i = compact[0] == '(' ? 1 : 0;
        var from = i;
        if (i < compact.Length && ChineseNumerals.Contains(compact[i], StringComparison.Ordinal))
        {
            while (i < compact.Length && ChineseNumerals.Contains(compact[i], StringComparison.Ordinal)) i++;
            return i < compact.Length && (compact[i] == '、' || (from == 1 && compact[i] == ')'));
        }
        while (i < compact.Length && char.IsAsciiDigit(compact[i])) i++;
        return i > from && i < compact.Length - 1 && compact[i] is '.' or '、' or '．' && !char.IsAsciiDigit(compact[i + 1]);
    }
}
