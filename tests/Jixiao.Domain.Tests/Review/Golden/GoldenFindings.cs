using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review.Golden;

/// <summary>
/// Findings written one per line (every field of <see cref="Finding"/>), compared with a file recorded from the
/// implementation before the lint performance work (issue 6): a regression guard that the findings stay exactly the
/// same, not a statement of what the spec wants. `JIXIAO_UPDATE_GOLDEN=1` rewrites the file in the source tree.
/// </summary>
internal static class GoldenFindings
{
    public static void Append(StringBuilder text, string key, IEnumerable<Finding> findings)
    {
        foreach (var f in findings)
            text.Append(key).Append('\t').AppendJoin('\t',
                f.RuleId, f.Severity.ToString(), Escape(f.Project), Escape(f.Indicator), Escape(f.Field),
                f.Row?.ToString(CultureInfo.InvariantCulture) ?? "", Escape(f.Message), Escape(f.MessageEn), Escape(f.Evidence),
                f.NonBlocking ? "nonblocking" : "").Append('\n');
    }

    public static void AssertMatches(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var sourcePath = Path.Combine(Path.GetDirectoryName(callerPath)!, fileName);
        if (Environment.GetEnvironmentVariable("JIXIAO_UPDATE_GOLDEN") == "1") File.WriteAllText(sourcePath, actual);
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "golden", fileName)).ReplaceLineEndings("\n");
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
        Assert.Fail($"{fileName}: {a.Length - 1} lines vs {e.Length - 1} recorded; first difference at line {first + 1}:\n" +
                    $"expected: {(first < e.Length ? e[first] : "<end>")}\nactual:   {(first < a.Length ? a[first] : "<end>")}");
    }

    private static string Escape(string? s) =>
        s is null ? "∅" : s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
