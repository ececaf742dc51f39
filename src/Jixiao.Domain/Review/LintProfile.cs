namespace Jixiao.Domain.Review;

/// <summary>
/// A CAT-02 keyword rule: an indicator whose name contains one of <see cref="Keywords"/> (and none of
/// <see cref="Except"/>) must be inside (<see cref="MustBeInside"/>) or outside the category group
/// <see cref="Group"/> (template category codes, level-1 or level-2).
/// </summary>
public sealed record CategoryKeywordRule(
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Group,
    bool MustBeInside,
    string Suggestion,
    IReadOnlyList<string>? Except = null);

/// <summary>
/// Thresholds, keyword lists and severity overrides of the lint rules (review-rules.md: "Severities and
/// thresholds are profile configuration"). Money is in 元; percentages are in percent (50 = 50 %).
/// </summary>
public sealed record LintProfile
{
    /// <summary>QNT-01: minimum share (percent) of Quantitative + Frequency indicators.</summary>
    public decimal QuantitativeSharePercent { get; init; } = 50m;
    /// <summary>QNT-04: minimum indicator count when the annual request reaches <see cref="BudgetBandYuan"/>.</summary>
    public int BudgetBandMinIndicators { get; init; } = 8;
    public decimal BudgetBandYuan { get; init; } = 5_000_000m;
    /// <summary>MNY: `约` widens a narrative amount by this fraction (0.005 = 0.5 %).</summary>
    public decimal ApproxTolerance { get; init; } = 0.005m;
    /// <summary>MNY-06: tolerance of the unit header total, in 元.</summary>
    public decimal HeaderToleranceYuan { get; init; } = 50m;
    /// <summary>CMP-05: minimum length (characters, whitespace excluded) of a narrative section.</summary>
    public int NarrativeMinLength { get; init; } = 6;
    /// <summary>CMP-05: characters that end a complete section.</summary>
    public string SentenceEnds { get; init; } = "。；！？）.;!?)》」”";

    /// <summary>Category-code groups used by CAT-02, UNIT-03, OP-01, MNY-08 (template level-1/level-2 codes).</summary>
    public IReadOnlyList<string> SatisfactionCodes { get; init; } = ["Satisfaction", "BeneficiarySatisfaction"];
    public IReadOnlyList<string> CostCodes { get; init; } = ["Cost", "EconomicCost", "SocialCost", "EcologicalCost"];
    public IReadOnlyList<string> QuantityCodes { get; init; } = ["Quantity"];
    public IReadOnlyList<string> TimelinessCodes { get; init; } = ["Timeliness"];

    /// <summary>CAT-02 rules, checked in order; the first hit per indicator is reported.</summary>
    public IReadOnlyList<CategoryKeywordRule> CategoryKeywords { get; init; } =
    [
        new(["投诉", "事故"], ["Satisfaction", "BeneficiarySatisfaction"], MustBeInside: false, "质量指标"),
        new(["满意度", "满意率"], ["Satisfaction", "BeneficiarySatisfaction"], MustBeInside: true, "满意度指标"),
        // Savings wording is a benefit in either word order (`成本节约`, `节省用人成本`): the verbs alone except a name.
        new(["成本", "费用"], ["Cost", "EconomicCost", "SocialCost", "EcologicalCost"], MustBeInside: true, "成本指标", ["节约", "节省", "节支", "降低", "减少"]),
        new(["及时", "响应时间"], ["Timeliness"], MustBeInside: true, "时效指标"),
        new(["制度健全", "制度建设", "管理制度"], ["Quantity", "Satisfaction", "BeneficiarySatisfaction"], MustBeInside: false, "可持续影响指标"),
    ];

    /// <summary>UNIT-03: names of a speed or bandwidth, which need a rate unit (MB/s), not a size (MB).</summary>
    public IReadOnlyList<string> SpeedKeywords { get; init; } = ["速率", "速度", "带宽", "网速"];

    /// <summary>OP-01: names that denote an output quantity.</summary>
    public IReadOnlyList<string> OutputQuantityKeywords { get; init; } = ["次数", "场次", "数量", "个数", "篇", "份", "人次"];
    /// <summary>OP-02: lower-is-better names.</summary>
    public IReadOnlyList<string> LowerIsBetterKeywords { get; init; } =
        ["成本", "费用", "单价", "投诉", "事故", "故障次数", "发生率", "差错率", "响应时间", "损失"];
    /// <summary>OP-02: rate suffixes that make a lower-is-better word higher-is-better (故障修复率).</summary>
    public IReadOnlyList<string> HigherIsBetterRateSuffixes { get; init; } =
        ["修复率", "处理率", "完成率", "解决率", "整改率", "办结率", "响应率", "到位率", "合格率", "维修率"];
    /// <summary>
    /// OP-03: `=100%` on a naturally-`≥` rate, which cannot exceed 100 %, means `≥100%` (scored alike), so it is
    /// reported only when this is true (issue 18: off by default).
    /// </summary>
    public bool ReportFullRateEquals { get; init; }

    /// <summary>CMP-05: last characters that leave a sentence unfinished (`资金拨`, `…的`, `…和`, `、`, `，`).</summary>
    public string CutOffEnds { get; init; } = "拨的和与及或、，,：:（(";

    /// <summary>OP-03: naturally-`≥` rates.</summary>
    public IReadOnlyList<string> NaturallyGeRates { get; init; } =
        ["满意度", "满意率", "知晓率", "合格率", "完成率", "到位率", "通过率", "覆盖率", "成功率", "达标率", "及时率", "稳定率"];

    /// <summary>QNT-02: the standard qualitative vocabulary (target-grammar.md §3 I).</summary>
    public IReadOnlyList<string> QualitativeVocabulary { get; init; } = Targets.QualitativeVocabulary.Words;

    /// <summary>UNIT-05: count nouns that are easily confused (人 vs 人次).</summary>
    public IReadOnlyList<(string A, string B)> ConfusableNouns { get; init; } =
        [("人", "人次"), ("次", "场"), ("个", "家"), ("篇", "份"), ("次", "人次")];

    /// <summary>TXT-01: phrases that are stale in a later budget year.</summary>
    public IReadOnlyList<string> StalePhrases { get; init; } = ["疫情防控", "疫情期间", "十三五"];
    /// <summary>TXT-01: words right before a year that mark history, not a plan (`根据 2023 年申报情况`).</summary>
    public IReadOnlyList<string> HistoryMarkersBefore { get; init; } = ["根据", "参照", "依据", "自", "截至", "于", "较", "比", "同比"];
    /// <summary>TXT-01: words right after `YYYY年` that mark history (`2022 年招标立项`).</summary>
    public IReadOnlyList<string> HistoryMarkersAfter { get; init; } = ["申报", "招标", "立项", "建设完成", "起", "开始", "以来"];
    /// <summary>TXT-03: phrases of an accomplished goal (plus `于{Y}年完成`).</summary>
    public IReadOnlyList<string> AccomplishedPhrases { get; init; } = ["已完成", "完成了", "已实现", "已建成"];
    /// <summary>TXT-04: typo map (wrong → right), seeded with target-grammar.md §2.</summary>
    public IReadOnlyDictionary<string, string> TypoMap { get; init; } = new Dictionary<string, string>
    {
        ["建全"] = "健全",
        ["按排"] = "安排",
        ["布署"] = "部署",
        ["帐户"] = "账户",
    };

    /// <summary>
    /// Severity overrides by rule id (`OP-03`) or rule id and variant (`OP-03/full`). A variant is overridden only
    /// by its own key.
    /// </summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule ids switched off by the administrator: the linter emits none of their findings.</summary>
    public IReadOnlySet<string> OffRules { get; init; } = new HashSet<string>();

    public bool IsOff(string ruleId) => OffRules.Contains(ruleId);

    public static LintProfile Default { get; } = new();
}
