using Jixiao.Domain.Projects;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// DUP-01 (duplicate 三级 names) and DUP-02 (duplicate sub-item names) within one project, names compared by
/// <see cref="IndicatorIdentity.NameKey"/>.
/// </summary>
internal sealed class Duplicates : IProjectRules
{
    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var p = run.Project;
        var named = run.RealIndicators.Where(i => !IsBlank(i.Name)).ToList();
        var keys = named.Select(i => IndicatorIdentity.NameKey(i.Name)).ToList();
        // Most forms have no repeated name: one set check instead of building every group.
        var repeated = keys.Count > 1 && keys.ToHashSet().Count < keys.Count;
        foreach (var group in repeated ? named.Select((i, n) => (Key: keys[n], Row: i)).GroupBy(x => x.Key, x => x.Row).Where(g => g.Count() > 1) : [])
        {
            var second = group.Skip(1).First();
            yield return run.Emit("DUP-01", new Args(("name", Compact(second.Name))), indicator: second.Name, field: "三级指标",
                row: second.Ordinal, evidence: string.Join(", ", group.Select(i => i.Ordinal)));
        }

        foreach (var group in p.SubProjects.Where(s => !IsBlank(s.Name)).GroupBy(s => IndicatorIdentity.NameKey(s.Name)).Where(g => g.Count() > 1))
            yield return run.Emit("DUP-02", new Args(("name", Compact(group.First().Name)), ("count", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture))),
                field: "子项目名称");
    }
}
