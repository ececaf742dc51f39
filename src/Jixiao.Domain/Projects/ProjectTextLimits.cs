using System.Globalization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Projects;

/// <summary>Every text field of a declared or evaluated project checked against <see cref="TextLimits"/>.</summary>
public static class ProjectTextLimits
{
    public static IReadOnlyList<TextLimitViolation> Check(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var found = new TextLimitList();
        // Every text field of the declaration forms, by its definition: key, name and kind of text (names 200, one line 500,
        // narratives 20,000). The 2024 district form's names first; narrative sections are checked with the narrative below.
        foreach (var field in FormDefinitions.DeclarationFields(DeclarationForms.District2024))
            if (field.Kind is FieldKind.Text or FieldKind.Narrative or FieldKind.Choice && field.Binding.BoundSection is null)
                found.Check(field.Text(p), field.TextKind, field.Key, field.Name);
        found.Check(p.NarrativeTitle, TextKind.Short, "narrativeTitle", "项目文本标题");
        foreach (var (section, text) in p.Narrative)
            found.Check(text, TextKind.Narrative, $"narrative.{section}", NarrativeSectionNames.Chinese(section));
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
