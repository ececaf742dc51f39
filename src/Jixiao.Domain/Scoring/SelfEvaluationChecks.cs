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
    /// by level-1, level-2 and name (labels normalised); one Error per missing, extra or changed row.
    /// </summary>
    public static IReadOnlyList<Finding> CompareWithApproved(Project evaluated, Project approved)
    {
        List<Finding> findings = [];
        var approvedRows = approved.Indicators.ToLookup(Key);
        var evaluatedRows = evaluated.Indicators.ToLookup(Key);
        foreach (var row in evaluated.Indicators)
        {
            var match = approvedRows[Key(row)].FirstOrDefault();
            if (match is null)
                findings.Add(R.Se17.At(evaluated, row, "三级指标", $"批复版本无此指标：{row.Name}"));
            else if (!Equals(match.Target, row.Target))
                findings.Add(R.Se17.At(evaluated, row, "年度指标值", $"批复 {match.Target.Canonical}，自评 {row.Target.Canonical}"));
        }
        foreach (var row in approved.Indicators.Where(r => !evaluatedRows.Contains(Key(r))))
            findings.Add(new Finding(R.Se17.Id, R.Se17.Severity, R.Se17.Message, evaluated.Name, row.Name, "三级指标", row.Ordinal,
                $"自评表缺少批复指标：{row.Name}"));
        return findings;
    }

    private static string Key(Indicator i) =>
        $"{IndicatorTemplate.LabelKey(i.Level1)}|{IndicatorTemplate.LabelKey(i.Level2)}|{string.Concat(i.Name.Where(c => !char.IsWhiteSpace(c)))}";

    /// <summary>
    /// SE-09: every 分值 &gt; 0; Σ分值 (execution + indicators) = 100; per weight pool Σ = pool weight (level-1s in one
    /// pool summed together). The per-pool check is skipped when a level-1 belongs to no pool (other templates).
    /// </summary>
    internal static IEnumerable<Finding> Weights(Project project, RuleProfile profile, decimal executionWeight)
    {
        foreach (var row in project.Indicators.Where(r => r.Weight is not > 0m))
            yield return R.Se09.At(project, row, "分值", $"分值 {(row.Weight is { } w ? F2(w) : "空")} ≤ 0");

        if (executionWeight != profile.ExecutionWeight)
            yield return R.Se09.At(project, field: "执行率", evidence: $"执行率分值 {F2(executionWeight)} ≠ {F2(profile.ExecutionWeight)}");

        var sum = executionWeight + project.Indicators.Sum(r => r.Weight ?? 0m);
        if (sum != 100m)
            yield return R.Se09.At(project, field: "分值", evidence: $"Σ分值 {F2(sum)} ≠ 100.00");

        var pools = project.Indicators.ToLookup(r => PoolOf(r, profile));
        if (pools.Contains(null)) yield break;
        foreach (var pool in profile.WeightPools)
        {
            var poolSum = pools[pool].Sum(r => r.Weight ?? 0m);
            if (poolSum != pool.Weight)
                yield return R.Se09.At(project, field: pool.Name,
                    evidence: $"{string.Join("+", pool.Level1Labels)} Σ {F2(poolSum)} ≠ {F2(pool.Weight)}");
        }
    }

    private static WeightPool? PoolOf(Indicator row, RuleProfile profile)
    {
        var key = IndicatorTemplate.LabelKey(row.Level1);
        return profile.WeightPools.FirstOrDefault(p => p.Level1Labels.Any(l => IndicatorTemplate.LabelKey(l) == key));
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
        foreach (var row in rows)
        {
            if (row.Indicator.Target.Unit is not { Per: { } per } || IsPeriod(per)) continue;
            if (row.Score is not { } s || row.Weight is not { } w || s < w) continue;
            var count = project.Indicators.FirstOrDefault(i =>
                i != row.Indicator && i.Target.Unit is { Per: null } u && UnitComparison.NounOf(u) == per
                && i.Actual is { Kind: TargetKind.Quantitative, Value: 0m });
            if (count is not null)
                yield return R.Se16.At(project, row.Indicator, "得分", $"{count.Name} 实际 0",
                    args: [("名称", row.Indicator.Name), ("per", per), ("计数", count.Name)]);
        }
    }

    private static bool IsPeriod(string per) => per is "年" or "月" or "周" or "天" or "日" or "季" or "季度";
}
