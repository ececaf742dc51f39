using System.Text;

namespace Jixiao.Domain.Text;

/// <summary>
/// What a form may hold as text. Every text that enters the system (editor, API, importers, restore) passes through
/// <see cref="Clean"/>, and every renderer may call it again on what older versions stored.
/// Removed: C0/C1 control characters other than tab, line feed and carriage return (NUL breaks PostgreSQL text, the
/// others break XML in xlsx/docx), the noncharacters U+FFFE/U+FFFF (and the other 64 noncharacters), and unpaired
/// surrogates (not encodable as UTF-8). Everything a person types (CJK, punctuation, emoji, full-width forms) is kept.
/// </summary>
public static class TextHygiene
{
    /// <summary>True when <paramref name="text"/> would be returned unchanged by <see cref="Clean"/>.</summary>
    public static bool IsClean(ReadOnlySpan<char> text) => FirstUnclean(text) < 0;

    /// <summary>The text without the characters no form may hold; the same instance when nothing is removed.</summary>
    public static string Clean(string text)
    {
        var first = FirstUnclean(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsAllowedSingle(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Null stays null; otherwise <see cref="Clean(string)"/>.</summary>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>How many characters <see cref="Clean"/> would remove (for reports such as a restore summary).</summary>
    public static int CountUnclean(string text) => text.Length - Clean(text).Length;

    private static int FirstUnclean(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= ' ' && c < '\u007f') continue; // printable ASCII: the common case, decided in one comparison
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
            }
            else if (!IsAllowedSingle(c)) return i;
        }
        return -1;
    }

    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r'
        || (!char.IsControl(c) && !char.IsSurrogate(c) && !IsNoncharacter(c));

    // Unicode noncharacters: U+FDD0..U+FDEF and the last two code points of every plane.
    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
