using System.Text.RegularExpressions;
using Jixiao.Domain.Targets;
using Jixiao.Tests.Shared;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// The examples of docs/spec/target-grammar.md, read from the Markdown at test time so the tests and finance staff read
/// the same strings: §3 A–K (every code span after a pattern's colon; spans holding `…` or `{` are shapes), the §5
/// table (input, kind, canonical) and the actuals §8 lists as seen. Nothing here is copied from the spec.
/// </summary>
internal static partial class GrammarSpec
{
    private static readonly Lazy<string> Markdown = new(() => RepositoryFiles.Spec("target-grammar.md"));

    /// <summary>§3: (pattern letter, example) in the order written.</summary>
    public static IReadOnlyList<(string Pattern, string Text)> Patterns => PatternList.Value;

    /// <summary>§3 A written without spaces: already canonical, so Format(Parse(s)) is byte-identical (RT-2).</summary>
    public static IEnumerable<string> Official2024 =>
        Patterns.Where(p => p.Pattern == "A" && !p.Text.Any(char.IsWhiteSpace)).Select(p => p.Text);

    /// <summary>§5 rows: each input with the kind the "parsed" column starts with and its canonical string.</summary>
    public static IReadOnlyList<(string Input, TargetKind Kind, string Canonical)> ParseTable => Table.Value;

    /// <summary>§8: the actuals seen in the seeds.</summary>
    public static IReadOnlyList<string> SeenActuals => Actuals.Value;

    /// <summary>
    /// Every example string (§3, §5 inputs, §8), plus the two empty cells §3 K describes in words (a blank cell and
    /// one holding only U+3000), which a code span cannot show.
    /// </summary>
    public static IEnumerable<string> All =>
        Patterns.Select(p => p.Text).Concat(ParseTable.Select(r => r.Input)).Concat(SeenActuals).Concat(["", "\u3000"])
            .Distinct(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<(string, string)>> PatternList = new(() =>
    {
        var result = new List<(string, string)>();
        foreach (var paragraph in Section("## 3.").Split("\n\n").Select(p => p.Replace('\n', ' ')))
        {
            var title = PatternTitle().Match(paragraph);
            if (!title.Success) continue;
            var body = paragraph[(title.Index + title.Length)..];
            body = body[(body.IndexOf(':', StringComparison.Ordinal) + 1)..];
            result.AddRange(Examples(body).Select(e => (title.Groups[1].Value, e)));
        }
        return result;
    });

    private static readonly Lazy<IReadOnlyList<(string, TargetKind, string)>> Table = new(() =>
    {
        var result = new List<(string, TargetKind, string)>();
        foreach (var line in Section("## 5.").Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1))
        {
            var cells = line.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray();
            if (cells.Length != 3 || cells[0] == "---") continue;
            var inputs = Examples(cells[0]).ToList();
            if (cells[0].StartsWith("blank", StringComparison.Ordinal)) inputs.Insert(0, "");
            var kind = Kind(cells[1]);
            var canonicals = Canonicals(cells[2], inputs);
            result.AddRange(inputs.Select((input, i) => (input, kind, canonicals[i])));
        }
        return result;
    });

    private static readonly Lazy<IReadOnlyList<string>> Actuals = new(() =>
    {
        var section = Section("## 8.");
        var from = section.IndexOf("Seen [S]:", StringComparison.Ordinal);
        var to = section.IndexOf("copied from the target", from, StringComparison.Ordinal);
        return Examples(section[from..to]).ToList();
    });

    private static string Section(string heading)
    {
        var text = Markdown.Value;
        var start = text.IndexOf("\n" + heading, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"target-grammar.md has no section '{heading}'.");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return text[(start + 1)..(end < 0 ? text.Length : end)];
    }

    private static IEnumerable<string> Examples(string text) =>
        CodeSpan().Matches(text).Select(m => m.Groups[1].Value).Where(s => !s.Contains('…') && !s.Contains('{'));

    // "Quant, Eq, …", "Deadline: monthly …", "Qual [健全] …", "Boolean true · false", "Empty".
    private static TargetKind Kind(string parsed)
    {
        var word = LeadingWord().Match(parsed).Value;
        return word switch
        {
            "Quant" => TargetKind.Quantitative,
            "Qual" => TargetKind.Qualitative,
            _ => Enum.Parse<TargetKind>(word),
        };
    }

    // One canonical per input, `·`-separated like the inputs; `unchanged` = the input itself, `same` = the one before,
    // `empty string` = "". A single entry stands for every input of the row.
    private static string[] Canonicals(string cell, List<string> inputs)
    {
        var parts = cell.Split(" · ").Select(p => p.Trim()).ToList();
        var result = new string[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var part = parts.Count == 1 ? parts[0] : parts[i];
            var span = Examples(part).FirstOrDefault();
            result[i] = span is not null ? span
                : part.StartsWith("unchanged", StringComparison.Ordinal) ? inputs[i]
                : part == "same" ? result[i - 1]
                : part == "empty string" ? ""
                : throw new InvalidOperationException($"target-grammar.md §5: cannot read the canonical '{part}'.");
        }
        return result;
    }

    [GeneratedRegex(@"^\*\*([A-K])\.[^*]*\*\*")]
    private static partial Regex PatternTitle();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex LeadingWord();
}
