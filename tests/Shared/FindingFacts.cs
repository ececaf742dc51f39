using System.Globalization;
using System.Text;
using Jixiao.Domain.Review;

namespace Jixiao.Tests.Shared;

/// <summary>
/// Findings as stable facts for approval files: one tab-separated line per finding (key, rule id, severity, field,
/// row, project when asked, `nonblocking` when set) and one count line per key. Never the message text or evidence, so
/// rewording a message changes no approval file; a finding that appears, disappears or moves changes a line.
/// </summary>
internal static class FindingFacts
{
    public const string DetailHeader = "# key\trule\tseverity (E/W/I)\tfield\trow\t[project]\t[nonblocking]";

    public const string CountHeader = "# key\tfindings per rule and severity";

    public static void AppendDetail(StringBuilder o, string key, IEnumerable<Finding> findings, bool withProject = false)
    {
        foreach (var f in findings)
        {
            o.Append(key).Append('\t').Append(f.RuleId).Append('\t').Append(Sev(f.Severity)).Append('\t').Append(f.Field ?? "-")
                .Append('\t').Append(f.Row?.ToString(CultureInfo.InvariantCulture) ?? "-");
            if (withProject) o.Append('\t').Append(f.Project ?? "-");
            if (f.NonBlocking) o.Append("\tnonblocking");
            o.Append('\n');
        }
    }

    /// <summary>`p3	CAT-01 E×2, CMP-07 E×8` (rules in ordinal order), or `p3	none`.</summary>
    public static void AppendCounts(StringBuilder o, string key, IEnumerable<Finding> findings)
    {
        var counts = findings.GroupBy(f => (f.RuleId, f.Severity))
            .OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Severity)
            .Select(g => $"{g.Key.RuleId} {Sev(g.Key.Severity)}×{g.Count().ToString(CultureInfo.InvariantCulture)}")
            .ToList();
        o.Append(key).Append('\t').Append(counts.Count == 0 ? "none" : string.Join(", ", counts)).Append('\n');
    }

    /// <summary>Totals per rule and severity over a whole corpus, one line each.</summary>
    public static void AppendTotals(StringBuilder o, IEnumerable<Finding> findings)
    {
        foreach (var g in findings.GroupBy(f => (f.RuleId, f.Severity)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.Severity))
            o.Append("total\t").Append(g.Key.RuleId).Append(' ').Append(Sev(g.Key.Severity)).Append('\t')
                .Append(g.Count().ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    public static string Sev(Severity severity) => severity switch
    {
        Severity.Error => "E",
        Severity.Warning => "W",
        _ => "I",
    };
}
