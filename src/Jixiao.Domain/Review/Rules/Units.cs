using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>UNIT-01 (missing unit), UNIT-02 (`万` alone), UNIT-03 (dimension vs level-2), UNIT-05 (noun vs narrative).</summary>
internal sealed partial class Units : IProjectRules
{
    [GeneratedRegex(@"(?<![\d.])(?<n>\d+(?:\.\d+)?)\s*(?<noun>人次|千字|[人次场篇个家册条份台套项件])")]
    private static partial Regex CountInText();

    public IEnumerable<Finding> Check(ProjectRun run)
    {
        // A figure alone (`2` for 重点建设工程安排数量) is a quantity whose unit is missing, unless its unit column holds it.
        foreach (var i in run.RealIndicators.Where(i => !IsBlank(i.Name) && IsBareFigure(i.Target) && !HasUnitColumn(i)))
            yield return run.Emit("UNIT-01", indicator: i.Name, field: "计量单位", row: i.Ordinal, evidence: Describe(i.Target));

        List<(decimal Value, string Noun)>? counts = null;
        foreach (var i in run.RealIndicators.Where(i => i.Target.Kind == TargetKind.Quantitative))
        {
            var t = i.Target;
            if (t.Unit is null || t.HasNote(ParseNote.MissingUnit))
            {
                yield return run.Emit("UNIT-01", indicator: i.Name, field: "计量单位", row: i.Ordinal, evidence: Describe(t));
                continue;
            }

            if (t.HasNote(ParseNote.IncompleteUnit) || Compact(t.Unit.Text) == "万")
            {
                yield return run.Emit("UNIT-02", indicator: i.Name, field: "计量单位", row: i.Ordinal, evidence: Describe(t));
                continue;
            }

            if (!Plausible(i, t.Unit, run))
                yield return run.Emit("UNIT-03", new Args(("name", Compact(i.Name)), ("unit", t.Unit.Text)),
                    indicator: i.Name, field: "计量单位", row: i.Ordinal);

            if (t.Unit is { Dim: Dimension.Count, Per: null } && t.Value is { } v &&
                NarrativeNoun(counts ??= CountsIn(string.Join("\n", run.Project.Narrative.Values)), v, t.Unit.Base, run.Profile) is { } other)
                yield return run.Emit("UNIT-05", new Args(("unit", t.Unit.Text), ("narrative", other)),
                    indicator: i.Name, field: "计量单位", row: i.Ordinal);
        }
    }

    private static bool Plausible(Projects.Indicator i, UnitRef unit, ProjectRun run)
    {
        var p = run.Profile;
        var dim = unit.Dim;
        if (dim == Dimension.Unknown) return true;
        if (dim == Dimension.DataSize && unit.Per is null && ContainsAny(Compact(i.Name), p.SpeedKeywords)) return false;
        if (run.InGroup(i, p.TimelinessCodes)) return dim is Dimension.Duration or Dimension.Percent;
        if (run.InGroup(i, p.CostCodes)) return dim is Dimension.Currency or Dimension.Percent;
        if (run.InGroup(i, p.QuantityCodes)) return dim is Dimension.Count or Dimension.Percent;
        return true;
    }

    /// <summary>
    /// The noun the narrative attaches to the same figure when it is a confusable of the target's noun and the
    /// target's own noun never appears with that figure; null otherwise.
    /// </summary>
    private static string? NarrativeNoun(List<(decimal Value, string Noun)> counts, decimal value, string unitNoun, LintProfile profile)
    {
        var nouns = counts.Where(c => c.Value == value).Select(c => c.Noun).ToList();
        if (nouns.Contains(unitNoun)) return null;
        return nouns.FirstOrDefault(n => profile.ConfusableNouns.Any(c => (c.A == n && c.B == unitNoun) || (c.B == n && c.A == unitNoun)));
    }

    /// <summary>Every `{figure}{count noun}` of the narrative, scanned once per project rather than once per row.</summary>
    private static List<(decimal Value, string Noun)> CountsIn(string narrative)
    {
        var counts = new List<(decimal, string)>();
        foreach (Match m in CountInText().Matches(narrative))
            if (decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                counts.Add((n, m.Groups["noun"].Value));

        return counts;
    }
}
