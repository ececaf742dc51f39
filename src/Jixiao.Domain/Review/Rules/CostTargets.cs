using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>MNY-08: cost targets against the budget and the narrative's per-head costs.</summary>
internal sealed class CostTargets : IProjectRules
{
    private static readonly string[] AverageWords = ["平均", "人均", "单价", "单位"];

    public IEnumerable<Finding> Check(ProjectRun run)
    {
        if (run.Scope == RuleScope.SelfEvaluation) return [];
        return Check(run, run.Project);
    }

    /// <summary>
    /// MNY-08: a per-unit cost cap × its matching count target ≤ 年度资金申请总额; a total cost cap ≤ the budget;
    /// an average-cost cap ≥ the per-head costs of the narrative. `万` alone in a cost row reads as 万元 (§7).
    /// </summary>
    private static IEnumerable<Finding> Check(ProjectRun run, Project p)
    {
        var budget = p.Funds.AnnualRequestTotal ?? p.Funds.ProjectFundsTotal;
        var rows = run.RealIndicators;
        var perHead = MoneyText.BudgetSections
            .Where(p.Narrative.ContainsKey)
            .SelectMany(run.Amounts)
            .Where(a => a.Role == AmountRole.PerUnit && a.Per is null or "年" or "人")
            .ToList();
        foreach (var i in rows.Where(i => run.InGroup(i, run.Profile.CostCodes)))
        {
            var t = i.Target;
            if (t is not { Kind: TargetKind.Quantitative, Value: { } v, Unit: { } unit } || t.Op is Comparator.Ge or Comparator.Gt) continue;
            var scale = unit.Dim == Dimension.Currency ? unit.Scale : Compact(unit.Text).StartsWith('万') ? 10_000m : 0m;
            if (scale == 0m) continue;
            var cap = v * scale;
            var name = Compact(i.Name);
            string? evidence = null;
            if (unit.Per is { } per)
            {
                if (MatchingCount(i, per, rows) is { Target.Value: { } count } counter && budget is { } b && cap * count > b)
                    evidence = $"{Describe(t)} × {Describe(counter.Target)} = {Fmt.Yuan(cap * count)} > {Fmt.Yuan(b)}";
            }
            else if (ContainsAny(name, AverageWords))
            {
                var higher = perHead.FirstOrDefault(a => a.Yuan > cap);
                if (higher is not null) evidence = $"{Describe(t)} < {higher.Text}";
            }
            else if (budget is { } b && cap > b)
            {
                evidence = $"{Describe(t)} > {Fmt.Yuan(b)}";
            }

            if (evidence is not null)
                yield return run.Emit("MNY-08", indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: evidence);
        }
    }

    /// <summary>The count row measured in <paramref name="per"/> whose name shares the most with the cost row's name.</summary>
    private static Indicator? MatchingCount(Indicator cost, string per, IReadOnlyList<Indicator> rows)
    {
        var candidates = rows
            .Where(r => r.Target is { Kind: TargetKind.Quantitative, Op: Comparator.Eq or Comparator.Ge or Comparator.Le, Value: not null, Unit: { Dim: Dimension.Count, Per: null } u }
                        && (u.Base == per || Compact(r.Name).Contains(per, StringComparison.Ordinal)))
            .ToList();
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var best = candidates.MaxBy(r => CommonPrefix(Compact(r.Name), Compact(cost.Name)));
        return best is not null && CommonPrefix(Compact(best.Name), Compact(cost.Name)) >= 2 ? best : null;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
