using Jixiao.Documents.Text;
using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Tests.Integration;

/// <summary>
/// Every distinct 指标值 and 实际完成值 the importer finds in the seeds, collected here at run time so a new seed
/// string cannot slip past the grammar: each is recognised and round-trips (target-grammar.md §6).
/// </summary>
public class SeedStringGrammarTests
{
    private static readonly Lazy<IReadOnlyList<(string Text, bool Actual)>> Strings = new(Collect);

    private static IReadOnlyList<(string, bool)> Collect()
    {
        var found = new HashSet<(string, bool)>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt"))
        {
            var doc = DocumentImporter.ImportFile(file).Document!;
            foreach (var i in doc.Package.Projects.SelectMany(p => p.Indicators))
            {
                if (i.Target.Kind != TargetKind.Empty) found.Add((i.Target.OriginalText, false));
                if (i.Actual is { Kind: not TargetKind.Empty } a) found.Add((a.OriginalText, true));
            }
        }
        return found.OrderBy(s => s.Item1, StringComparer.Ordinal).ToList();
    }

    public static TheoryData<string, bool> SeedStrings()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (text, actual) in Strings.Value) data.Add(text, actual);
        return data;
    }

    [Fact]
    public void Seeds_HoldManyDistinctStrings() =>
        Assert.True(Strings.Value.Count > 150, $"only {Strings.Value.Count} distinct strings collected");

    [Theory]
    [MemberData(nameof(SeedStrings))]
    public void SeedString_IsRecognisedAndRoundTrips(string text, bool actual)
    {
        var parsed = actual ? TargetParser.ParseActual(text) : TargetParser.Parse(text);
        Assert.Equal(text, parsed.OriginalText);
        Assert.False(parsed.HasNote(ParseNote.Unrecognised), $"“{text}” was not recognised ({parsed.Kind})");

        var canonical = TargetFormatter.Format(parsed);
        var reparsed = actual ? TargetParser.ParseActual(canonical) : TargetParser.Parse(canonical);
        Assert.Equal(parsed, reparsed);                                 // RT-3
        Assert.Equal(canonical, TargetFormatter.Format(reparsed));      // RT-4
    }
}
