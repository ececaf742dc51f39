using System.Globalization;

namespace Jixiao.Documents.Layout;

/// <summary>The printed number formats of the official forms (forms.md: UI prints `#,##0.00`).</summary>
public static class CellFormats
{
    public const string MoneyFormat = "#,##0.00";
    public const string TwoDecimalFormat = "0.00";

    public static string Money(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero).ToString(MoneyFormat, CultureInfo.InvariantCulture);

    public static string TwoDecimals(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(TwoDecimalFormat, CultureInfo.InvariantCulture);

    /// <summary>元 → 万元 with two decimals, as the unit summary prints it (MNY-06).</summary>
    public static string TenThousands(decimal yuan) => Math.Round(yuan / 10_000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
