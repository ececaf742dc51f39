using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// One self-evaluation check of review-rules.md (id, default severity, Chinese message with `{name}` placeholders).
/// </summary>
public sealed record SelfEvaluationRule(string Id, Severity Severity, string Message)
{
    /// <summary>A finding on <paramref name="project"/> (and <paramref name="indicator"/>), placeholders filled.</summary>
    public Finding At(
        Project project,
        Indicator? indicator = null,
        string? field = null,
        string? evidence = null,
        Severity? severity = null,
        params (string Name, string Value)[] args)
    {
        var text = args.Aggregate(Message, (m, a) => m.Replace("{" + a.Name + "}", a.Value, StringComparison.Ordinal));
        return new Finding(Id, severity ?? Severity, text, project.Name, indicator?.Name, field, indicator?.Ordinal, evidence);
    }
}

/// <summary>The SE rules (review-rules.md, section SE) and the CMP rules the scorer raises.</summary>
public static class SelfEvaluationRules
{
    public static SelfEvaluationRule Cmp01 { get; } = new("CMP-01", Severity.Error, "{字段}为必填项。");
    public static SelfEvaluationRule Cmp07 { get; } = new("CMP-07", Severity.Error, "请填写实际完成值。");
    public static SelfEvaluationRule Se01 { get; } = new("SE-01", Severity.Error, "实际完成值应为实际数值，不应为“{值}”。");
    public static SelfEvaluationRule Se02 { get; } = new("SE-02", Severity.Error, "实际完成值格式不符。");
    public static SelfEvaluationRule Se03 { get; } = new("SE-03", Severity.Warning, "单位不一致：{u1}/{u2}{后缀}。");
    public static SelfEvaluationRule Se04 { get; } = new("SE-04", Severity.Error, "得分超出[0,{w}]。");
    public static SelfEvaluationRule Se05 { get; } = new("SE-05", Severity.Error, "{指标}实际得分区间为[{lo},{hi}]。");
    public static SelfEvaluationRule Se06 { get; } = new("SE-06", Severity.Error, "得分低于分值，请填写偏差原因及改进措施。");
    public static SelfEvaluationRule Se07 { get; } = new("SE-07", Severity.Warning, "指标已达成但被扣分。");
    public static SelfEvaluationRule Se08 { get; } = new("SE-08", Severity.Error, "指标未达成却得满分。");
    public static SelfEvaluationRule Se09 { get; } = new("SE-09", Severity.Error, "分值合计不符合权重要求：{详情}。");
    public static SelfEvaluationRule Se10 { get; } = new("SE-10", Severity.Error, "合计或执行率计算错误。");
    public static SelfEvaluationRule Se11 { get; } = new("SE-11", Severity.Warning, "得分与规则计算值{c}不同。");
    public static SelfEvaluationRule Se12 { get; } = new("SE-12", Severity.Warning, "完成值超出指标值{d}%，请分析原因。");
    public static SelfEvaluationRule Se13 { get; } = new("SE-13", Severity.Error, "执行率应以全年预算数计算。");
    public static SelfEvaluationRule Se14 { get; } = new("SE-14", Severity.Warning, "执行数超过全年预算数。");
    public static SelfEvaluationRule Se15 { get; } = new("SE-15", Severity.Warning, "请提供达成依据。");
    public static SelfEvaluationRule Se16 { get; } = new("SE-16", Severity.Warning, "“{名称}”按{per}计，但{计数}为0。");
    public static SelfEvaluationRule Se17 { get; } = new("SE-17", Severity.Error, "自评指标与批复目标不一致。");
    public static SelfEvaluationRule Se18 { get; } = new("SE-18", Severity.Warning, "产出数量实际为0却得满分，请确认指标方向。");

    public static IReadOnlyList<SelfEvaluationRule> All { get; } =
        [Cmp01, Cmp07, Se01, Se02, Se03, Se04, Se05, Se06, Se07, Se08, Se09, Se10, Se11, Se12, Se13, Se14, Se15, Se16, Se17, Se18];

    /// <summary>SC-42: blank, `无`, `/`, `-`, `—` count as an empty 偏差原因.</summary>
    public static bool IsEmptyReason(string? reason)
    {
        var t = reason?.Trim() ?? "";
        return t is "" or "无" or "/" or "-" or "—" or "／" or "——";
    }
}
