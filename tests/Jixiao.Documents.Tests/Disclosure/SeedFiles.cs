using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>Reads a seed document copied to the test output (`seeds/`) as numbered source lines.</summary>
internal static class SeedFiles
{
    public const string Disclosure2021 = "003_5c87672f31bbd0d3.txt";

    public static IReadOnlyList<SourceLine> Lines(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", name);
        return File.ReadAllLines(path).Select((text, i) => new SourceLine(i + 1, text)).ToList();
    }
}
