using Jixiao.Domain.Scoring;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// When a 运行监控表 may be submitted (workflow.md §4): its required fields are filled (<see cref="MonitoringForm"/>: the two
/// money figures), and every red or yellow light
/// (budget or indicator) carries 偏差原因分析 and 纠偏措施 (blank, `无`, `/`, `—` count as empty, as SC-42).
/// </summary>
public static class MonitoringSubmitRule
{
    /// <summary>Red and yellow lights need an explanation; green does not.</summary>
    public static bool ReasonRequired(Light light) => light != Light.Green;

    /// <summary>The light needs an explanation and the reason or the action is empty.</summary>
    public static bool ReasonMissing(Light light, string? reason, string? action) =>
        ReasonRequired(light) && (SelfEvaluationRules.IsEmptyReason(reason) || SelfEvaluationRules.IsEmptyReason(action));

    /// <summary>Each thing that blocks submission as a Chinese sentence, in form order; empty when the report may be submitted.</summary>
    public static IReadOnlyList<string> Problems(MonitoringContent content, int periodEndMonth, LightResult budget, bool budgetReasonMissing,
        IReadOnlyList<MonitoringRowResult> rows)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(rows);
        List<string> problems = [];
        foreach (var field in MonitoringForm.Entered.Where(f => f.Required && !content.Value(f.Key).IsPresent))
            problems.Add($"请填写{MonitoringForm.Printed(field.Name, periodEndMonth)}。");
        if (budgetReasonMissing) problems.Add($"预算执行为{LightNames.Chinese(budget.Light)}，请填写偏差原因分析和纠偏措施。");
        foreach (var row in rows.Where(r => r.ReasonMissing))
            problems.Add($"指标“{row.Name}”为{LightNames.Chinese(row.Light.Light)}，请填写偏差原因分析和纠偏措施。");
        return problems;
    }
}
