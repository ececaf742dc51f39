using System.Globalization;

namespace Jixiao.Domain.Forms;

/// <summary>
/// How a 自评表 figure's original text reads as a value, and the text kept for a value: never throws; a text that does
/// not read as the value beside it gives way to the value printed invariantly, so value and text never disagree.
/// </summary>
public static class EvaluationText
{
    /// <summary>An amount in 元 (<see cref="FieldText.Money"/>).</summary>
    public static decimal? Money(string? text) => FieldText.Money(text);

    /// <summary>A 分值 / 得分: plain digits, a sign and a decimal point, white space ignored; blank or anything else → null.</summary>
    public static decimal? Number(string? text)
    {
        var s = Compact(text);
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>A rate as a fraction: `100.00%` (or `％`) → 1.0000; text without a percent sign → null.</summary>
    public static decimal? Percent(string? text)
    {
        var s = Compact(text).Replace('％', '%');
        if (!s.EndsWith('%')) return null;
        return decimal.TryParse(s[..^1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d / 100m : null;
    }

    /// <summary>The value of a figure of <paramref name="kind"/>.</summary>
    public static decimal? Read(string? text, MoneyGridValue kind) => kind switch
    {
        MoneyGridValue.Money => Money(text),
        MoneyGridValue.Percent => Percent(text),
        _ => Number(text),
    };

    /// <summary><paramref name="kept"/> while it reads as <paramref name="value"/>; else the value printed invariantly (null for none).</summary>
    public static string? Keep(string? kept, decimal? value, MoneyGridValue kind) =>
        value is not { } v ? null
        : kept is not null && Read(kept, kind) == v ? kept
        : kind == MoneyGridValue.Percent ? string.Create(CultureInfo.InvariantCulture, $"{v * 100m}%")
        : string.Create(CultureInfo.InvariantCulture, $"{v}");

    private static string Compact(string? text) =>
        string.IsNullOrEmpty(text) ? "" : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
