using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Templates;
using static Jixiao.Domain.Scoring.ScoreMath;
using R = Jixiao.Domain.Scoring.SelfEvaluationRules;

namespace Jixiao.Domain.Scoring;

/// <summary>Project-level self-evaluation checks (SE-09, SE-10 totals, SE-16, SE-17).</summary>
public static class SelfEvaluationChecks
{
    /// <summary>
    /// SE-17: the evaluated form's indicator rows and targets must equal the approved declaration's. Rows are matched
    /// by <see cref="IndicatorIdentity"/>; one Error per missing, extra or changed row.
    /// </summary>
    public static IReadOnlyList<Finding> CompareWithApproved(Project evaluated, Project approved)
    {
        List<Finding> findings = [];
        var approvedRows = approved.Indicators.ToLookup(IndicatorIdentity.Of);
        var evaluatedRows = evaluated.Indicators.ToLookup(IndicatorIdentity.Of);
        foreach (var row in evaluated.Indicators)
        {
            var match = approvedRows[IndicatorIdentity.Of(row)].FirstOrDefault();
            if (match is null)
                findings.Add(R.Se17.At(evaluated, row, "三级指标", $"批复版本无此指标：{row.Name}"));
            else if (!Equals(match.Target, row.Target))
                findings.Add(R.Se17.At(evaluated, row, "年度指标值", $"批复 {match.Target.Canonical}，自评 {row.Target.Canonical}"));
        }
        foreach (var row in approved.Indicators.Where(r => !evaluatedRows.Contains(IndicatorIdentity.Of(r))))
            findings.Add(new Finding(R.Se17.Id, R.Se17.Severity, R.Se17.Message, evaluated.Name, row.Name, "三级指标", row.Ordinal,
                $"自评表缺少批复指标：{row.Name}"));
        return findings;
    }

    /// <summary>
    /// SE-09: every 分值 &gt; 0; Σ分值 (execution + indicators) = 100; per weight pool Σ = pool weight (level-1s in one
    /// pool summed together). The per-pool check is skipped when a level-1 belongs to no pool (other templates).
    /// </summary>
    internal static void Weights(Project project, RuleProfile profile, decimal executionWeight, List<Finding> findings)
    {
        var rows = project.Indicators;
        var sum = executionWeight;
        foreach (var row in rows)
        {
            if (row.Weight is not > 0m)
                findings.Add(R.Se09.At(project, row, "分值", $"分值 {(row.Weight is { } w ? F2(w) : "空")} ≤ 0"));
            sum += row.Weight ?? 0m;
        }

        if (executionWeight != profile.ExecutionWeight)
            findings.Add(R.Se09.At(project, field: "执行率", evidence: $"执行率分值 {F2(executionWeight)} ≠ {F2(profile.ExecutionWeight)}"));
        if (sum != 100m)
            findings.Add(R.Se09.At(project, field: "分值", evidence: $"Σ分值 {F2(sum)} ≠ 100.00"));

        // Per pool; skipped when a level-1 belongs to no pool (other templates).
        var pools = profile.WeightPools;
        Span<decimal> poolSums = pools.Count <= 8 ? stackalloc decimal[pools.Count] : new decimal[pools.Count];
        foreach (var row in rows)
        {
            var pool = PoolIndex(row.Level1, pools);
            if (pool < 0) return;
            poolSums[pool] += row.Weight ?? 0m;
        }
        for (var i = 0; i < pools.Count; i++)
            if (poolSums[i] != pools[i].Weight)
                findings.Add(R.Se09.At(project, field: pools[i].Name,
                    evidence: $"{string.Join("+", pools[i].Level1Labels)} Σ {F2(poolSums[i])} ≠ {F2(pools[i].Weight)}"));
    }

    /// <summary>The first pool holding a label with the row's level-1 <see cref="IndicatorTemplate.LabelKey"/>, or −1.</summary>
    private static int PoolIndex(string level1, IReadOnlyList<WeightPool> pools)
    {
        var rowKey = IndicatorTemplate.LabelKey(level1);
        for (var i = 0; i < pools.Count; i++)
            if (pools[i].Level1Labels.Any(label => IndicatorTemplate.LabelKey(label) == rowKey))
                return i;
        return -1;
    }

    /// <summary>SE-10: printed 总分 = printed execution score + Σ printed 得分 (renormalised under SC-05).</summary>
    internal static IEnumerable<Finding> PrintedTotal(Project project, bool executionApplicable)
    {
        if (project.Evaluation is not { PrintedTotal: { } printed } e) yield break;
        var rows = project.Indicators.Sum(r => r.Score ?? 0m);
        var expected = executionApplicable
            ? (e.PrintedExecutionScore ?? 0m) + rows
            : project.Indicators.Sum(r => r.Weight ?? 0m) is > 0m and var weights ? Round2(rows * 100m / weights) : rows;
        if (expected != printed)
            yield return R.Se10.At(project, field: "总分", evidence: $"Σ得分 {F2(expected)} ≠ 总分 {F2(printed)}");
    }

    /// <summary>
    /// SE-16: a per-unit indicator (`人次/场`) scored full while the count indicator of that unit (`场`) has actual 0.
    /// </summary>
    internal static IEnumerable<Finding> PerUnitWithZeroCount(Project project, IReadOnlyList<IndicatorScore> rows)
    {
        List<Finding>? findings = null;
        foreach (var row in rows)
        {
            if (row.Indicator.Target.Unit is not { Per: { } per } || IsPeriod(per)) continue;
            if (row.Score is not { } s || row.Weight is not { } w || s < w) continue;
            if (ZeroCountOf(project, row.Indicator, per) is { } count)
                (findings ??= []).Add(R.Se16.At(project, row.Indicator, "得分", $"{count.Name} 实际 0",
                    args: [("名称", row.Indicator.Name), ("per", per), ("计数", count.Name)]));
        }
        return findings ?? (IEnumerable<Finding>)[];
    }

    /// <summary>The first other row counting <paramref name="per"/> (`场`) whose actual is 0.</summary>
    private static Indicator? ZeroCountOf(Project project, Indicator perUnit, string per)
    {
        foreach (var i in project.Indicators)
            if (i != perUnit && i.Target.Unit is { Per: null } u && UnitComparison.NounOf(u) == per
                && i.Actual is { Kind: TargetKind.Quantitative, Value: 0m })
                return i;
        return null;
    }

    private static bool IsPeriod(string per) => per is "年" or "月" or "周" or "天" or "日" or "季" or "季度";
}
