using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Tests.Corpus;

/// <summary>
/// When an imported text counts as the expected one: equal after trimming whitespace (each line of a multi-line cell)
/// and full/half-width normalisation (NFKC), or — for figures — the same number (`6.30` = `6.3`, `1,443,356.00` =
/// `1443356`, `100.00%` = `100%`), because parsed values may come back without their printed formatting. Nothing else
/// is forgiven: `10000万元` is not `10000`, a lost decimal point is not repaired.
/// </summary>
internal static partial class CellText
{
    public static bool Same(string? expected, string? got)
    {
        var e = Normalise(expected);
        var g = Normalise(got);
        return e == g || (Figure(e) is { } a && Figure(g) is { } b && a == b);
    }

    public static string Normalise(string? text) =>
        string.Join('\n', (text ?? "").Normalize(NormalizationForm.FormKC).ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>A row label of a disclosure table without its ordinal (`八、`, `1.`, `(一)`) or `其中:`.</summary>
    public static string Label(string? text) => LeadingOrdinal().Replace(Normalise(text), "");

    private static (decimal Value, bool Percent)? Figure(string s)
    {
        var percent = s.EndsWith('%');
        var digits = percent ? s[..^1] : s;
        return digits.Length > 0 && digits.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-')
            && decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? (v, percent)
            : null;
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]|其中:)+")]
    private static partial Regex LeadingOrdinal();
}
