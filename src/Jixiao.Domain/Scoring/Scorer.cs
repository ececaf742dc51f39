using Jixiao.Domain.Bounds;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Scoring.ScoreMath;

namespace Jixiao.Domain.Scoring;

/// <summary>Self-evaluation scoring (scoring.md): a pure function of the form and a rule profile.</summary>
public static class Scorer
{
    /// <summary>
    /// Scores every row, the execution rate and the total, with trail and findings. Never throws on form content:
    /// anything not computable is a null score with a reason and a finding. In <see cref="ScoringMode.Historical"/>
    /// printed scores fill the gaps (SC-70) and no finding blocks.
    /// </summary>
    public static ProjectScore Score(Project project, RuleProfile profile, ScoringMode mode) =>
        ScoreAll(project, profile, mode, explain: false);

    /// <summary>Scores one row on its own (live entry, monitoring forecasts), with the same rules as <see cref="Score"/>.</summary>
    public static IndicatorScore ScoreRow(Project project, Indicator indicator, RuleProfile profile, ScoringMode mode) =>
        IndicatorScorer.Score(project, indicator, profile, mode, explain: false);

    /// <summary>
    /// With <paramref name="explain"/> off no trail text is built (rows and project); each trail is rendered on first
    /// read by scoring again with it on (<see cref="ProjectScore.Trail"/>, <see cref="IndicatorScore.Trail"/>).
    /// </summary>
    internal static ProjectScore ScoreAll(Project project, RuleProfile profile, ScoringMode mode, bool explain)
    {
        // Figures beyond any range (older data, a restore) are scored as blank and reported (RNG-01): sums, ratios
        // and products of the rest cannot overflow.
        var violations = ProjectValues.Check(project);
        project = ProjectValues.Bounded(project);
        var trail = new TrailLines(explain);
        trail.Add($"profile {profile.Tag}, mode {mode}");
        var execution = ExecutionScoring.Score(project, profile, trail);
        var indicators = project.Indicators;
        var rows = new IndicatorScore[indicators.Count];
        var scratch = new RowScoring(project, profile, mode, explain);
        for (var i = 0; i < rows.Length; i++) rows[i] = IndicatorScorer.Score(scratch, indicators[i]);

        var printedExecution = project.Evaluation?.PrintedExecutionScore;
        var executionCounted = execution.Score;
        if (executionCounted is null && execution.Applicable && mode == ScoringMode.Historical && printedExecution is { } pe)
        {
            executionCounted = pe;
            trail.Add($"SC-70: execution score not computable → printed {F2(pe)} used");
        }

        var total = Total(profile, execution, executionCounted, rows, trail);
        var grade = Grades.Of(total);
        trail.Add($"SC-31: {F2(total)} → {grade.DisplayName()}");

        var printedTotal = project.Evaluation?.PrintedTotal;
        Grade? printedGrade = printedTotal is { } pt ? Grades.Of(pt) : null;
        if (printedTotal is { } p) trail.Add($"printed 总分 {F2(p)} → {printedGrade!.Value.DisplayName()}");

        var findings = new List<Finding>(execution.Findings.Count + 4);
        if (violations.Count > 0) findings.AddRange(RangeFindings(project, mode, violations));
        findings.AddRange(execution.Findings);
        SelfEvaluationChecks.Weights(project, profile, execution.Weight, findings);
        findings.AddRange(SelfEvaluationChecks.PrintedTotal(project, execution.Applicable));
        findings.AddRange(SelfEvaluationChecks.PerUnitWithZeroCount(project, rows));

        return new ProjectScore
        {
            ProfileTag = profile.Tag,
            Mode = mode,
            ExecutionRate = execution.Rate,
            ExecutionRateDisplay = execution.RateDisplay,
            ExecutionWeight = execution.Weight,
            AdjustedBudget = project.Evaluation?.Total.AdjustedBudget,
            Expenditure = project.Evaluation?.Total.Expenditure,
            ExecutionScore = execution.Score,
            PrintedExecutionScore = printedExecution,
            ExecutionApplicable = execution.Applicable,
            Rows = rows,
            ComputedTotal = total,
            ComputedGrade = grade,
            PrintedTotal = printedTotal,
            PrintedGrade = printedGrade,
            Explained = explain ? trail.ToArray() : null,
            Source = scratch.Source,
            Findings = findings,
        };
    }

    private static IEnumerable<Finding> RangeFindings(Project project, ScoringMode mode, IReadOnlyList<ValueViolation> violations)
    {
        var run = new ProjectRun(project, new LintContext(LintProfile.Default, mode == ScoringMode.Historical ? LintMode.Historical : LintMode.Live, project.Year));
        return violations.Select(v => Review.Rules.ValueRangeRule.Emit(run, v));
    }

    /// <summary>SC-30 sum of rounded parts, SC-05/SC-44 renormalisation, SC-40 cap.</summary>
    private static decimal Total(RuleProfile profile, ExecutionResult execution, decimal? executionCounted,
        IReadOnlyList<IndicatorScore> rows, TrailLines trail)
    {
        var indicatorSum = 0m;
        var weights = 0m;
        var excluded = 0;
        List<string>? missing = null;
        List<string>? printedRows = null;
        foreach (var r in rows)
        {
            if (r.UsesPrintedScore && trail.Explain) (printedRows ??= []).Add(r.Indicator.Name);
            if (r.NotScoredReason == NotScoredReason.NotApplicable)
            {
                excluded++;
                continue;
            }
            indicatorSum += r.Score ?? 0m;
            weights += r.Weight ?? 0m;
            if (r.Score is null && trail.Explain) (missing ??= []).Add(r.Indicator.Name);
        }
        if (missing is not null) trail.Add($"SC-30: rows without a score count 0: {string.Join("、", missing)}");
        if (printedRows is not null) trail.Add($"SC-70: printed scores used for: {string.Join("、", printedRows)}");

        if (!execution.Applicable)
        {
            var renormalised = weights > 0m ? Round2(indicatorSum * 100m / weights) : 0m;
            trail.Add($"SC-05: {F2(indicatorSum)} × 100 ÷ {F2(weights)} = {F2(renormalised)} (SC-40 skipped)");
            return renormalised;
        }

        var sum = (executionCounted ?? 0m) + indicatorSum;
        trail.Add($"SC-30: {F2(executionCounted ?? 0m)} + {F2(indicatorSum)} = {F2(sum)}");
        var total = sum;
        if (excluded > 0)
        {
            var applicableWeights = execution.Weight + weights;
            total = applicableWeights > 0m ? Round2(sum * 100m / applicableWeights) : 0m;
            trail.Add($"SC-44: {excluded} row(s) 不适用: {F2(sum)} × 100 ÷ {F2(applicableWeights)} = {F2(total)}");
        }

        if (profile.CapTotalByExecutionRate && execution.Rate is { } rate
            && profile.TotalCapBands.FirstOrDefault(b => rate >= b.MinRate && rate < b.MaxRate) is { } band
            && total > band.Cap)
        {
            trail.Add($"SC-40: 执行率 {F2(rate * 100m)}% → total ≤ {F2(band.Cap)}: {F2(total)} → {F2(band.Cap)}");
            total = band.Cap;
        }
        return total;
    }
}
