using Jixiao.Domain.Text;

namespace Jixiao.Domain.Projects;

/// <summary>One field of a project that is longer than <see cref="TextLimits"/> allows.</summary>
/// <param name="Field">Where it is, in the stored form's terms (`name`, `indicators[2].name`), for API clients.</param>
/// <param name="Message">The Chinese refusal naming the field (and the indicator row).</param>
public sealed record TextLimitViolation(string Field, string Message);

/// <summary>Every text field of a declared or evaluated project checked against <see cref="TextLimits"/>.</summary>
public static class ProjectTextLimits
{
    public static IReadOnlyList<TextLimitViolation> Check(Project p)
    {
        var found = new List<TextLimitViolation>();
        void Add(string? text, TextKind kind, string key, string label, string where = "")
        {
            if (TextLimits.Check(text, kind, label) is { } message) found.Add(new TextLimitViolation(key, where + message));
        }

        Add(p.Name, TextKind.Name, "name", "项目名称");
        Add(p.Nature, TextKind.Short, "nature", "项目性质");
        Add(p.Category, TextKind.Short, "category", "项目类别");
        Add(p.SupervisingDepartment, TextKind.Name, "supervisingDepartment", "主管部门");
        Add(p.ImplementingUnit, TextKind.Name, "implementingUnit", "实施单位");
        Add(p.OverallGoal, TextKind.Narrative, "overallGoal", "项目总目标");
        Add(p.AnnualGoal, TextKind.Narrative, "annualGoal", "年度总体目标");
        Add(p.NarrativeTitle, TextKind.Short, "narrativeTitle", "项目文本标题");
        foreach (var (section, text) in p.Narrative)
            Add(text, TextKind.Narrative, $"narrative.{section}", NarrativeSectionNames.Chinese(section));
        if (p.Municipal is { } m)
        {
            Add(m.DeclaringUnit, TextKind.Name, "municipal.declaringUnit", "申报单位");
            Add(m.ContactName, TextKind.Short, "municipal.contactName", "联系人");
            Add(m.ContactPhone, TextKind.Short, "municipal.contactPhone", "联系电话");
            Add(m.PerformanceType, TextKind.Short, "municipal.performanceType", "绩效类型");
        }
        for (var i = 0; i < p.SubProjects.Count; i++)
            Add(p.SubProjects[i].Name, TextKind.Name, $"subProjects[{i}].name", "子项目名称", $"第 {i + 1} 个子项目：");
        for (var i = 0; i < p.Indicators.Count; i++)
        {
            var row = p.Indicators[i];
            var at = $"第 {i + 1} 行指标：";
            Add(row.Level1, TextKind.Name, $"indicators[{i}].level1", "一级指标", at);
            Add(row.Level2, TextKind.Name, $"indicators[{i}].level2", "二级指标", at);
            Add(row.Name, TextKind.Name, $"indicators[{i}].name", "三级指标", at);
            Add(row.Target.OriginalText, TextKind.Short, $"indicators[{i}].targetText", "指标值", at);
            Add(row.Actual?.OriginalText, TextKind.Short, $"indicators[{i}].actual", "实际完成值", at);
            Add(row.DeviationReason, TextKind.Narrative, $"indicators[{i}].deviationReason", "偏差原因分析", at);
        }
        return found;
    }
}
