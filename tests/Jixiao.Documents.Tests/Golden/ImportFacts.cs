using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Golden;

/// <summary>
/// The parsed fields of an import as compact, diffable lines: one line per object with its set scalar fields
/// (`Name=value`; nulls, false and empty lists left out), nested objects and list items indented below it; a long text
/// as its length, first and last characters. A target or
/// actual is written as its kind, canonical string and notes (the model is equal to the parse of its canonical, RT-3),
/// plus the original text where it differs. Warnings keep their line and location only, never the message text.
/// </summary>
internal static class ImportFacts
{
    public static string Write(ImportOutcome outcome)
    {
        var o = new StringBuilder();
        if (outcome.Document is not { } d)
            return o.Append("refused\n").ToString();
        o.Append("document ").Append(d.Kind).Append(" unit=").Append(Text(d.UnitName)).Append(" year=").Append(d.Year?.ToString(CultureInfo.InvariantCulture) ?? "-").Append('\n');
        Node(o, "package", d.Package with { UnitName = null, Year = null }, 1);
        if (d.Disclosure is not null) Node(o, "disclosure", d.Disclosure, 1);
        foreach (var w in d.Warnings)
            o.Append("  warning line=").Append(w.Line.ToString(CultureInfo.InvariantCulture)).Append(w.Location is null ? "" : " at=" + w.Location).Append('\n');
        return o.ToString();
    }

    /// <summary>
    /// One line for a document that could not be trusted to keep its structure (mangled): kind, unit, year and counts,
    /// then per project its name, form, template, year, indicator count (unrecognised targets), sub-projects, narrative
    /// sections and project total.
    /// </summary>
    public static string Summary(ImportOutcome outcome)
    {
        if (outcome.Document is not { } d) return "refused\n";
        var o = new StringBuilder();
        o.Append(d.Kind).Append(" unit=").Append(Text(d.UnitName)).Append(" year=").Append(d.Year?.ToString(CultureInfo.InvariantCulture) ?? "-")
            .Append(" projects=").Append(d.Package.Projects.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" disclosure=").Append(d.Disclosure is null ? "no" : "yes")
            .Append(" warnings at ").AppendJoin(",", d.Warnings.Select(w => w.Line.ToString(CultureInfo.InvariantCulture))).Append('\n');
        foreach (var p in d.Package.Projects)
            o.Append("  ").Append(Text(p.Name)).Append(' ').Append(p.Form).Append(' ').Append(p.TemplateId).Append(' ').Append(p.Year?.ToString(CultureInfo.InvariantCulture) ?? "-")
                .Append(" indicators=").Append(p.Indicators.Count.ToString(CultureInfo.InvariantCulture))
                .Append('(').Append(p.Indicators.Count(i => i.Target.HasNote(ParseNote.Unrecognised)).ToString(CultureInfo.InvariantCulture)).Append(" unrecognised)")
                .Append(" sub=").Append(p.SubProjects.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" narrative=").Append(p.Narrative.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" total=").Append(p.Funds.ProjectFundsTotal?.ToString(CultureInfo.InvariantCulture) ?? "-").Append('\n');
        return o.ToString();
    }

    /// <summary>The lines of <paramref name="variant"/> that differ from <paramref name="baseline"/> at the same place
    /// (`-`/`+` pairs with the line number), or null when the two have a different number of lines.</summary>
    public static string? Difference(string baseline, string variant)
    {
        var (b, v) = (baseline.Split('\n'), variant.Split('\n'));
        if (b.Length != v.Length) return null;
        var o = new StringBuilder();
        for (var i = 0; i < b.Length; i++)
            if (b[i] != v[i])
                o.Append(i + 1).Append("-\t").Append(b[i].Trim()).Append('\n').Append(i + 1).Append("+\t").Append(v[i].Trim()).Append('\n');
        return o.Length == 0 ? "same\n" : o.ToString();
    }

    private static void Node(StringBuilder o, string label, object value, int depth)
    {
        if (depth > 30) throw new InvalidOperationException("Object graph too deep (cycle?).");
        if (Scalar(value) is { } scalar)
        {
            o.Append(' ', depth * 2).Append(label).Append('=').Append(scalar).Append('\n');
            return;
        }
        o.Append(' ', depth * 2).Append(label).Append(':');
        var children = new List<(string Label, object Value)>();
        foreach (var p in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            var v = p.GetValue(value);
            if (v is null || v is false || v is ICollection { Count: 0 }) continue;
            if (Scalar(v) is { } s) o.Append(' ').Append(p.Name).Append('=').Append(s);
            else if (v is IDictionary dict)
                foreach (var key in dict.Keys.Cast<object>().OrderBy(k => Convert.ToString(k, CultureInfo.InvariantCulture), StringComparer.Ordinal))
                    children.Add(($"{p.Name}[{Convert.ToString(key, CultureInfo.InvariantCulture)}]", dict[key]!));
            else if (v is IEnumerable list and not string)
            {
                var i = 0;
                foreach (var item in list) Add(children, $"{p.Name}#{i++}", item, o);
            }
            else children.Add((p.Name, v));
        }
        o.Append('\n');
        foreach (var (childLabel, child) in children) Node(o, childLabel, child, depth + 1);
    }

    // Scalars inside a list go on the owner's line; objects and dictionary entries get their own line.
    private static void Add(List<(string, object)> children, string label, object item, StringBuilder o)
    {
        if (Scalar(item) is { } s) o.Append(' ').Append(label).Append('=').Append(s);
        else children.Add((label, item));
    }

    private static string? Scalar(object v) => v switch
    {
        string s => Long(s),
        TargetValue t => Target(t),
        UnitRef u => u.Text,
        bool b => b ? "true" : "false",
        decimal or int or long or Enum or DateOnly => ((IFormattable)v).ToString(null, CultureInfo.InvariantCulture),
        ITuple tuple => "(" + string.Join(", ", Enumerable.Range(0, tuple.Length).Select(i => tuple[i] is { } x ? Scalar(x) : "-")) + ")",
        _ => null,
    };

    // A narrative keeps its length, beginning and end: where a section starts and stops is the parsed fact; the middle
    // is the document's own prose and would only make the file large.
    private const int Kept = 16;

    private static string Long(string s) =>
        s.Length <= 3 * Kept ? Text(s) : Text(s[..Kept] + "…" + s[^Kept..]) + "(" + s.Length.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Target(TargetValue t)
    {
        var s = $"[{t.Kind} {Text(t.Canonical)}";
        if (t.Notes.Count > 0) s += " " + string.Join(",", t.Notes);
        if (t.OriginalText != t.Canonical) s += " orig=" + Text(t.OriginalText);
        return s + "]";
    }

    private static string Text(string? s) => s is null ? "-" :
        "«" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "»";
}
