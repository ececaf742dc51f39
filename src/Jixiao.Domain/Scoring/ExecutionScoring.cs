using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Scoring.ScoreMath;
using R = Jixiao.Domain.Scoring.SelfEvaluationRules;

namespace Jixiao.Domain.Scoring;

/// <summary>Execution rate and score of the 年度资金总额 row (SC-02…SC-05) with its checks (SE-10, SE-13, SE-14).</summary>
internal sealed record ExecutionResult(
    decimal? Rate,
    decimal? RateDisplay,
    decimal Weight,
    decimal? Score,
    bool Applicable,
    IReadOnlyList<Finding> Findings);

internal static class ExecutionScoring
{
    /// <summary>SC-02…SC-05 for <paramref name="project"/>; trail lines go to <paramref name="trail"/>.</summary>
    public static ExecutionResult Score(Project project, RuleProfile profile, TrailLines trail)
    {
        var evaluation = project.Evaluation;
        var weight = evaluation?.ExecutionWeight ?? profile.ExecutionWeight;
        List<Finding> findings = [];
        var budget = profile.ExecutionBudget == ExecutionBudget.Initial ? evaluation?.Total.InitialBudget : evaluation?.Total.AdjustedBudget;
        var spent = evaluation?.Total.Expenditure;

        if (budget == 0m)
        {
            trail.Add("SC-05: 全年预算数 = 0 → 执行率 not computed, execution row 不适用, indicators renormalised");
            findings.Add(R.Se13.At(project, field: "执行率", evidence: "全年预算数 = 0", severity: Severity.Warning));
            return new(null, null, weight, null, false, findings);
        }
        if (budget is not { } b || spent is not { } s || Ratio(s, b) is not { } rate
            || Product(profile.CapExecutionScore ? Math.Min(rate, 1m) : rate, weight) is not { } raw)
        {
            trail.Add("SC-02: 全年预算数 or 全年执行数 missing → 执行率 not computable");
            findings.Add(R.Se13.At(project, field: "执行率", evidence: "全年预算数/全年执行数 缺失"));
            return new(null, null, weight, null, true, findings);
        }

        var display = Math.Round(Product(rate, 100m) ?? decimal.MaxValue, 2,
            profile.RateDisplayRounding == RateDisplayRounding.Up ? MidpointRounding.ToPositiveInfinity : MidpointRounding.AwayFromZero);
        trail.Add($"SC-02: 执行率 = {Exact(s)} ÷ {Exact(b)} = {Exact(rate)} (shown {F2(display)}%)");

        var score = profile.IntegerExecutionScore
            ? Numbers.Rounding.HalfAwayFromZero(raw, 0)
            : Round2(raw);
        trail.Add($"SC-03: {(profile.CapExecutionScore ? $"min({Exact(rate)}, 1)" : Exact(rate))} × {Exact(weight)} = {Exact(raw)} → round {(profile.IntegerExecutionScore ? "0" : "2")} dp AwayFromZero → {F2(score)}");

        if (rate > 1m)
        {
            trail.Add($"SC-04: rate > 100 %{(profile.CapExecutionScore ? ", score capped at w" : "")} (SE-14)");
            findings.Add(R.Se14.At(project, field: "年度资金总额", evidence: $"{Exact(s)} > {Exact(b)}"));
        }
        foreach (var (name, row) in SubRows(evaluation!))
            if (row is { AdjustedBudget: { } rb, Expenditure: { } rs } && rs > rb)
                findings.Add(R.Se14.At(project, field: name, evidence: $"{Exact(rs)} > {Exact(rb)}"));

        CheckPrinted(project, evaluation!, rate, display, score, findings);
        return new(rate, display, weight, score, true, findings);
    }

    private static IEnumerable<(string Name, FundRow? Row)> SubRows(SelfEvaluation e) =>
        [("当年财政拨款", e.CurrentYearAppropriation), ("上年结转资金", e.PriorYearCarryover), ("其他资金", e.OtherFunds)];

    /// <summary>SE-13 (rate on 年初预算数) and SE-10 (printed rate or score wrong).</summary>
    private static void CheckPrinted(Project project, SelfEvaluation e, decimal rate, decimal display, decimal score, List<Finding> findings)
    {
        if (e.PrintedExecutionRate is { } printed && !PrintedRateMatches(printed, rate))
        {
            var onInitial = e.Total is { InitialBudget: { } ib, Expenditure: { } s } && ib > 0m && ib != e.Total.AdjustedBudget
                && Ratio(s, ib) is { } initialRate && PrintedRateMatches(printed, initialRate);
            findings.Add(onInitial
                ? R.Se13.At(project, field: "执行率", evidence: $"印 {F2(Product(printed, 100m) ?? 0m)}% = 全年执行数 ÷ 年初预算数")
                : R.Se10.At(project, field: "执行率", evidence: $"印 {F2(Product(printed, 100m) ?? 0m)}%，应为 {F2(display)}%"));
        }
        if (e.PrintedExecutionScore is { } printedScore && printedScore != score)
            findings.Add(R.Se10.At(project, field: "执行率得分", evidence: $"印 {F2(printedScore)}，应为 {F2(score)}"));
    }

    // A printed 2-dp percentage is accepted if it is any 2-dp rounding of the exact rate (E1: 86.18 % and 86.19 %).
    private static bool PrintedRateMatches(decimal printedFraction, decimal rate) =>
        Math.Abs(printedFraction - rate) < 0.0001m;
}
