using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>CMP-01…CMP-07: required fields, mandatory level-1s, empty categories and rows, narratives, actuals.</summary>
internal sealed partial class Completeness : IProjectRules
{
    private sealed record RequiredField(string Label, Func<Project, bool> Present);

    // forms.md §3–§6 "req" column (R only; R* and C fields have their own rules): the form definition's required
    // fields, plus what is not a field (the 2020 项目资金投入构成 table) and the 自评表, which has no definition yet.
    private static readonly IReadOnlyDictionary<FormKind, RequiredField[]> Required =
        FormDefinitions.Declarations.ToDictionary(d => d.Form, d => d.Fields.Where(f => f.Required)
            .Select(f => new RequiredField(f.Name, p => f.Read(p).IsPresent))
            .Concat(d.Form == FormKind.MunicipalDeclaration ? [new("项目资金投入构成", p => p.SubProjects.Count > 0)] : [])
            .ToArray());

    // The 自评表 header (forms.md §6) prints the declaration's 项目名称, 主管部门 and 实施单位.
    private static readonly RequiredField[] SelfEvaluationRequired =
        SelfEvaluationForms.District2023.InBlock(FormBlocks.Header).Where(f => f.Required)
            .Select(f => new RequiredField(f.Name, p => f.Read(p).IsPresent)).ToArray();

    /// <summary>The narrative header fields of the 2020 municipal form (项目概况…), by their printed names.</summary>
    private static readonly (NarrativeSection Section, string Label)[] MunicipalSections =
        DeclarationForms.Municipal2020.Fields.Where(f => f.Binding.BoundSection is not null)
            .Select(f => (f.Binding.BoundSection!.Value, f.Name)).ToArray();

    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var p = run.Project;
        if ((TemplateRequired(p) ?? Required.GetValueOrDefault(p.Form) ?? (p.Form == FormKind.SelfEvaluation ? SelfEvaluationRequired : null)) is { } fields)
            foreach (var f in fields.Where(f => !f.Present(p)))
                yield return run.Emit("CMP-01", new Args(("field", f.Label)), field: f.Label);

        if (run.Scope == RuleScope.SelfEvaluation)
        {
            foreach (var f in Actuals(run)) yield return f;
            yield break;
        }

        foreach (var f in MandatoryLevel1(run)) yield return f;
        foreach (var f in EmptyCategories(run)) yield return f;
        foreach (var f in IncompleteRows(run)) yield return f;
        foreach (var f in Narratives(run)) yield return f;
        if (IsBlank(p.OverallGoal) && run.IsMultiYear)
            yield return run.Emit("CMP-06", field: "项目总目标");
    }

    // A form on a data template (ADR-032) requires what its template marks required, by the template's labels. A field
    // is present too where the import kept its printed label's value under the declaration field that label first
    // belonged to (the generic table's `其中：财政拨款` printed as `财政拨款小计 6.30`, kept as 财政资金). On a 自评表 the
    // 实际完成情况 is CMP-07's (one finding per fact).
    private static RequiredField[]? TemplateRequired(Project p) =>
        FormDefinitions.For(p) is { } form && form.Form == p.Form && !FormDefinitions.BuiltIn.Contains(form)
            ? [.. form.Fields.Where(f => f.Required && !(p.Form == FormKind.SelfEvaluation && f.Key == ActualOutcomeKey))
                .Select(f => (Field: f, Printed: SameLabel(f)))
                .Select(x => new RequiredField(x.Field.Name, q => x.Field.Read(q).IsPresent || x.Printed.Any(g => g.Read(q).IsPresent)))]
            : null;

    private static readonly string ActualOutcomeKey = SelfEvaluationForms.District2023.Fields.Single(f => f.Label == "实际完成情况").Key;

    /// <summary>The built-in declaration fields that print one of <paramref name="field"/>'s labels (label or synonym).</summary>
    private static FieldDefinition[] SameLabel(FieldDefinition field)
    {
        var labels = field.Synonyms.Prepend(field.Label).Select(LabelKey).ToHashSet(StringComparer.Ordinal);
        return [.. FormDefinitions.Declarations.SelectMany(d => d.Fields).Where(g => g.Synonyms.Prepend(g.Label).Any(l => labels.Contains(LabelKey(l))))];
    }

    /// <summary>A printed label compared without spaces, `*`, colons and a leading `其中：`.</summary>
    private static string LabelKey(string label)
    {
        var key = string.Concat(label.Where(c => !char.IsWhiteSpace(c) && c is not '*' and not ':' and not '：'));
        return key.StartsWith("其中", StringComparison.Ordinal) ? key[2..] : key;
    }

    private static IEnumerable<Finding> MandatoryLevel1(ProjectRun run)
    {
        // A form printing its own framework on a generic template is not judged by the generic one's level-1s.
        if (run.Template is null || run.OwnFramework) yield break;
        var present = run.Project.Indicators.Select(i => run.Categories(i).L1?.Code).ToHashSet();
        // A level-1 a form of the older framework prints at level 2 (成本指标 under 产出指标) is there (generic templates).
        foreach (var i in run.Project.Indicators.Where(run.OlderFrameworkLevel2)) present.Add(run.Template.FindLevel1(i.Level2)!.Code);
        foreach (var l1 in run.Template.Level1.Where(l => l.MissingSeverity is not null && !present.Contains(l.Code)))
            yield return run.Emit("CMP-02", new Args(("level1", l1.Name)), severity: l1.MissingSeverity, field: "一级指标");
    }

    private static IEnumerable<Finding> EmptyCategories(ProjectRun run)
    {
        var rows = run.Project.Indicators;
        foreach (var group in rows.GroupBy(i => Compact(i.Level1)).Where(g => g.Key.Length > 0))
        {
            if (group.All(IsPlaceholder))
            {
                yield return run.Emit("CMP-03", new Args(("category", group.First().Level1.Trim())), field: "三级指标");
                continue;
            }

            foreach (var sub in group.GroupBy(i => Compact(i.Level2)).Where(g => g.Key.Length > 0 && g.All(IsPlaceholder)))
                yield return run.Emit("CMP-03", new Args(("category", sub.First().Level2.Trim())), field: "三级指标");
        }
    }

    private static IEnumerable<Finding> IncompleteRows(ProjectRun run)
    {
        foreach (var i in run.RealIndicators)
        {
            var labelInName = run.Template?.IsLabelInContentCell(i.Name) == true;
            var labelInValue = run.Template?.IsLabelInContentCell(i.Target.OriginalText) == true;
            if (IsBlank(i.Name) || i.Target.Kind == TargetKind.Empty || labelInName || labelInValue)
                yield return run.Emit("CMP-04", new Args(("row", i.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    indicator: i.Name, field: IsBlank(i.Name) || labelInName ? "三级指标" : "指标值", row: i.Ordinal);
        }
    }

    private static IEnumerable<Finding> Narratives(ProjectRun run)
    {
        var p = run.Project;
        var expected = p.Form switch
        {
            // Only a form that prints the 项目经费情况说明 asks for its sections: another province's template (a
            // data template) prints none, and its 项目概况 field is no 说明 (issue 18 item 4).
            FormKind.DistrictDeclaration when (p.Narrative.Count > 0 || p.NarrativeTitle is not null) && FormDefinitions.For(p)?.Narrative is { } printed =>
                [.. printed.Sections.Select(s => (s.Section, s.Heading))],
            FormKind.MunicipalDeclaration => MunicipalSections,
            _ => [],
        };
        foreach (var (section, label) in expected)
        {
            var text = p.Narrative.TryGetValue(section, out var t) ? t.Trim() : "";
            // Municipal blanks are CMP-01 (required fields); here only short or cut-off text.
            if (p.Form == FormKind.MunicipalDeclaration && text.Length == 0) continue;
            var ending = text.Length == 0 || Compact(text).Length < run.Profile.NarrativeMinLength ? Ending.Incomplete : EndingOf(text, section, run.Profile);
            if (ending != Ending.Complete)
                yield return run.Emit("CMP-05", new Args(("section", label)), variant: ending == Ending.NoFullStop ? "noEnd" : null, field: label);
        }
    }

    private enum Ending
    {
        Complete,
        NoFullStop,
        Incomplete,
    }

    /// <summary>
    /// How a section ends. Cut off: on a word that needs a continuation (profile <see cref="LintProfile.CutOffEnds"/>:
    /// `拨`, `的`, `和`, `、`, `，`). Complete: on a sentence end, a figure, a table row or a list item (`- 4) 机房巡检`).
    /// Otherwise a sentence without its final `。`, which is at most worth a hint. Exempt: 五 (a date range) and 七
    /// (a fixed reference such as `详见单位的项目绩效目标表`).
    /// </summary>
    private static Ending EndingOf(ReadOnlySpan<char> text, NarrativeSection section, LintProfile profile)
    {
        if (section is NarrativeSection.Period or NarrativeSection.TargetsRef) return Ending.Complete;
        var trimmed = text.TrimEnd();
        var last = trimmed[^1];
        if (profile.CutOffEnds.Contains(last)) return Ending.Incomplete;
        if (profile.SentenceEnds.Contains(last) || char.IsDigit(last) || last is '元' or '%') return Ending.Complete;
        var lastLine = trimmed[(trimmed.LastIndexOf('\n') + 1)..];
        return lastLine.Contains('\t') || ListItem().IsMatch(lastLine) ? Ending.Complete : Ending.NoFullStop;
    }

    /// <summary>A list line: `- 4) …`, `* …`, `4) …`, `（4）…`, `①…`.</summary>
    [GeneratedRegex(@"^\s*(?:[-*•·]\s*)?(?:[(（]?\d{1,2}[)）.、．]|[①-⑳]|[-*•·]\s)")]
    private static partial Regex ListItem();

    /// <summary>The project runs beyond its budget year (form dates, narrative periods or the goal header).</summary>
    /// <param name="periods">The periods of a narrative section (<see cref="NarrativePeriods.Extract"/>).</param>
    internal static bool IsMultiYear(Project p, int? budgetYear, Func<NarrativeSection, IReadOnlyList<NarrativePeriod>> periods)
    {
        if (p.OverallGoalYears is { } g && g.To > g.From) return true;
        if (budgetYear is not { } y) return p.PlannedStart?.Year != p.PlannedEnd?.Year;
        var dates = new List<DateOnly>();
        if (p.PlannedStart is { } s) dates.Add(s);
        if (p.PlannedEnd is { } e) dates.Add(e);
        foreach (var section in new[] { NarrativeSection.Overview, NarrativeSection.Period })
            foreach (var period in periods(section))
                dates.AddRange([period.Start, period.End]);
        return dates.Any(d => d.Year != y);
    }

    private static IEnumerable<Finding> Actuals(ProjectRun run)
    {
        foreach (var i in run.RealIndicators.Where(i => i.Actual is null || i.Actual.Kind == TargetKind.Empty))
            yield return run.Emit("CMP-07", indicator: i.Name, field: "实际完成值", row: i.Ordinal);
        if (run.Project.Evaluation is { } e && IsBlank(e.ActualOutcome))
            yield return run.Emit("CMP-07", field: "实际完成情况");
    }
}
