using Jixiao.Domain.Text;

namespace Jixiao.Domain.Monitoring;

/// <summary>The texts of one indicator row of a 运行监控表, with the row it belongs to.</summary>
/// <param name="Key">The row's key in the report body (the indicator key).</param>
public sealed record MonitoringRowText(string Key, int Ordinal, string Indicator, string? Progress, string? Forecast,
    string? DeviationReason, string? CorrectiveAction);

/// <summary>Every text of a 运行监控表 checked against <see cref="TextLimits"/>, keyed like the report body.</summary>
public static class MonitoringTextLimits
{
    public static IReadOnlyList<TextLimitViolation> Check(string? budgetDeviationReason, string? budgetCorrectiveAction, IEnumerable<MonitoringRowText> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var found = new TextLimitList();
        found.Check(budgetDeviationReason, TextKind.Narrative, "budgetDeviationReason", "预算执行偏差原因分析");
        found.Check(budgetCorrectiveAction, TextKind.Narrative, "budgetCorrectiveAction", "预算执行纠偏措施");
        foreach (var row in rows)
        {
            var key = $"rows[{row.Key}]";
            var at = $"第 {row.Ordinal} 行指标“{row.Indicator}”：";
            found.Check(row.Progress, TextKind.Short, key + ".progressText", "实际完成值", at);
            found.Check(row.Forecast, TextKind.Short, key + ".forecastText", "全年预计完成值", at);
            found.Check(row.DeviationReason, TextKind.Narrative, key + ".deviationReason", "偏差原因分析", at);
            found.Check(row.CorrectiveAction, TextKind.Narrative, key + ".correctiveAction", "纠偏措施", at);
        }
        return found;
    }
}
