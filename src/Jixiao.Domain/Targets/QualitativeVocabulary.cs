namespace Jixiao.Domain.Targets;

/// <summary>
/// The qualitative words of target-grammar.md §3 I and the direction words of §3 J, as data, once: the grammar parses
/// with them and lint (QNT-02, through <see cref="Review.LintProfile.QualitativeVocabulary"/>) tells standard values
/// from others with them. A multi-word value (`健全、规范`) is standard when every word between `、` is.
/// </summary>
public static class QualitativeVocabulary
{
    /// <summary>Suffix that makes a standard word ordinal: `合格及以上` = 合格 or better.</summary>
    public const string OrdinalSuffix = "及以上";

    /// <summary>Standard words seen in the seeds [S].</summary>
    public static IReadOnlyList<string> StandardWords { get; } =
    [
        "健全", "健全有效", "建立健全", "健全规范", "规范", "规范完整", "完整", "完备", "合规", "符合", "合格", "达标",
        "通过", "有效", "稳定", "正常", "正常稳定", "安全可持续", "良好", "优秀", "执行情况良好", "满意", "及时",
        "按时完成", "按计划及时完成", "顺畅", "合理", "匹配", "准确", "公开", "完成", "应修尽修", "档案整理完整",
        "有相关技术经验", "节能", "环保",
    ];

    /// <summary>Bare relative words (Reference = PriorYear): 提升 提高 改善 减少 节省 [S]; 降低 增加 [I].</summary>
    public static IReadOnlyList<string> RelativeWords { get; } = ["提升", "提高", "改善", "减少", "节省", "降低", "增加"];

    /// <summary>Ordinal words listed by §3 I (`Ordinal`): 合格及以上.</summary>
    public static IReadOnlyList<string> OrdinalWords { get; } = ["合格及以上"];

    /// <summary>The whole vocabulary of §3 I: standard, ordinal and bare relative words (QNT-02's default list).</summary>
    public static IReadOnlyList<string> Words { get; } = [.. StandardWords, .. OrdinalWords, .. RelativeWords];

    /// <summary>Words of a relative phrase that mean "more than the reference" (`比上一年度有所提升` → &gt;), §3 J.</summary>
    public static IReadOnlyList<string> IncreaseWords { get; } = ["提升", "提高", "增加", "增长", "上升", "改善"];

    /// <summary>Words of a relative phrase that mean "less than the reference" (`比上一年度有所减少` → &lt;), §3 J.</summary>
    public static IReadOnlyList<string> DecreaseWords { get; } = ["减少", "降低", "下降", "节省", "节约"];

    private static readonly HashSet<string> Standard = new(StandardWords, StringComparer.Ordinal);
    private static readonly HashSet<string> Relative = new(RelativeWords, StringComparer.Ordinal);

    public static bool IsStandard(string word) => Standard.Contains(word);

    /// <summary>`合格及以上`: a standard word followed by <see cref="OrdinalSuffix"/>.</summary>
    public static bool IsOrdinal(string word) =>
        word.Length > OrdinalSuffix.Length
        && word.EndsWith(OrdinalSuffix, StringComparison.Ordinal)
        && Standard.Contains(word[..^OrdinalSuffix.Length]);

    /// <summary>
    /// Adverbs that may lead a bare relative word without changing its meaning (`有所提升`, `逐步提高`, `进一步改善`) [I]:
    /// review accepts these phrases, so the editor must not call them non-standard (ADR-033).
    /// </summary>
    public static IReadOnlyList<string> RelativeAdverbs { get; } = ["有所", "逐步", "进一步", "持续", "稳步", "不断", "逐年"];

    /// <summary>A bare relative word, optionally after one of <see cref="RelativeAdverbs"/> [I].</summary>
    public static bool IsRelative(string word) => RelativeRoot(word) is not null;

    /// <summary>The relative word inside <paramref name="word"/> (`逐步提高` → `提高`), or null when it is not one.</summary>
    public static string? RelativeRoot(string word)
    {
        if (Relative.Contains(word))
        {
            return word;
        }

        foreach (var adverb in RelativeAdverbs)
        {
            if (word.StartsWith(adverb, StringComparison.Ordinal) && Relative.Contains(word[adverb.Length..]))
            {
                return word[adverb.Length..];
            }
        }

        return null;
    }

    /// <summary>
    /// The one answer to "is this qualitative value non-standard?" (QNT-02 and the editor's hint): unrecognised text,
    /// or a word (or the relative word inside a phrase) outside <paramref name="vocabulary"/>. Other kinds are never.
    /// </summary>
    public static bool IsNonStandard(TargetValue value, IReadOnlyCollection<string> vocabulary) =>
        value.Kind == TargetKind.Qualitative
        && (value.HasNote(ParseNote.Unrecognised) || value.Words is null
            || value.Words.Any(w => !vocabulary.Contains(RelativeRoot(w) ?? w)));
}
