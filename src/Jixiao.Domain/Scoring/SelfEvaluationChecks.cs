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
    /// SE-09: every 分值 &gt; 0; per weight pool Σ = pool weight (level-1s in one pool summed together); Σ分值 (execution +
    /// indicators) = 100. One finding per pool that is wrong, naming the pool, its sum, its weight and its blank rows
    /// (issue 15: not one per row). Σ = 100 is reported only when no pool is (it follows from the pools otherwise), and
    /// blank rows are reported together when a level-1 belongs to no pool (other templates: only Σ is checked).
    /// </summary>
    internal static void Weights(Project project, RuleProfile profile, decimal executionWeight, List<Finding> findings)
    {
        var rows = project.Indicators;
        var sum = executionWeight + rows.Sum(r => r.Weight ?? 0m);
        var before = findings.Count;
        if (executionWeight != profile.ExecutionWeight)
            findings.Add(Se09(project, "执行率", $"执行率分值为 {N(executionWeight)}，应为 {N(profile.ExecutionWeight)}",
                $"执行率分值 {F2(executionWeight)} ≠ {F2(profile.ExecutionWeight)}"));

        var pools = profile.WeightPools;
        var poolOf = rows.Select(r => WeightPools.IndexOf(r.Level1, pools)).ToArray();
        if (poolOf.All(i => i >= 0))
        {
            for (var p = 0; p < pools.Count; p++)
            {
                var members = rows.Where((_, i) => poolOf[i] == p).ToList();
                var poolSum = members.Sum(r => r.Weight ?? 0m);
                var blank = members.Count(r => r.Weight is not > 0m);
                if (poolSum == pools[p].Weight && blank == 0) continue;
                var blanks = blank > 0 ? $"（{blank} 行分值未填写或不大于 0）" : "";
                findings.Add(Se09(project, pools[p].Name,
                    $"{WeightPools.DisplayName(pools[p])}分值合计为 {N(poolSum)}，应为 {N(pools[p].Weight)}{blanks}",
                    $"{string.Join("+", pools[p].Level1Labels)} Σ {F2(poolSum)} ≠ {F2(pools[p].Weight)}"));
            }
        }
        else if (rows.Where(r => r.Weight is not > 0m).Select(r => r.Name).ToList() is { Count: > 0 } blankRows)
        {
            findings.Add(Se09(project, "分值", $"{string.Join("、", blankRows)}的分值未填写或不大于 0", $"{blankRows.Count} 行分值 ≤ 0"));
        }
        if (sum != 100m && findings.Count == before)
            findings.Add(Se09(project, "分值", $"全部分值（含执行率）合计为 {N(sum)}，应为 100", $"Σ分值 {F2(sum)} ≠ 100.00"));
    }

    private static Finding Se09(Project project, string field, string detail, string evidence) =>
        R.Se09.At(project, field: field, evidence: evidence, args: ("详情", detail));

    // A weight as people write it: 50, 16.67.
    private static string N(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

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
