using System.Globalization;
using Jixiao.Domain.Money;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Layout;

/// <summary>The printed number formats of the official forms (forms.md: UI prints `#,##0.00`).</summary>
public static class CellFormats
{
    public const string MoneyFormat = "#,##0.00";
    public const string TwoDecimalFormat = "0.00";

    public static string Money(decimal yuan) => Rounding.Yuan(yuan).ToString(MoneyFormat, CultureInfo.InvariantCulture);

    public static string TwoDecimals(decimal value) => Rounding.HalfAwayFromZero(value, 2).ToString(TwoDecimalFormat, CultureInfo.InvariantCulture);

    /// <summary>元 → 万元 with two decimals, as the unit summary prints it (MNY-06).</summary>
    public static string TenThousands(decimal yuan) => new Amount(yuan).WanYuanText;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
