namespace Jixiao.Documents.Forms;

/// <summary>
/// Heuristic: does a cell look like an indicator value (指标值 / 实际完成值) rather than a name? Used only
/// where the layout does not say which column a cell belongs to (a lone cell, PDF token streams).
/// </summary>
internal static class ValueLook
{
    // Words that make up qualitative values in the seeds and their published counterparts (target-grammar §3).
    private static readonly string[] QualitativeWords =
    [
        "健全", "建全", "建立", "完整", "完善", "及时", "按时", "提升", "提高", "改善", "满意", "稳定", "合格", "良好", "有效", "规范",
        "合理", "准确", "达标", "匹配", "完成", "优秀", "正常", "通过", "公开", "减少", "降低", "节省", "节约", "符合", "顺畅",
        "合规", "完备", "安全", "可持续", "无", "是", "否", "有所", "增加", "增长", "控制", "不超过", "不低于", "不少于", "小于", "大于",
        "低于", "高于", "至少", "应修尽修", "当年内", "年内", "以上", "以下", "以内", "之内", "前", "底", "环保", "节能",
    ];

    // A value that states a relation (`不超过系统正常运维成本`, `控制于预算内`, `比上一年度有所减少`).
    private static readonly string[] RelationWords = ["不超过", "不低于", "不少于", "不高于", "小于", "大于", "低于", "高于", "至少", "控制", "比上", "较上", "按计划", "应修尽修"];

    // Indicator names end like this (及时性, 完成率, 满意度, 次数, 数量); values do not.
    private static readonly string[] NameSuffixes = ["性", "率", "度", "数", "量", "情况", "人次", "场次", "费用", "成本", "时效", "时间"];

    public static bool LooksLikeValue(string? text)
    {
        var s = CellText.Compact(CellText.Clean(text));
        if (s.Length == 0) return false;
        var c = s[0];
        if (c is '=' or '＝' or '≥' or '≤' or '>' or '<' or '＞' or '＜' or '$' or '\\' or '±' or '≈') return true;
        if (char.IsDigit(c)) return true;
        if (s.Contains('%') || s.Contains('％') || s.Contains('≥') || s.Contains('≤')) return true;
        if (s.StartsWith("全年", StringComparison.Ordinal) && s.Any(char.IsDigit)) return true; // `全年≤5次`, not `全年线路巡检次数`
        foreach (var w in RelationWords)
            if (s.StartsWith(w, StringComparison.Ordinal)) return true;
        if (s.Length > 12) return false;
        foreach (var suffix in NameSuffixes)
            if (s.EndsWith(suffix, StringComparison.Ordinal)) return false;
        if (s[0] == '每' && (s.EndsWith('次') || s.EndsWith('天') || s.EndsWith("小时", StringComparison.Ordinal) || s.EndsWith('前'))) return true;
        // Qualitative values start or end with their word (`健全有效`, `执行情况良好`); names merely contain one.
        foreach (var w in QualitativeWords)
            if ((s.StartsWith(w, StringComparison.Ordinal) || s.EndsWith(w, StringComparison.Ordinal)) && s.Length <= w.Length + 8) return true;
        return false;
    }

    /// <summary>A bare number (分值/得分 candidate): `5`, `10`, `4.5`.</summary>
    public static bool IsBareNumber(string? text)
    {
        var s = CellText.Compact(CellText.Clean(text));
        if (s.Length == 0 || s.Length > 8) return false;
        var dot = false;
        foreach (var ch in s)
        {
            if (ch == '.' && !dot) { dot = true; continue; }
            if (!char.IsAsciiDigit(ch)) return false;
        }
        return char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[^1]);
    }

    /// <summary>An atom that may stand alone in a space-separated run of cells: `=99%`, `5`, `无`, `提升`.</summary>
    public static bool IsAtom(string token)
    {
        if (token.Length == 0) return false;
        if (IsBareNumber(token)) return true;
        if (token is "无" or "—" or "-" or "/") return true;
        var c = token[0];
        if ((c is '=' or '≥' or '≤' or '>' or '<' || char.IsDigit(c)) && token.Length > 1 && char.IsDigit(token[^1]) || token.EndsWith('%'))
            return token.Any(char.IsDigit);
        return LooksLikeValue(token) && !token.Any(char.IsDigit) && token.Length <= 6;
    }
}
