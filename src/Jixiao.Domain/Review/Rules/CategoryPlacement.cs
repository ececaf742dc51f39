using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>CAT-01 (level-2 under the wrong level-1 of the form's template) and CAT-02 (name vs category keywords).</summary>
internal sealed class CategoryPlacement : IProjectRules
{
    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var template = run.Template;
        if (template is null) yield break;
        foreach (var i in run.Project.Indicators.Where(i => !IsPlaceholder(i)))
        {
            var l1 = template.FindLevel1(i.Level1);
            // A blank level-1 cannot be judged here (the importer resolves drifted labels, forms.md §8).
            // A level-2 cell repeating its level-1 (满意度指标 / 满意度指标: one merged cell) places nothing; a level-1 of
            // the form's own framework on a generic template is not this template's to judge (ProjectRun.OwnFramework).
            var placedWrong = !IsBlank(i.Level1) && !IsBlank(i.Level2) && !RepeatsLevel1(i) && !run.OlderFrameworkLevel2(i)
                && (l1 is null ? !run.OwnFramework : template.FindLevel2(i.Level2, l1) is null);
            if (placedWrong)
                yield return run.Emit("CAT-01",
                    new Args(("level2", i.Level2.Trim()), ("level1", i.Level1.Trim()), ("template", template.Title)),
                    indicator: i.Name, field: "二级指标", row: i.Ordinal);

            var name = Compact(i.Name);
            foreach (var rule in run.Profile.CategoryKeywords)
            {
                if (!ContainsAny(name, rule.Keywords) || (rule.Except is { } ex && ContainsAny(name, ex))) continue;
                if (InGroup(run, template, i, rule.Group) == rule.MustBeInside) continue;
                yield return run.Emit("CAT-02",
                    new Args(("name", name), ("level1", i.Level1.Trim()), ("level2", i.Level2.Trim()), ("suggestion", rule.Suggestion)),
                    indicator: i.Name, field: "三级指标", row: i.Ordinal);
                break;
            }
        }
    }

    private static bool RepeatsLevel1(Projects.Indicator i) =>
        Templates.IndicatorTemplate.LabelKey(i.Level1) == Templates.IndicatorTemplate.LabelKey(i.Level2);

    /// <summary>
    /// The row's category is in the group, judged by its level-2 alone when that level-2 sits under another level-1:
    /// `成本控制` under 项目完成指标/成本指标 is a cost indicator whose level-2 is misplaced (CAT-01), not a name
    /// under the wrong category, and so is `建设项目成本` under a 2020 form's 产出指标/成本指标.
    /// </summary>
    private static bool InGroup(ProjectRun run, Templates.IndicatorTemplate template, Projects.Indicator i, IReadOnlyList<string> codes) =>
        run.InGroup(i, codes) || (template.FindLevel2(i.Level2) is { } l2 && codes.Contains(l2.Child.Code)) ||
        // A level-2 label that names a level-1 of the template (`成本指标` under an older form's 产出指标).
        (template.FindLevel1(i.Level2) is { } asLevel1 && codes.Contains(asLevel1.Code));
}
