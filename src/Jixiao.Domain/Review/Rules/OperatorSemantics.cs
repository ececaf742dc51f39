using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>OP-01 (`≤` on an output quantity), OP-02 (`≥` on lower-is-better), OP-03 (`=` on a rate), OP-06 (vacuous).</summary>
internal sealed class OperatorSemantics : IProjectRules
{
    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var profile = run.Profile;
        foreach (var i in run.RealIndicators)
        {
            var t = i.Target;
            var name = Compact(i.Name);
            var lowerIsBetter = IsLowerIsBetter(name, profile);
            var quantitative = t.Kind == TargetKind.Quantitative;

            if (quantitative && t.Op is Comparator.Le or Comparator.Lt && i.Direction != Direction.Reverse && !lowerIsBetter &&
                t.Unit?.Dim != Dimension.Percent && t.Value is > 0m &&
                (run.InGroup(i, profile.QuantityCodes) || ContainsAny(name, profile.OutputQuantityKeywords)))
                yield return run.Emit("OP-01", indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: Describe(t));

            if (t.Kind is TargetKind.Quantitative or TargetKind.Frequency && t.Op is Comparator.Ge or Comparator.Gt &&
                i.Direction != Direction.Positive && lowerIsBetter)
                yield return run.Emit("OP-02", new Args(("name", name)), indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: Describe(t));

            // `=100%` on a rate that cannot exceed 100 % means `≥100%`: reported only when the profile asks for it.
            if (quantitative && t.Op == Comparator.Eq && t.Unit?.Dim == Dimension.Percent && ContainsAny(name, profile.NaturallyGeRates) &&
                (t.Value != 100m || profile.ReportFullRateEquals))
                yield return run.Emit("OP-03", variant: t.Value == 100m ? "full" : null,
                    indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: Describe(t));

            if (quantitative && Degeneracy(t, name, profile) is { } kind)
                yield return run.Emit("OP-06", variant: kind == "zero" ? "zero" : null,
                    indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: Describe(t));
        }
    }

    internal static bool IsLowerIsBetter(string name, LintProfile profile) =>
        ContainsAny(name, profile.LowerIsBetterKeywords) &&
        !profile.HigherIsBetterRateSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));

    /// <summary>"vacuous" for `≥0`, `≥` over 100 %, `≤100%` on a rate; "zero" for zero targets (SC-15); else null.</summary>
    private static string? Degeneracy(TargetValue t, string name, LintProfile profile)
    {
        if (t.Value is not { } v) return null;
        var percent = t.Unit?.Dim == Dimension.Percent;
        if (t.Op == Comparator.Ge && v == 0m) return "vacuous";
        if (percent && t.Op is Comparator.Ge or Comparator.Gt && v > 100m) return "vacuous";
        if (percent && t.Op == Comparator.Le && v >= 100m && (name.EndsWith('率') || ContainsAny(name, profile.NaturallyGeRates))) return "vacuous";
        if (v == 0m && t.Op is Comparator.Eq or Comparator.Le) return "zero";
        return null;
    }
}
