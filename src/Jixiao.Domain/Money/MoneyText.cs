using System.Globalization;
using System.Text;

namespace Jixiao.Domain.Money;

/// <summary>Outcome of reading one money cell.</summary>
public enum MoneyParseStatus
{
    /// <summary>A valid amount.</summary>
    Ok,

    /// <summary>Empty, whitespace or U+3000 only: the cell was left blank.</summary>
    Blank,

    /// <summary>Not a valid amount; see <see cref="MoneyParseResult.Error"/> (MNY-09).</summary>
    Invalid,
}

/// <summary>
/// Result of <see cref="MoneyText.Parse"/>: <see cref="Value"/> is the amount in 元 (0 when blank or invalid);
/// <see cref="Error"/> is a Chinese reason when <see cref="Status"/> is <see cref="MoneyParseStatus.Invalid"/>.
/// </summary>
public readonly record struct MoneyParseResult(MoneyParseStatus Status, decimal Value, string? Error)
{
    public bool IsOk => Status == MoneyParseStatus.Ok;

    public bool IsBlank => Status == MoneyParseStatus.Blank;

    /// <summary>The amount, or null when the cell is blank or invalid.</summary>
    public decimal? ValueOrNull => Status == MoneyParseStatus.Ok ? Value : null;
}

/// <summary>A typed money field read by <see cref="MoneyText.ParseEntry"/>: the amount in 元 and whether it was stated in 万元.</summary>
public readonly record struct MoneyEntry(MoneyParseResult Result, bool InWanYuan);

/// <summary>
/// Money cells as printed in the forms (forms.md, "Money formats"): digits with or without thousands separators
/// (`1,443,356.00`, `113,780`, `213500`, `152,919.8`, `0`), surrounding spaces/U+3000 ignored, full-width digits
/// and separators accepted. Rejected with a reason (rule MNY-09): negatives, more than 2 significant decimals,
/// misplaced separators, anything else. Never throws.
/// </summary>
public static class MoneyText
{
    public const string RuleId = "MNY-09";

    // decimal(18,2): at most 16 integer digits.
    private const int MaxIntegerDigits = 16;

    /// <summary>True and the amount for a valid cell; true and 0 for a blank cell; false for an invalid one.</summary>
    public static bool TryParse(string? text, out decimal value)
    {
        var result = Parse(text);
        value = result.Value;
        return result.Status != MoneyParseStatus.Invalid;
    }

    // Grammar (after trimming and full-width folding):
    //   amount  := integer [ "." digit+ ]
    //   integer := digit+                      -- plain
    //            | digit{1,3} ( "," digit{3} )+ -- grouped
    // Trailing zeros beyond 2 decimals are accepted ("1.500"); other extra decimals are not.
    public static MoneyParseResult Parse(string? text)
    {
        var s = Normalise(text);
        if (s.Length == 0)
        {
            return new MoneyParseResult(MoneyParseStatus.Blank, 0m, null);
        }

        if (s[0] is '-' or '−')
        {
            return Invalid("金额格式错误：金额不能为负数。");
        }

        if (s[0] == '(' && s[^1] == ')')
        {
            return Invalid("金额格式错误：金额不能为负数。");
        }

        var dot = s.IndexOf('.');
        var integerPart = dot < 0 ? s : s[..dot];
        var fractionPart = dot < 0 ? string.Empty : s[(dot + 1)..];

        if (integerPart.Length == 0 || (dot >= 0 && fractionPart.Length == 0))
        {
            return Invalid("金额格式错误：不是有效的数字。");
        }

        if (!fractionPart.All(char.IsAsciiDigit))
        {
            return Invalid("金额格式错误：不是有效的数字。");
        }

        var digits = integerPart.Contains(',') ? Ungroup(integerPart) : integerPart;
        if (digits is null)
        {
            return Invalid("金额格式错误：千分位分隔符位置不正确。");
        }

        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            return Invalid("金额格式错误：不是有效的数字。");
        }

        if (fractionPart.TrimEnd('0').Length > 2)
        {
            return Invalid("金额格式错误：小数位超过两位。");
        }

        if (digits.TrimStart('0').Length > MaxIntegerDigits)
        {
            return Invalid("金额格式错误：金额超出范围。");
        }

        var canonical = fractionPart.Length == 0 ? digits : digits + "." + fractionPart;
        var value = decimal.Parse(canonical, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new MoneyParseResult(MoneyParseStatus.Ok, value, null);
    }

    /// <summary>
    /// A money field as a person types it (the editor, the API): the cell grammar of <see cref="Parse"/>, optionally
    /// followed by a unit — `元`, or `万`/`万元` for a figure in 万元 (×10,000, exact; the 元 amount may carry at most 2
    /// decimals). `139.2万` → 1,392,000; `1,392,000元` → 1,392,000. The editor's script mirrors this for instant feedback
    /// only; the server reads every field through here. Never throws.
    /// </summary>
    public static MoneyEntry ParseEntry(string? text)
    {
        var s = Normalise(text);
        var wan = false;
        if (s.EndsWith("万元", StringComparison.Ordinal)) (s, wan) = (s[..^2].TrimEnd(), true);
        else if (s.EndsWith('万')) (s, wan) = (s[..^1].TrimEnd(), true);
        else if (s.EndsWith('元')) s = s[..^1].TrimEnd();
        if (!wan) return new MoneyEntry(Parse(s), false);

        // Grammar in 万元: amount as above but up to 6 decimals (1 分 = 0.000001 万元).
        if (s.Length == 0) return new MoneyEntry(Invalid("金额格式错误：“万”前面缺少数字。"), true);
        var dot = s.IndexOf('.');
        var fraction = dot < 0 ? "" : s[(dot + 1)..];
        var integer = Parse(dot < 0 ? s : s[..dot]);
        if (integer.Status == MoneyParseStatus.Blank) return new MoneyEntry(Invalid("金额格式错误：不是有效的数字。"), true);
        if (integer.Status == MoneyParseStatus.Invalid) return new MoneyEntry(integer, true);
        if (dot >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit)))
            return new MoneyEntry(Invalid("金额格式错误：不是有效的数字。"), true);
        if (fraction.TrimEnd('0').Length > 6) return new MoneyEntry(Invalid("金额格式错误：按万元填写时小数最多六位（即到分）。"), true);
        var wanValue = integer.Value + (fraction.Length == 0 ? 0m
            : decimal.Parse("0." + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
        var yuan = Amount.FromWanYuan(wanValue).Yuan;
        if (yuan >= 1e16m) return new MoneyEntry(Invalid("金额格式错误：金额超出范围。"), true);
        return new MoneyEntry(new MoneyParseResult(MoneyParseStatus.Ok, yuan, null), true);
    }

    /// <summary>The printed form of the UI and of findings: `#,##0.00` (invariant, 2 dp, away from zero).</summary>
    public static string Format(decimal yuan) =>
        Numbers.Rounding.Yuan(yuan).ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static MoneyParseResult Invalid(string reason) => new(MoneyParseStatus.Invalid, 0m, reason);

    // Returns the digits without separators, or null when a group is not exactly three digits.
    private static string? Ungroup(string integerPart)
    {
        var groups = integerPart.Split(',');
        if (groups[0].Length is < 1 or > 3)
        {
            return null;
        }

        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3)
            {
                return null;
            }
        }

        return string.Concat(groups);
    }

    private static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '，' => ',',
                '．' => '.',
                '－' => '-',
                '（' => '(',
                '）' => ')',
                _ => c,
            });
        }

        // U+3000 and NBSP count as whitespace for char.IsWhiteSpace; only the outside is padding.
        return sb.ToString().Trim();
    }
}
