using System.Text.RegularExpressions;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Chinese wording of the scoring rules (scoring.md §2) for the printed 得分计算说明: the trail carries rule ids and
/// formulas, a reader of the form needs what each rule means.
/// </summary>
public static partial class ScoreExplanations
{
    /// <summary>The rule the execution-rate row of 得分计算说明 is explained by (SC-02 执行率).</summary>
    public const string ExecutionRule = "SC-02";

    /// <summary>The rule the total row is explained by (SC-30 总分).</summary>
    public const string TotalRule = "SC-30";

    // Trail steps of the execution score: rate (SC-02), score (SC-03), cap (SC-04), zero budget (SC-05).
    private static readonly string[] ExecutionSteps = ["SC-02", "SC-03", "SC-04", "SC-05"];

    /// <summary>Whether a project trail line belongs to the execution score rather than to the total.</summary>
    public static bool IsExecutionStep(string step) =>
        ExecutionSteps.Any(id => step.StartsWith(id, StringComparison.Ordinal));

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["SC-01"] = "分值缺失或不大于 0 的指标不计分。",
        ["SC-02"] = "执行率 = 全年执行数 ÷ 全年预算数（全年预算数为调整后预算，含上年结转）。",
        ["SC-03"] = "执行率得分 = min(执行率, 1) × 分值，保留两位小数。",
        ["SC-04"] = "执行率超过 100% 时，得分以分值为上限。",
        ["SC-05"] = "全年预算数为 0：不计算执行率，执行率一行不适用，总分按各指标分值折算为百分制。",
        ["SC-10"] = "按指标值类型（定量、时限、频次、是否、定性）选用计分规则。",
        ["SC-10/Comparison"] = "实际完成值写成比较式，无法自动计分，须填写具体数值。",
        ["SC-10/NotComparable"] = "实际完成值与指标值的计量单位不可比，由单位在 0 至分值之间打分并说明偏差原因。",
        ["SC-10/Empty"] = "实际完成值为空，不计分。",
        ["SC-10/Unusable"] = "实际完成值的类型与指标值不符，无法计分。",
        ["SC-11"] = "指标方向：≥、> 为正向，≤、< 为反向，= 按指标属性（成本、费用、投诉等为反向）。",
        ["SC-12"] = "正向指标：实际值达到指标值得满分，否则按 实际值 ÷ 指标值 × 分值 计分；实际值不大于 0 得 0 分。",
        ["SC-13/TemplateRatio"] = "反向指标：实际值不超过指标值得满分，否则按 指标值 ÷ 实际值 × 分值 计分。",
        ["SC-13/VendorLinear"] = "反向指标：实际值不超过指标值得满分；超出时按 (1 − 超出部分 ÷ 指标值) × 分值 计分，达到指标值两倍得 0 分。",
        ["SC-13"] = "反向指标：实际值不超过指标值得满分，否则按比例扣减。",
        ["SC-14/Exact"] = "等值指标：与指标值相等得满分，否则按 较小值 ÷ 较大值 × 分值 计分。",
        ["SC-14"] = "等值指标：按指标方向计分。",
        ["SC-15"] = "指标值为 0 的指标：实际值不大于 0 得满分，否则得 0 分。",
        ["SC-16"] = "时限指标：在规定时限内完成得满分，否则按完成程度分档打分并说明偏差原因。",
        ["SC-17"] = "频次指标：按完成次数或覆盖程度计分，未达到的分档打分。",
        ["SC-18"] = "是否指标：与指标值一致得满分，否则得 0 分。",
        ["SC-20"] = "定性指标分三档：达成年度指标 [80%, 100%]，部分达成 [60%, 80%)，未达成 [0, 60%) 的分值。",
        ["SC-30"] = "总分 = 执行率得分 + 各指标得分（各项已保留两位小数，不再取整）。",
        ["SC-31"] = "评价等级：90 分（含）以上为优，80（含）至 90 分为良，60（含）至 80 分为中，60 分以下为差。",
        ["SC-40"] = "执行率低于 80% 时总分按档封顶。",
        ["SC-41"] = "超额完成 30% 以上须说明原因（或按规则扣分）。",
        ["SC-42"] = "得分低于分值时须填写偏差原因。",
        ["SC-44"] = "不适用的指标不计分，总分按适用指标分值折算为百分制。",
        ["SC-70"] = "历史导入的表：无法重新计算的得分沿用原表所印分值。",
    };

    /// <summary>The meaning of a rule id such as `SC-13/TemplateRatio` (falling back to `SC-13`); null for an unknown id.</summary>
    public static string? Of(string ruleId)
    {
        if (Texts.TryGetValue(ruleId, out var text)) return text;
        var slash = ruleId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && Texts.TryGetValue(ruleId[..slash], out var general) ? general : null;
    }

    /// <summary>The rule ids a trail mentions (`SC-41: d = …` → SC-41), in order of appearance, without repeats.</summary>
    public static IReadOnlyList<string> RulesIn(IEnumerable<string> trail) =>
        trail.SelectMany(line => RuleId().Matches(line).Select(m => m.Value)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// One line per rule: `SC-12：正向指标…`, the row's own rule first (a combined rule such as `SC-12+SC-41` gives one
    /// line per part), then the other rules its trail went through.
    /// </summary>
    public static string Explain(string? rule, IEnumerable<string> trail)
    {
        var own = (rule ?? "").Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = own.Concat(RulesIn(trail).Where(id => !own.Any(o => o.StartsWith(id, StringComparison.Ordinal))));
        return string.Join("\n", ids.Distinct(StringComparer.Ordinal).Select(id => Of(id) is { } t ? $"{id}：{t}" : id));
    }

    [GeneratedRegex(@"SC-\d{2}(?:/[A-Za-z]+)?")]
    private static partial Regex RuleId();
}
