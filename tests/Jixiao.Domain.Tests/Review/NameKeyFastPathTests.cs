using System.Reflection;
using System.Text;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Tests.Review;

/// <summary>
/// DUP-01/DUP-02/DUP-03 group names by a key that skips Unicode normalisation for ASCII and CJK-ideograph names; the
/// key must be exactly the general one (whitespace removed, NFKC, upper case) for every name.
/// </summary>
public class NameKeyFastPathTests
{
    private static readonly Func<string, string> NameKey = (Func<string, string>)typeof(Linter).Assembly
        .GetType("Jixiao.Domain.Review.Rules.Duplicates")!
        .GetMethod("NameKey", BindingFlags.NonPublic | BindingFlags.Static)!
        .CreateDelegate(typeof(Func<string, string>));

    private static string GeneralKey(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '\u3000')).Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    /// <summary>The key, or the exception's type name: NFKC refuses some code points (U+FFFE) and the fast path must too.</summary>
    private static string Outcome(Func<string, string> key, string name)
    {
        try
        {
            return key(name);
        }
        catch (ArgumentException e)
        {
            return "!" + e.GetType().Name;
        }
    }

    [Fact]
    public void NameKey_EverySingleCharacter_EqualsGeneralKey()
    {
        for (var c = 1; c < 0x10000; c++)
        {
            var name = ((char)c).ToString();
            Assert.True(Outcome(GeneralKey, name) == Outcome(NameKey, name), $"U+{c:X4}");
        }
    }

    [Fact]
    public void NameKey_RandomNamesMixingAsciiIdeographsAndOthers_EqualsGeneralKey()
    {
        // Runs of the fast-path classes next to combining marks, full-width forms, kana and spaces.
        string[] pieces = ["a", "Z", "9", "-", "设备", "维护", "\u9FFF", "\u4E00", " ", "\u3000", "\u0301", "\u0308", "ｅ", "Ａ", "（", "ｶ", "\u3099", "ﬁ", "①", "\u00B2", "e\u0301"];
        var rng = new Random(6);
        for (var n = 0; n < 20_000; n++)
        {
            var name = string.Concat(Enumerable.Range(0, rng.Next(1, 8)).Select(_ => pieces[rng.Next(pieces.Length)]));
            Assert.True(Outcome(GeneralKey, name) == Outcome(NameKey, name), name);
        }
    }
}
