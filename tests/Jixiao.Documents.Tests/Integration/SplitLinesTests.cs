using System.Text;
using Jixiao.Documents.Tests.Fuzzing;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Integration;

/// <summary>A text document has one line per line ending of any kind, numbered from 1, and an empty last line after a final ending.</summary>
public sealed class SplitLinesTests
{
    [Theory]
    [InlineData("", "empty text")]
    [InlineData("a", "no ending")]
    [InlineData("a\n", "final ending gives an empty last line")]
    [InlineData("\n\n", "only endings")]
    [InlineData("a\r\nb\rc\u2028d\u0085e\fz\u2029y", "every ending ReplaceLineEndings knows")]
    [InlineData("a\r\r\n\n\rx", "mixed runs")]
    public void SplitLines_AnyLineEndings_SameAsSplittingNormalisedText(string text, string reason)
    {
        var expected = text.ReplaceLineEndings("\n").Split('\n');

        var lines = TextDocumentReader.SplitLines(text);

        Assert.True(expected.SequenceEqual(lines.Select(l => l.Text)), reason);
        Assert.Equal(Enumerable.Range(1, expected.Length), lines.Select(l => l.Number));
    }

    [Fact]
    public void SplitLines_Seeds_SameAsSplittingNormalisedText()
    {
        foreach (var (id, bytes) in ImporterFuzzTests.LoadSeeds())
        {
            var text = Encoding.UTF8.GetString(bytes);

            Assert.True(text.ReplaceLineEndings("\n").Split('\n').SequenceEqual(TextDocumentReader.SplitLines(text).Select(l => l.Text)), id);
        }
    }
}
