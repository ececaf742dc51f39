using Jixiao.Domain.Forms;
using R = Jixiao.Documents.Recognition.IndicatorGridColumnRole;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// The column headers an indicator grid is recognised by: every keyed indicator column of the form definitions
/// (<see cref="FormDefinitions.All"/>), plus the synonyms other provinces print. Headers are compared without
/// whitespace and without their parenthesised part (`指标值(包含数字及文字描述)`, `权重(分)`); a 长期 / 实施期 / 实施周期
/// qualifier marks the long-term column of a pair.
/// </summary>
internal static class IndicatorGridVocabulary
{
    private static readonly (R Role, string[] Labels)[] Synonyms =
    [
        (R.Group, ["绩效指标", "年度绩效指标", "绩效目标指标", "指标"]),
        (R.Level1, ["一级指标", "一级目标", "指标类型", "评价指标", "一级"]),
        (R.Level2, ["二级指标", "二级目标", "评价内容", "二级"]),
        (R.Name, ["三级指标", "三级目标", "指标名称", "指标内容", "具体指标", "绩效指标名称", "三级"]),
        (R.Target, ["指标值", "年度指标值", "目标值", "指标目标值", "年度目标值", "预期指标值", "计划指标值", "预期目标值", "绩效目标值", "指标值(A)"]),
        (R.Comparator, ["指标性质"]),
        (R.Unit, ["度量单位", "计量单位"]),
        (R.Actual, ["实际完成值", "全年实际值", "完成值", "全年完成值", "实际值", "实际完成", "实际完成指标值", "实施进度"]),
        (R.Weight, ["分值", "权重", "参考分值", "指标权重", "权重分值", "标准分值", "指标分值"]),
        (R.Score, ["得分", "指标得分", "自评得分", "实际得分", "评分"]),
        (R.Deviation, ["偏差原因分析及改进措施", "未完成原因分析", "偏差原因", "未完成原因", "未完成原因及拟采取的改进措施", "未完成原因分析及改进措施", "偏差原因分析", "原因分析"]),
        (R.Other, ["绩效标准", "指标解释", "指标说明", "指标描述", "备注", "说明", "评分标准", "佐证材料"]),
    ];

    private static readonly string[] LongTermWords = ["中长期", "长期", "实施期", "实施周期", "中期", "项目期"];
    private static readonly string[] QualifierWords = [.. LongTermWords, "年度", "当年", "本年"];

    private static readonly Dictionary<string, R> Labels = Build();

    private static readonly Dictionary<string, string> Scrambled = Labels.Keys.Where(k => k.Length >= 3 && !k.Contains('(', StringComparison.Ordinal))
        .GroupBy(SortedChars).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);

    private static string SortedChars(string text) => string.Concat(text.Order());

    /// <summary>Every label, longest first: what run-together header text is split by.</summary>
    public static IReadOnlyList<string> LabelsLongestFirst { get; } =
        [.. Labels.Keys.Where(k => !k.Contains('(', StringComparison.Ordinal)).OrderByDescending(k => k.Length)];

    private static Dictionary<string, R> Build()
    {
        var labels = new Dictionary<string, R>(StringComparer.Ordinal);
        foreach (var (role, words) in Synonyms)
            foreach (var w in words) labels[w] = role;
        // The form definitions' keyed columns are the vocabulary's core: a form added with a new label is recognised.
        foreach (var column in FormDefinitions.All.SelectMany(d => d.IndicatorColumns))
        {
            if (column.Key is null || Compact(column.Label) is not { Length: > 0 } label) continue;
            labels.TryAdd(WithoutBrackets(label), RoleOfKey(column.Key));
        }
        return labels;
    }

    private static R RoleOfKey(string key) => key switch
    {
        IndicatorColumnKeys.Level1 => R.Level1,
        IndicatorColumnKeys.Level2 => R.Level2,
        IndicatorColumnKeys.Name => R.Name,
        IndicatorColumnKeys.Target => R.Target,
        IndicatorColumnKeys.Actual => R.Actual,
        IndicatorColumnKeys.Weight => R.Weight,
        IndicatorColumnKeys.Score => R.Score,
        IndicatorColumnKeys.DeviationReason => R.Deviation,
        _ => R.Other,
    };

    /// <summary>The column a printed header stands for, or null when the text is not an indicator-grid header.</summary>
    public static IndicatorGridColumn? Classify(string? header)
    {
        var compact = Compact(header);
        if (compact.Length is 0 or > 24) return null;
        var longTerm = LongTermWords.Any(w => compact.Contains(w, StringComparison.Ordinal));
        if (Labels.TryGetValue(compact, out var role)) return new(role, compact, longTerm);
        var bare = WithoutBrackets(compact);
        if (bare.Length == 0) return null;
        if (Labels.TryGetValue(bare, out role)) return new(role, compact, longTerm);
        foreach (var q in QualifierWords)
            if (bare.StartsWith(q, StringComparison.Ordinal) && Labels.TryGetValue(bare[q.Length..], out role)
                && role is R.Target or R.Actual or R.Level1 or R.Level2 or R.Name)
                return new(role, compact, longTerm);
        // OCR can scramble the characters of a short header (`考值参分` for 参考分值): the same characters in another order.
        if (bare.Length >= 3 && Scrambled.TryGetValue(SortedChars(bare), out var scrambled)) return new(Labels[scrambled], compact, longTerm);
        // `偏差原因分析及改进措施`, `未完成原因及拟采取的措施`: every deviation header starts with its reason word.
        if (bare.StartsWith("偏差原因", StringComparison.Ordinal) || bare.StartsWith("未完成原因", StringComparison.Ordinal))
            return new(R.Deviation, compact, longTerm);
        return null;
    }

    /// <summary>The text without any whitespace (`年度 指标值` → `年度指标值`).</summary>
    public static string Compact(string? text) =>
        text is null ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '|')).Replace('（', '(').Replace('）', ')');

    /// <summary>The text without its parenthesised parts; an unclosed `(` drops the rest.</summary>
    public static string WithoutBrackets(string compact)
    {
        var sb = new System.Text.StringBuilder(compact.Length);
        var depth = 0;
        foreach (var c in compact)
        {
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }
}
