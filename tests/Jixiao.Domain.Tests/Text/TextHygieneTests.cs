using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Text;

public class TextHygieneTests
{
    public static TheoryData<string, string, string> Cleaned => new()
    {
        { "短信\u0000平台", "短信平台", "NUL: PostgreSQL text cannot hold it" },
        { "a\u0001b\u000bc\u001fd", "abcd", "C0 controls break XML 1.0 in xlsx/docx" },
        { "x\u007fy\u0085z", "xyz", "DEL and C1 controls" },
        { "名称\uFFFE\uFFFF", "名称", "BMP noncharacters" },
        { "a\uFDD0b", "ab", "noncharacter block U+FDD0..U+FDEF" },
        { "a\uD83F\uDFFEb", "ab", "plane-1 noncharacter U+1FFFE as a surrogate pair" },
    };

    public static TheoryData<string, string> Kept => new()
    {
        { "第一行\n第二行\r\n\t缩进", "line breaks and tab are what people type" },
        { "≥90.00(%)　全角空格", "operators and U+3000" },
        { "满意度😀", "emoji as a valid surrogate pair" },
        { "", "empty" },
        { "plain ASCII 123", "printable ASCII" },
        { "\uFFFD替换符", "U+FFFD is a character, not a noncharacter" },
    };

    [Theory]
    [MemberData(nameof(Cleaned))]
    public void Clean_RemovesWhatNoFormMayHold(string input, string expected, string reason)
    {
        Assert.Equal(expected, TextHygiene.Clean(input));
        Assert.False(TextHygiene.IsClean(input), reason);
        Assert.Equal(input.Length - expected.Length, TextHygiene.CountUnclean(input));
    }

    [Theory]
    [MemberData(nameof(Kept))]
    public void Clean_KeepsWhatPeopleType_SameInstance(string input, string reason)
    {
        Assert.True(TextHygiene.IsClean(input), reason);
        Assert.Same(input, TextHygiene.Clean(input));
    }

    // Not theory data: the test runner re-encodes theory arguments as UTF-8, which turns a lone surrogate into U+FFFD.
    [Fact]
    public void Clean_RemovesUnpairedSurrogates()
    {
        Assert.Equal("ab", TextHygiene.Clean("a\uD800b"));
        Assert.Equal("ab", TextHygiene.Clean("a\uDC00b"));
        Assert.Equal("尾", TextHygiene.Clean("尾\uD83D"));
        Assert.Equal("ab", TextHygiene.Clean("a\uDC00\uD800b")); // reversed pair is two lone halves
        Assert.False(TextHygiene.IsClean("a\uD800b"));
    }

    [Fact]
    public void Clean_IsIdempotent_AndCleanOrNullKeepsNull()
    {
        var once = TextHygiene.Clean("a\u0000\uD800\uFFFFb\u0001");
        Assert.Equal("ab", once);
        Assert.Same(once, TextHygiene.Clean(once));
        Assert.Null(TextHygiene.CleanOrNull(null));
    }
}
