using System.Text.RegularExpressions;
using Jixiao.Tests.Shared;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// The example tables of docs/spec/review-rules.md (`**Examples — CAT.**` and the like under a family's rule table),
/// read from the Markdown at test time. A declaration example is its rule line plus the lines without a rule after it
/// (further rows); an SE example is one line.
/// </summary>
internal static partial class ReviewRulesSpec
{
    /// <summary>One example: the rule and severity it must raise, and its lines.</summary>
    public sealed record Example(string Family, string RuleId, string Severity, IReadOnlyList<SpecCase> Lines)
    {
        public override string ToString() => $"{RuleId} {Severity}: {string.Join(" + ", Lines.Select(l => l.Line))}";
    }

    public static IReadOnlyList<Example> Examples => All.Value;

    public static IReadOnlyList<Example> Declaration => [.. All.Value.Where(e => !e.Family.StartsWith("SE", StringComparison.Ordinal))];

    public static IReadOnlyList<Example> SelfEvaluation => [.. All.Value.Where(e => e.Family == "SE")];

    public static IReadOnlyList<Example> SelfEvaluationForm => [.. All.Value.Where(e => e.Family == "SE form")];

    private static readonly Lazy<IReadOnlyList<Example>> All = new(() =>
    {
        var examples = new List<Example>();
        foreach (var line in SpecTables.Read(RepositoryFiles.Spec("review-rules.md"), ExamplesLead()))
        {
            if (line["rule"] is { } rule)
                examples.Add(new Example(line.Example, rule, line["sev"] ?? throw new InvalidOperationException($"{line}: no sev"), [line]));
            else if (examples.Count > 0 && examples[^1].Family == line.Example)
                examples[^1] = examples[^1] with { Lines = [.. examples[^1].Lines, line] };
            else
                throw new InvalidOperationException($"{line}: a further row with no example above it");
        }
        return examples;
    });

    [GeneratedRegex(@"^\*\*Examples — ([A-Z]+(?: form)?)\.")]
    private static partial Regex ExamplesLead();
}
