using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Domain.Money;

namespace Jixiao.Documents.Forms;

/// <summary>Cleaning and comparison of cell text as extracted from Word/PDF/HTML sources.</summary>
internal static partial class CellText
{
    /// <summary>
    /// Removes HTML tags, markdown escapes and heading marks; `&lt;br&gt;` (a line break inside a cell, as readers and
    /// <c>GridLines</c> write it) becomes a newline; U+3000 becomes a space; trims.
    /// </summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        var s = HtmlTag().Replace(LineBreakTag().Replace(raw, "\n"), " ");
        s = s.Replace("&nbsp;", " ", StringComparison.Ordinal)
             .Replace("&lt;", "<", StringComparison.Ordinal)
             .Replace("&gt;", ">", StringComparison.Ordinal)
             .Replace("&amp;", "&", StringComparison.Ordinal)
             .Replace("\\*", "*", StringComparison.Ordinal)
             .Replace('\u3000', ' ')
             .Replace('\u00A0', ' ');
        return s.Trim();
    }

    /// <summary>All whitespace removed (labels are compared in this form, forms.md).</summary>
    public static string Compact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // U+3000 is white space to char.IsWhiteSpace, so one test covers both.
        var spaces = 0;
        foreach (var c in text)
            if (char.IsWhiteSpace(c)) spaces++;
        if (spaces == 0) return text;
        return string.Create(text.Length - spaces, text, static (span, source) =>
        {
            var k = 0;
            foreach (var c in source)
                if (!char.IsWhiteSpace(c)) span[k++] = c;
        });
    }

    /// <summary>
    /// Key for header labels: compact, full-width brackets/colons folded, `*` and a trailing `：`/`:` removed,
    /// a leading `其中：` dropped (`其中：财政资金` ≡ `财政资金`).
    /// </summary>
    public static string LabelKey(string? text)
    {
        var s = Compact(Clean(text)).Replace('（', '(').Replace('）', ')').Replace('：', ':').Replace("*", "", StringComparison.Ordinal);
        s = s.TrimEnd(':');
        if (s.StartsWith("其中:", StringComparison.Ordinal)) s = s[3..];
        return s;
    }

    /// <summary>
    /// Human text of a name cell: whitespace between two CJK characters removed (letter-spaced PDF/Word
    /// output `定 期 巡 检`), other whitespace runs collapsed.
    /// </summary>
    public static string NormaliseName(string? text)
    {
        var s = Clean(text);
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsWhiteSpace(c)) { sb.Append(c); continue; }
            var j = i;
            while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
            var prev = sb.Length > 0 ? sb[^1] : '\0';
            var next = j < s.Length ? s[j] : '\0';
            if (prev != '\0' && next != '\0' && !(IsCjk(prev) && IsCjk(next)) && !(IsCjk(prev) && IsCjkPunct(next)) && !(IsCjkPunct(prev) && IsCjk(next)))
                sb.Append(' ');
            i = j - 1;
        }
        return sb.ToString();
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool IsCjkPunct(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>True when nothing but whitespace/U+3000 remains.</summary>
    public static bool IsBlank(string? text) => Compact(Clean(text)).Length == 0;

    /// <summary>
    /// Money cells by the one money grammar (<see cref="MoneyText"/>), after form-specific clean-up: a trailing `元`
    /// and the dash placeholders (`—`, `/`) that forms print for "none". Blank → true with null.
    /// </summary>
    public static bool TryParseMoney(string? text, out decimal? value)
    {
        value = null;
        var s = Compact(Clean(text)).Replace("元", "", StringComparison.Ordinal);
        if (s.Length == 0 || s is "—" or "-" or "--" or "——" or "/") return true;
        var parsed = MoneyText.Parse(s);
        if (parsed.IsBlank) return true;
        if (!parsed.IsOk) return false;
        value = parsed.Value;
        return true;
    }

    /// <summary>The money grammar's reason a cell is not money (e.g. 「金额格式错误：负数…」), for import warnings.</summary>
    public static string MoneyError(string? text) =>
        MoneyText.Parse(Compact(Clean(text)).Replace("元", "", StringComparison.Ordinal)).Error ?? "金额格式错误。";

    /// <summary>Money as printed (`1,443,356.00`, `213500`, `152,919.8`); blank → null; not money → null.</summary>
    public static decimal? Money(string? text) => TryParseMoney(text, out var v) ? v : null;

    public static bool IsMoney(string? text) =>
        !IsBlank(text) && TryParseMoney(text, out var v) && v is not null;

    /// <summary>Plain decimal number (分值/得分), e.g. `5`, `4.5`.</summary>
    public static decimal? Number(string? text)
    {
        var s = Compact(Clean(text));
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>Percent as a fraction: `100.00%` → 1.0000.</summary>
    public static decimal? Percent(string? text)
    {
        var s = Compact(Clean(text)).Replace('％', '%');
        if (!s.EndsWith('%')) return null;
        return decimal.TryParse(s[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d / 100m : null;
    }

    public static DateOnly? Date(string? text)
    {
        var m = DatePattern().Match(Compact(Clean(text)));
        if (!m.Success) return null;
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return y >= 1 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")]
    private static partial Regex DatePattern();
}
