using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Money;

namespace Jixiao.Domain.Forms;

/// <summary>
/// The value a field's original text stands for. One reading for every consumer (import, editor, storage); never throws:
/// text that does not parse has no value but keeps its text.
/// </summary>
public static partial class FieldText
{
    /// <summary>
    /// Money by the one grammar for typed amounts (<see cref="MoneyText.ParseEntry"/>: a trailing `元`, or `万`/`万元`
    /// converted exactly) after the clean-up forms need: white space and the dash placeholders (`—`, `/`) printed for
    /// "none"; plain signed digits (`-5`, `1.005`) are read as they are. Blank or not money → null.
    /// </summary>
    public static decimal? Money(string? text)
    {
        var s = Compact(text);
        if (IsNone(s)) return null;
        var parsed = MoneyText.ParseEntry(s).Result;
        if (parsed.IsOk) return parsed.Value;
        // Plain invariant digits outside the grammar (a negative or out-of-range amount stored by code) keep their value:
        // the range rules (RNG) judge it, the parser does not drop it.
        return decimal.TryParse(s.Replace("元", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var plain) ? plain : null;
    }

    /// <summary>Why <paramref name="text"/> is not an amount (the grammar's Chinese reason), or null when it is one or blank.</summary>
    public static string? MoneyError(string? text)
    {
        var s = Compact(text);
        return IsNone(s) ? null : MoneyText.ParseEntry(s).Result.Error;
    }

    private static bool IsNone(string compact) =>
        compact.Replace("元", "", StringComparison.Ordinal) is "" or "—" or "-" or "--" or "——" or "/";

    /// <summary>`2024-01-01`, `2024/1/1`, `2024.1.1`, `2024年1月1日`; anything else (or an impossible day) → null.</summary>
    public static DateOnly? Date(string? text)
    {
        var m = DatePattern().Match(Compact(text));
        if (!m.Success) return null;
        var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        return y >= 1 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    /// <summary>是 → true, 否 → false, anything else → null.</summary>
    public static bool? YesNo(string? text) => Compact(text) switch { "是" => true, "否" => false, _ => null };

    public static string FormatMoney(decimal yuan) => MoneyText.Format(yuan);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatYesNo(bool value) => value ? "是" : "否";

    /// <summary>The field's name in messages: the printed label without `*`, a trailing colon, `其中：` or `（元）`.</summary>
    public static string PlainLabel(string label)
    {
        var s = Compact(label).Replace("*", "", StringComparison.Ordinal).TrimEnd('：', ':');
        if (s.StartsWith("其中：", StringComparison.Ordinal) || s.StartsWith("其中:", StringComparison.Ordinal)) s = s[3..];
        foreach (var unit in (string[])["（元）", "(元)"])
            if (s.EndsWith(unit, StringComparison.Ordinal)) s = s[..^unit.Length];
        return s;
    }

    private static string Compact(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")]
    private static partial Regex DatePattern();
}
