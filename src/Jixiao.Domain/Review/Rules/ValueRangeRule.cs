using Jixiao.Domain.Bounds;

namespace Jixiao.Domain.Review.Rules;

/// <summary>
/// RNG-01: a figure outside its <see cref="ValueRanges"/> range. Negative or 3-dp money is left to MNY-09, which
/// already names it, so one cell never gets two findings.
/// </summary>
internal static class ValueRangeRule
{
    public static IEnumerable<Finding> Check(ProjectRun run, IReadOnlyList<ValueViolation> violations) =>
        violations
            .Where(v => !(v.Range == ValueRanges.Money && v.Problem != RangeProblem.AboveMaximum))
            .Select(v => Emit(run, v));

    public static Finding Emit(ProjectRun run, ValueViolation v) =>
        run.Emit("RNG-01", new Args(("field", v.Field), ("reason", $"“{v.Range.Format(v.Value)}”{v.Range.Reason(v.Problem)}")),
            indicator: v.Indicator, field: v.Field, row: v.Row, evidence: v.Range.Describe());
}
