using System.Globalization;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Projects;

/// <summary>Every text field of a declared or evaluated project checked against <see cref="TextLimits"/>.</summary>
public static class ProjectTextLimits
{
    public static IReadOnlyList<TextLimitViolation> Check(Project p)
    {
        var found = new TextLimitList();
        found.Check(p.Name, TextKind.Name, "name", "项目名称");
        found.Check(p.Nature, TextKind.Short, "nature", "项目性质");
        found.Check(p.Category, TextKind.Short, "category", "项目类别");
        found.Check(p.SupervisingDepartment, TextKind.Name, "supervisingDepartment", "主管部门");
        found.Check(p.ImplementingUnit, TextKind.Name, "implementingUnit", "实施单位");
        found.Check(p.OverallGoal, TextKind.Narrative, "overallGoal", "项目总目标");
        found.Check(p.AnnualGoal, TextKind.Narrative, "annualGoal", "年度总体目标");
        found.Check(p.NarrativeTitle, TextKind.Short, "narrativeTitle", "项目文本标题");
        foreach (var (section, text) in p.Narrative)
            found.Check(text, TextKind.Narrative, $"narrative.{section}", NarrativeSectionNames.Chinese(section));
        if (p.Municipal is { } m)
        {
            found.Check(m.DeclaringUnit, TextKind.Name, "municipal.declaringUnit", "申报单位");
            found.Check(m.ContactName, TextKind.Short, "municipal.contactName", "联系人");
            found.Check(m.ContactPhone, TextKind.Short, "municipal.contactPhone", "联系电话");
            found.Check(m.PerformanceType, TextKind.Short, "municipal.performanceType", "绩效类型");
        }
        for (var i = 0; i < p.SubProjects.Count; i++)
            found.Check(p.SubProjects[i].Name, TextKind.Name, $"subProjects[{i}].name", "子项目名称", $"第 {i + 1} 个子项目：");
        for (var i = 0; i < p.Indicators.Count; i++)
        {
            var row = p.Indicators[i];
            var at = $"第 {i + 1} 行指标：";
            found.Check(row.Level1, TextKind.Name, $"indicators[{i}].level1", "一级指标", at);
            found.Check(row.Level2, TextKind.Name, $"indicators[{i}].level2", "二级指标", at);
            found.Check(row.Name, TextKind.Name, $"indicators[{i}].name", "三级指标", at);
            found.Check(row.Target.OriginalText, TextKind.Short, $"indicators[{i}].targetText", "指标值", at);
            found.Check(row.Actual?.OriginalText, TextKind.Short, $"indicators[{i}].actual", "实际完成值", at);
            found.Check(row.DeviationReason, TextKind.Narrative, $"indicators[{i}].deviationReason", "偏差原因分析", at);
        }
        if (p.Evaluation is { } e)
        {
            found.Check(e.ExpectedGoal, TextKind.Narrative, "evaluation.expectedGoal", "预期目标");
            found.Check(e.ActualOutcome, TextKind.Narrative, "evaluation.actualOutcome", "实际完成情况");
        }
        return found;
    }

    /// <summary>
    /// The texts a 自评表 holds itself — 实际完成情况 and, per indicator row, 实际完成值 and 偏差原因分析 — keyed like the
    /// self-evaluation form (`actualOutcome`, `rows[{key}].actualText`): the declaration's texts belong to the approved
    /// version it evaluates (as in Bounds.ProjectValues.CheckEvaluation).
    /// </summary>
    public static IReadOnlyList<TextLimitViolation> CheckEvaluation(Project evaluated)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        var found = new TextLimitList();
        found.Check(evaluated.Evaluation?.ActualOutcome, TextKind.Narrative, "actualOutcome", "实际完成情况");
        foreach (var row in evaluated.Indicators)
        {
            var key = $"rows[{(row.Key is { } k ? k.ToString() : row.Ordinal.ToString(CultureInfo.InvariantCulture))}]";
            var at = $"第 {row.Ordinal} 行指标“{row.Name}”：";
            found.Check(row.Actual?.OriginalText, TextKind.Short, key + ".actualText", "实际完成值", at);
            found.Check(row.DeviationReason, TextKind.Narrative, key + ".deviationReason", "偏差原因分析", at);
        }
        return found;
    }
}
