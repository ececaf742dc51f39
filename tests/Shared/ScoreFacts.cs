using System.Globalization;
using System.Text;
using Jixiao.Domain.Review;
using Jixiao.Domain.Scoring;

namespace Jixiao.Tests.Shared;

/// <summary>
/// A <see cref="ProjectScore"/> as stable facts for approval files: every figure (decimals as the scorer holds them,
/// scale included), grade, rule, direction, tier and finding (rule id, severity, field, row) of the project and of
/// each row. The trail's wording and the messages are left out, so rewording them changes no approval file.
/// </summary>
internal static class ScoreFacts
{
    public const string Legend =
        "# P: profile mode, execution rate exact/shown, weight, score, printed score, applicable; total and grade computed/printed; blocks submit\n" +
        "# R: ordinal, weight, printed, computed, not-scored reason, score, rule, direction, tier, met, uses printed; F: finding rule severity field row\n";

    public static void Append(StringBuilder o, string heading, ProjectScore s)
    {
        o.Append("# ").Append(heading).Append('\n');
        o.Append("P ").Append(s.ProfileTag).Append(' ').Append(s.Mode)
            .Append(" rate=").Append(D(s.ExecutionRate)).Append('/').Append(D(s.ExecutionRateDisplay))
            .Append(" ew=").Append(D(s.ExecutionWeight)).Append(" es=").Append(D(s.ExecutionScore))
            .Append(" pes=").Append(D(s.PrintedExecutionScore)).Append(s.ExecutionApplicable ? "" : " not-applicable")
            .Append(" total=").Append(D(s.ComputedTotal)).Append(' ').Append(s.ComputedGrade)
            .Append(" printed=").Append(D(s.PrintedTotal)).Append(' ').Append(s.PrintedGrade?.ToString() ?? "-")
            .Append(s.BlocksSubmit ? " blocks" : "").Append('\n');
        Findings(o, "", s.Findings);
        foreach (var r in s.Rows)
        {
            o.Append("R").Append(r.Indicator.Ordinal.ToString(CultureInfo.InvariantCulture))
                .Append(" w=").Append(D(r.Weight)).Append(" printed=").Append(D(r.PrintedScore))
                .Append(" computed=").Append(D(r.ComputedScore)).Append(r.NotScoredReason is { } why ? " reason=" + why : "")
                .Append(" score=").Append(D(r.Score)).Append(' ').Append(r.Rule)
                .Append(r.Direction is { } d ? " " + d : "").Append(r.Tier is { } t ? " tier=" + t : "")
                .Append(r.Met is { } met ? (met ? " met" : " unmet") : "").Append(r.UsesPrintedScore ? " uses-printed" : "").Append('\n');
            Findings(o, "  ", r.Findings);
        }
    }

    /// <summary>One line: the total and grade, whether it blocks, the row scores and the findings per rule.</summary>
    public static void AppendSummary(StringBuilder o, string heading, ProjectScore s)
    {
        o.Append("S ").Append(heading).Append(" es=").Append(D(s.ExecutionScore)).Append(" total=").Append(D(s.ComputedTotal)).Append(' ').Append(s.ComputedGrade)
            .Append(s.BlocksSubmit ? " blocks" : "").Append(" rows=").AppendJoin(",", s.Rows.Select(r => D(r.Score))).Append(" |");
        foreach (var g in s.AllFindings.GroupBy(f => f.RuleId + " " + FindingFacts.Sev(f.Severity)).OrderBy(g => g.Key, StringComparer.Ordinal))
            o.Append(' ').Append(g.Key).Append('×').Append(g.Count().ToString(CultureInfo.InvariantCulture));
        o.Append('\n');
    }

    private static void Findings(StringBuilder o, string indent, IReadOnlyList<Finding> findings)
    {
        foreach (var f in findings)
            o.Append(indent).Append("F ").Append(f.RuleId).Append(' ').Append(FindingFacts.Sev(f.Severity)).Append(' ').Append(f.Field ?? "-")
                .Append(' ').Append(f.Row?.ToString(CultureInfo.InvariantCulture) ?? "-").Append(f.NonBlocking ? " nonblocking" : "").Append('\n');
    }

    /// <summary>Sums and counts over many scores of one profile and mode: any changed score moves a sum.</summary>
    public static void AppendAggregate(StringBuilder o, string heading, IReadOnlyList<ProjectScore> scores)
    {
        var rows = scores.SelectMany(s => s.Rows).ToList();
        o.Append("## ").Append(heading).Append(": ").Append(scores.Count.ToString(CultureInfo.InvariantCulture)).Append(" projects, ")
            .Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(" rows\n");
        o.Append("sum total=").Append(D(scores.Sum(s => s.ComputedTotal)))
            .Append(" execution=").Append(D(scores.Sum(s => s.ExecutionScore ?? 0m)))
            .Append(" rows=").Append(D(rows.Sum(r => r.Score ?? 0m)))
            .Append(" computed=").Append(D(rows.Sum(r => r.ComputedScore ?? 0m)))
            .Append(" blocking=").Append(scores.Count(s => s.BlocksSubmit).ToString(CultureInfo.InvariantCulture)).Append('\n');
        Counts(o, "grade", scores.Select(s => s.ComputedGrade.ToString()));
        Counts(o, "rule", rows.Select(r => r.Rule));
        Counts(o, "not scored", rows.Where(r => r.NotScoredReason is not null).Select(r => r.NotScoredReason!.ToString()!));
        Counts(o, "finding", scores.SelectMany(s => s.Findings.Concat(s.Rows.SelectMany(r => r.Findings)))
            .Select(f => f.RuleId + " " + FindingFacts.Sev(f.Severity)));
    }

    private static void Counts(StringBuilder o, string label, IEnumerable<string> values)
    {
        o.Append(label).Append(':');
        foreach (var g in values.GroupBy(v => v).OrderBy(g => g.Key, StringComparer.Ordinal))
            o.Append(' ').Append(g.Key).Append('×').Append(g.Count().ToString(CultureInfo.InvariantCulture));
        o.Append('\n');
    }

    public static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
