using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Tests.Shared;

namespace Jixiao.Domain.Tests.Scoring;

/// <summary>
/// The worked examples of docs/spec/scoring.md §3, read from the Markdown at test time. The published execution-rate examples of docs/spec/scoring.md §3 (the table with 全年预算数, 全年执行数, exact rate,
/// shown rate and score): the shown rate is the first figure of its cell (a note in parentheses may follow), the score
/// the last figure of its cell (after `→`). The made-up examples E3–E19: one table of cases per example
/// (<see cref="SpecTables"/>), interpreted by <c>WorkedExampleTests</c>.
/// </summary>
internal static partial class ScoringSpec
{
    public static IReadOnlyList<(string Id, decimal Budget, decimal Spent, decimal Rate, decimal Shown, decimal Score)> PublishedRates => Rates.Value;

    private static readonly Lazy<IReadOnlyList<(string, decimal, decimal, decimal, decimal, decimal)>> Rates = new(() =>
    {
        var text = RepositoryFiles.Spec("scoring.md");
        var section = text[text.IndexOf("\n## 3.", StringComparison.Ordinal)..];
        var table = section[section.IndexOf("| # | 全年预算数", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        return table.Split('\n').Skip(2).Select(line =>
        {
            var c = line.Trim('|').Split('|').Select(x => x.Trim()).ToArray();
            return (c[0], Number(c[1]), Number(c[2]), Number(c[3]), Number(Figures(c[4])[0]), Number(Figures(c[5])[^1]));
        }).ToList();
    });

    public static IReadOnlyList<SpecCase> MadeUpExamples => Examples.Value;

    private static readonly Lazy<IReadOnlyList<SpecCase>> Examples = new(() =>
    {
        var text = RepositoryFiles.Spec("scoring.md");
        var section = text[text.IndexOf("\n## 3.", StringComparison.Ordinal)..];
        return SpecTables.Read(section[section.IndexOf("\nMade-up examples", StringComparison.Ordinal)..], ExampleLead());
    });

    [GeneratedRegex(@"^\*\*(E[0-9]+)")]
    private static partial Regex ExampleLead();

    private static string[] Figures(string cell) => Figure().Matches(cell) is { Count: > 0 } m ? m.Select(x => x.Value).ToArray()
        : throw new InvalidOperationException($"scoring.md §3: no figure in '{cell}'.");

    private static decimal Number(string text) =>
        decimal.Parse(text.Replace(",", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[0-9][0-9,]*(\.[0-9]+)?")]
    private static partial Regex Figure();
}
