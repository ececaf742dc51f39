using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// target-grammar.md read as a test: every §3 example parses (RT-5), every §5 row gives the kind and canonical string it
/// prints, every §8 actual is read as a value. The rows come from the Markdown (<see cref="GrammarSpec"/>).
/// </summary>
public sealed class GrammarSpecTests
{
    public static TheoryData<string, string> Section3 => new(GrammarSpec.Patterns.Select(p => (p.Pattern, p.Text)));

    public static TheoryData<string, TargetKind, string> Section5 => new(GrammarSpec.ParseTable.Select(r => (r.Input, r.Kind, r.Canonical)));

    public static TheoryData<string> Section8 => new(GrammarSpec.SeenActuals);

    [Theory]
    [MemberData(nameof(Section3))]
    public void Parse_Section3Example_IsRecognised(string pattern, string text)
    {
        var parsed = TargetParser.Parse(text);

        Assert.False(parsed.HasNote(ParseNote.Unrecognised), $"§3 {pattern} `{text}` is not recognised: {parsed.Kind} {parsed.Canonical}");
        Assert.Equal(text, parsed.OriginalText);
    }

    [Theory]
    [MemberData(nameof(Section5))]
    public void Parse_Section5Row_GivesPrintedKindAndCanonical(string input, TargetKind kind, string canonical)
    {
        var parsed = TargetParser.Parse(input);

        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(canonical, parsed.Canonical);
    }

    [Theory]
    [MemberData(nameof(Section8))]
    public void ParseActual_Section8SeenActual_IsRecognised(string text)
    {
        var parsed = TargetParser.ParseActual(text);

        Assert.NotEqual(TargetKind.Empty, parsed.Kind);
        Assert.False(parsed.HasNote(ParseNote.Unrecognised), $"§8 `{text}` is not recognised: {parsed.Kind} {parsed.Canonical}");
    }

    [Fact]
    public void GrammarSpec_ReadsEveryPatternTableRowAndActual()
    {
        // Guards the reader: a reworded heading or table must not silently leave the tests with nothing to check.
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"], GrammarSpec.Patterns.Select(p => p.Pattern).Distinct());
        Assert.Equal(37, GrammarSpec.Official2024.Count());
        Assert.True(GrammarSpec.ParseTable.Count >= 40, $"only {GrammarSpec.ParseTable.Count} rows read from §5");
        Assert.Contains(GrammarSpec.ParseTable, r => r.Input == "" && r.Kind == TargetKind.Empty);
        Assert.Contains("400 册", GrammarSpec.SeenActuals);
    }
}
