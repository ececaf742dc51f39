using System.Globalization;
using Jixiao.Domain.Numbers;

namespace Jixiao.Domain.Money;

/// <summary>
/// The unit a form states its money in (a template's `moneyUnit`): 元 or 万元. Storage is always 元 (spec README: money
/// is decimal 元, 2 dp); 万元 exists at the edges only (ADR-039). Entering: a figure typed under a 万元 header is ×10,000
/// and rounded once to the fen, half away from zero (<see cref="ToYuan"/>). Showing for entry: the exact 万元 figure,
/// up to 6 decimals, so a save never changes a stored amount (<see cref="EntryText"/>). Printing: 2 dp (<see cref="Amount.WanYuan"/>).
/// </summary>
public static class MoneyUnits
{
    public const string Yuan = "元";
    public const string WanYuan = "万元";

    public static bool IsWanYuan(string? unit) => unit == WanYuan;

    /// <summary>An entered figure in <paramref name="unit"/> as stored 元: 万元 × 10,000 rounded to the fen; 元 as entered.</summary>
    public static decimal ToYuan(decimal entered, string? unit) =>
        IsWanYuan(unit) ? Rounding.Yuan(Amount.FromWanYuan(entered).Yuan) : entered;

    /// <inheritdoc cref="ToYuan(decimal, string?)"/>
    public static decimal? ToYuan(decimal? entered, string? unit) => entered is { } e ? ToYuan(e, unit) : null;

    /// <summary>
    /// A typed money text in the money grammar (<see cref="MoneyText.ParseEntry"/>) as it is meant under a header in
    /// <paramref name="unit"/>: under 万元 a bare figure is 万元 (`35.5` → `35.5万`); a figure with its own unit (`元`, `万`,
    /// `万元`) and anything under 元 stay as typed.
    /// </summary>
    public static string? Entered(string? text, string? unit)
    {
        if (!IsWanYuan(unit) || string.IsNullOrWhiteSpace(text)) return text;
        var t = text.Trim();
        return t.EndsWith('元') || t.EndsWith('万') ? t : t + "万";
    }

    /// <summary>A stored 元 amount in <paramref name="unit"/> for entry: 万元 exact (元 ÷ 10,000 without trailing zeros); 元 unchanged.</summary>
    public static decimal FromYuan(decimal yuan, string? unit) =>
        IsWanYuan(unit) ? (yuan / Amount.YuanPerWanYuan) / 1.000000000000000000000000000000000m : yuan;

    /// <inheritdoc cref="FromYuan(decimal, string?)"/>
    public static decimal? FromYuan(decimal? yuan, string? unit) => yuan is { } y ? FromYuan(y, unit) : null;

    /// <summary>
    /// The text an entry field starts with: 元 as `#,##0.00`; 万元 grouped with its exact decimals (at least 2, at most 6:
    /// 2,430,499.9 元 → `243.04999`).
    /// </summary>
    public static string EntryText(decimal? yuan, string? unit)
    {
        if (yuan is not { } y) return "";
        if (!IsWanYuan(unit)) return y.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return FromYuan(y, unit).ToString("#,##0.00####", CultureInfo.InvariantCulture);
    }
}
