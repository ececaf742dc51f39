namespace Jixiao.Domain.Review;

/// <summary>
/// The lint rules of review-rules.md (CMP, CAT, QNT, UNIT, OP, MNY, RNG, DATE, DUP, TXT) as data: id, default
/// severity, scope and messages. Placeholders use English keys in both languages.
/// </summary>
public static class RuleCatalog
{
    private const RuleScope D = RuleScope.Declaration;
    private const RuleScope S = RuleScope.SelfEvaluation;
    private const RuleScope U = RuleScope.Unit;

    private static RuleDefinition R(string id, Severity severity, RuleScope scope, string zh, string en) =>
        new(id, severity, scope, new RuleMessage(zh, en));

    private static RuleDefinition WithVariant(this RuleDefinition rule, string key, Severity severity, string zh, string en) =>
        rule with { Variants = new Dictionary<string, (Severity, RuleMessage)>(rule.Variants) { [key] = (severity, new RuleMessage(zh, en)) } };

    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        R("CMP-01", Severity.Error, D | S, "{field}为必填项。", "{field} is required."),
        R("CMP-02", Severity.Error, D, "缺少一级指标“{level1}”。", "Level-1 '{level1}' missing."),
        R("CMP-03", Severity.Error, D, "“{category}”下至少设置1个三级指标。", "'{category}' needs ≥1 indicator."),
        R("CMP-04", Severity.Error, D, "第{row}行指标名称或指标值缺失。", "Row {row}: name or value missing."),
        R("CMP-05", Severity.Warning, D, "“{section}”内容不完整。", "Section '{section}' incomplete.")
            .WithVariant("noEnd", Severity.Info, "“{section}”末句没有结束标点，请确认内容完整。", "Section '{section}' ends without a full stop."),
        R("CMP-06", Severity.Warning, D, "跨年度项目应填写项目总目标。", "Multi-year project needs an overall goal."),
        R("CMP-07", Severity.Error, S, "请填写实际完成值。", "Actual value required."),

        R("CAT-01", Severity.Error, D | S, "二级指标“{level2}”不属于“{level1}”（{template}）。", "'{level2}' is not under '{level1}' in {template}."),
        R("CAT-02", Severity.Warning, D | S, "“{name}”与分类“{level1}/{level2}”不符，建议归入“{suggestion}”。", "'{name}' does not fit '{level1}/{level2}'; suggest '{suggestion}'."),

        R("QNT-01", Severity.Warning, D, "定量指标占比{share}%，低于{threshold}%。", "Quantitative share {share}% below {threshold}%."),
        R("QNT-02", Severity.Warning, D, "“{value}”不是规范的定性指标值。", "'{value}' is not a standard qualitative value."),
        R("QNT-03", Severity.Warning, D, "请将名称中的数值“{number}”填为指标值。", "Move '{number}' from the name into the value."),
        R("QNT-04", Severity.Info, D, "资金规模较大，绩效指标偏少。", "Few indicators for the budget."),
        R("QNT-05", Severity.Info, D, "年度总体目标未量化。", "Annual goal not quantified."),

        R("UNIT-01", Severity.Error, D, "定量指标须填写计量单位。", "Unit required."),
        R("UNIT-02", Severity.Warning, D, "计量单位“万”不完整（万元？万人次？）。", "Incomplete unit '万'."),
        R("UNIT-03", Severity.Warning, D, "“{name}”的单位“{unit}”与类别不符。", "Unit '{unit}' unlikely for '{name}'."),
        R("UNIT-05", Severity.Info, D, "指标单位“{unit}”与说明“{narrative}”不一致。", "Unit '{unit}' vs narrative '{narrative}'."),

        R("OP-01", Severity.Warning, D, "产出数量指标使用“≤”，完成0也达标，应为“≥”或“=”？", "Output quantity with '≤': zero output passes."),
        R("OP-02", Severity.Warning, D, "“{name}”通常越低越好，“≥”请确认。", "'{name}' is lower-is-better; '≥' unusual."),
        R("OP-03", Severity.Warning, D, "比率类指标宜用“≥”。", "Rate indicator should use '≥'.")
            .WithVariant("full", Severity.Info, "比率类指标宜用“≥”。", "Rate indicator should use '≥'."),
        R("OP-05", Severity.Info, U, "同义写法不一致：{list}。", "Inconsistent spellings: {list}."),
        R("OP-06", Severity.Warning, D, "指标值无约束意义。", "Target is vacuous.")
            .WithVariant("zero", Severity.Info, "指标值为0，按零目标评分。", "Zero target, scored as such (SC-15)."),

        R("MNY-01", Severity.Error, D, "项目资金总额与其构成不符（差{delta}元）。", "Total ≠ parts (Δ {delta})."),
        R("MNY-02", Severity.Error, D, "年度资金申请总额与其构成不符（差{delta}元）。", "Annual request ≠ parts (Δ {delta})."),
        R("MNY-03", Severity.Error, D, "分项合计{sum}与总额{total}不符。", "Items sum {sum} ≠ total {total}.")
            .WithVariant("extracted", Severity.Warning, "分项合计{sum}与总额{total}不符。", "Items sum {sum} ≠ total {total}."),
        R("MNY-04", Severity.Warning, D, "说明中金额{narrative}与申报表{form}不一致。", "Narrative {narrative} ≠ form {form}."),
        R("MNY-05", Severity.Warning, D, "{quantity}×{price}={result}，与{stated}不符。", "{quantity}×{price}={result} ≠ {stated}."),
        R("MNY-06", Severity.Error, U, "汇总金额/项目数与明细不符。", "Header ≠ projects."),
        R("MNY-07", Severity.Warning, D, "比例{percent}%计算结果{result}与{stated}不符。", "{percent}% gives {result}, not {stated}.")
            .WithVariant("split", Severity.Warning, "分配比例合计{percent}%，不等于100%。", "Split percentages sum to {percent}%, not 100%.")
            .WithVariant("splitAmount", Severity.Warning, "分配金额合计{result}与申请金额{stated}不符。", "Split amounts sum {result} ≠ requested {stated}."),
        R("MNY-08", Severity.Warning, D, "成本指标与预算不匹配。", "Cost target inconsistent with budget."),
        R("MNY-09", Severity.Error, RuleScope.All, "金额格式错误。", "Invalid amount."),

        // A figure outside Bounds.ValueRanges: refused at entry, so only stored older data or a restore can hold one.
        R("RNG-01", Severity.Error, RuleScope.All, "{field}超出允许范围：{reason}。", "{field} is out of range: {reason}."),

        R("DATE-01", Severity.Error, D, "开始日期晚于完成日期。", "Start after end."),
        R("DATE-02", Severity.Warning, D, "计划日期与预算年度不符。", "Dates outside budget year."),
        R("DATE-03", Severity.Warning, D, "实施期间{period}与计划日期{start}–{end}不一致。", "Period {period} ≠ {start}–{end}."),
        R("DATE-04", Severity.Warning, D, "项目说明中实施期间前后不一致。", "Narrative periods conflict.")
            .WithVariant("parts", Severity.Info, "项目说明中实施期间前后不一致；概述分列了多个子项，各期间可能分属不同子项，请确认。",
                "Narrative periods differ; the overview lists several parts, each period may be one part's."),
        R("DATE-05", Severity.Warning, D, "时效目标“{value}”早于项目开始{start}。", "Deadline '{value}' precedes start {start}.")
            .WithVariant("late", Severity.Warning, "时效目标“{value}”晚于计划完成日期{end}。", "Deadline '{value}' is after the planned end {end}."),

        R("DUP-01", Severity.Error, D, "三级指标“{name}”重复。", "Duplicate indicator."),
        R("DUP-02", Severity.Warning, D, "子项目名称“{name}”重复{count}次。", "Sub-item name repeated."),
        R("DUP-03", Severity.Error, U, "项目名称重复。", "Duplicate project."),

        R("TXT-01", Severity.Warning, D | S, "出现早于预算年度的年份{year}。", "Stale year {year}.")
            .WithVariant("phrase", Severity.Warning, "出现过时表述“{phrase}”。", "Stale phrase '{phrase}'."),
        R("TXT-02", Severity.Warning, D, "年度目标与总目标相同。", "Annual goal = overall goal.")
            .WithVariant("singleYear", Severity.Info, "年度目标与总目标相同。", "Annual goal = overall goal."),
        R("TXT-03", Severity.Info, D, "目标表述为已完成事项。", "Goal phrased as done."),
        R("TXT-04", Severity.Info, D | S, "疑似错别字“{typo}”→“{correction}”。", "Possible typo."),
    ];

    private static readonly Dictionary<string, RuleDefinition> ById = All.ToDictionary(r => r.Id);

    /// <summary>The rule with this id; throws <see cref="KeyNotFoundException"/> for an unknown id (a programming error).</summary>
    public static RuleDefinition Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"未知的规则“{id}”。");
}
