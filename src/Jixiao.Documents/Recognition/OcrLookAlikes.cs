using System.Globalization;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// What OCR makes of some characters (`项Fl实施` for 项目实施, `顼目` for 项目, `IO` for 10). Used only to recognise a
/// word or a number where the grid's grammar expects one; the printed text is always kept as it is.
/// </summary>
internal static class OcrLookAlikes
{
    /// <summary>Character groups OCR prints for a Chinese character of category words.</summary>
    private static readonly (string Printed, string Meant)[] Words =
    [
        ("Fl", "目"), ("FI", "目"), ("F1", "目"), ("顼", "项"),
    ];

    /// <summary>Letters OCR prints for digits.</summary>
    private static readonly Dictionary<char, char> Digits = new()
    {
        ['O'] = '0',
        ['o'] = '0',
        ['I'] = '1',
        ['l'] = '1',
    };

    private const int LongestDamagedNumber = 3;

    /// <summary><paramref name="text"/> with OCR's look-alikes of category words replaced, or null when it holds none.</summary>
    public static string? RepairWord(string text)
    {
        var repaired = text;
        foreach (var (printed, meant) in Words) repaired = repaired.Replace(printed, meant, StringComparison.Ordinal);
        return repaired == text ? null : repaired;
    }

    /// <summary>
    /// A short number OCR printed with letters for digits (`IO`, `1O`, `l5`): its value, or null when the text is a
    /// well-formed number already, holds another character, or does not read as one number.
    /// </summary>
    public static decimal? DamagedNumber(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length is 0 or > LongestDamagedNumber || !t.Any(Digits.ContainsKey) || !t.All(c => char.IsAsciiDigit(c) || Digits.ContainsKey(c))) return null;
        var digits = string.Concat(t.Select(c => Digits.GetValueOrDefault(c, c)));
        if (digits.Length > 1 && digits[0] == '0') return null;
        return decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>The damaged number at <paramref name="i"/> (2–3 characters, a letter among them, no letter or digit after it), or null.</summary>
    public static string? DamagedNumberAt(string text, int i)
    {
        for (var len = Math.Min(LongestDamagedNumber, text.Length - i); len >= 2; len--)
        {
            var end = i + len;
            if (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '.')) continue;
            if (DamagedNumber(text.Substring(i, len)) is not null) return text.Substring(i, len);
        }
        return null;
    }
}
