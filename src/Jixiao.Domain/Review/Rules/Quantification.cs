using System.Text.RegularExpressions;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>QNT-01…QNT-05: quantitative share, qualitative vocabulary, targets hidden in names, count, goal.</summary>
internal sealed partial class Quantification : IProjectRules
{
    // A figure with a unit character right after it (`20场`, `95%`), not part of a code (`V5`) nor a date (`2024年`).
    [GeneratedRegex(@"(?<![A-Za-z\d.])(?<n>\d+(?:\.\d+)?)\s*(?=[%\p{IsCJKUnifiedIdeographs}])(?![年月日号])")]
    private static partial Regex NumberInName();

    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var p = run.Project;
        var rows = run.RealIndicators;
        var profile = run.Profile;

        if (rows.Count > 0)
        {
            var quantitative = rows.Count(i => i.Target.Kind is TargetKind.Quantitative or TargetKind.Frequency);
            var share = Numbers.Rounding.Percent(quantitative * 100m / rows.Count);
            if (share < profile.QuantitativeSharePercent)
                yield return run.Emit("QNT-01", new Args(("share", Fmt.Num(share)), ("threshold", Fmt.Num(profile.QuantitativeSharePercent))),
                    field: "绩效指标", evidence: $"{quantitative}/{rows.Count}");
        }

        foreach (var i in rows)
        {
            var t = i.Target;
            // A bare figure is a quantity without its unit (UNIT-01), not a qualitative word.
            if (QualitativeVocabulary.IsNonStandard(t, profile.QualitativeVocabulary) && !IsBareFigure(t))
                yield return run.Emit("QNT-02", new Args(("value", Describe(t))), indicator: i.Name, field: "指标值", row: i.Ordinal);

            var bare100 = t is { Kind: TargetKind.Quantitative, Op: Comparator.Eq, Value: 100m, Unit.Dim: Dimension.Percent };
            if (t.Kind == TargetKind.Qualitative || bare100)
            {
                var m = NumberInName().Match(Compact(i.Name));
                if (m.Success)
                    yield return run.Emit("QNT-03", new Args(("number", m.Groups["n"].Value)), indicator: i.Name, field: "三级指标", row: i.Ordinal);
            }
        }

        if (p.Funds.AnnualRequestTotal is { } request && request >= profile.BudgetBandYuan && rows.Count < profile.BudgetBandMinIndicators)
            yield return run.Emit("QNT-04", field: "绩效指标", evidence: $"{rows.Count} < {profile.BudgetBandMinIndicators}, {Fmt.Yuan(request)}");

        if (!IsBlank(p.AnnualGoal) && !p.AnnualGoal!.Any(char.IsDigit))
            yield return run.Emit("QNT-05", field: "年度总体目标");
    }
}
