using System.Globalization;
using ClosedXML.Excel;
using ExcelNumberFormat;

namespace Jixiao.Documents.Reading;

/// <summary>
/// What a spreadsheet user sees in a cell: numbers through the cell's number format (`1,443,356.00`), the raw value
/// when the format is General, dates as `yyyy-MM-dd`, formulas by their cached result (never re-evaluated: a
/// hostile formula must not cost time, and Excel/WPS always save the result).
/// </summary>
internal static class XlsxCellText
{
    public static string Of(IXLCell cell)
    {
        if (cell.HasFormula) return Cached(cell);
        return cell.DataType switch
        {
            XLDataType.Number => Number(cell.GetDouble(), cell),
            XLDataType.DateTime => Date(cell.GetDateTime()),
            XLDataType.Boolean => cell.GetBoolean() ? "TRUE" : "FALSE",
            XLDataType.TimeSpan => cell.GetTimeSpan().ToString("c", CultureInfo.InvariantCulture),
            _ => cell.GetString(),
        };
    }

    private static string Cached(IXLCell cell)
    {
        switch (cell.CachedValue)
        {
            case null: return "";
            case double d: return Number(d, cell);
            case DateTime d: return Date(d);
            case bool b: return b ? "TRUE" : "FALSE";
        }
        var text = Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture) ?? "";
        // ClosedXML types a loaded formula cell unreliably, so a cached result that reads as a number is one
        // (unless it has the leading zeros only a text result keeps, like `00123`).
        if (cell.DataType == XLDataType.Boolean) return text is "1" or "TRUE" or "True" ? "TRUE" : "FALSE";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !HasLeadingZero(text))
            return Number(number, cell);
        return text;
    }

    private static bool HasLeadingZero(string text) => text.Length > 1 && text[0] == '0' && char.IsDigit(text[1]);

    private static string Number(double value, IXLCell cell)
    {
        var code = FormatCode(cell.Style.NumberFormat);
        if (code is null) return General(value);
        var format = new NumberFormat(code);
        if (!format.IsValid) return General(value);
        if (format.IsDateTimeFormat && !format.IsTimeSpanFormat)
            return value is >= -657434 and < 2958466 ? Date(DateTime.FromOADate(value)) : General(value);
        try
        {
            // `_ ` and `_)` pad for alignment (WPS's 数值 format is `0.00_ `): layout, not content.
            return format.Format(value, CultureInfo.InvariantCulture).Trim();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return General(value);
        }
    }

    /// <summary>The format code, or null for General/text; built-in formats are stored as ids only.</summary>
    private static string? FormatCode(IXLNumberFormat format)
    {
        var code = string.IsNullOrWhiteSpace(format.Format) ? BuiltIn(format.NumberFormatId) : format.Format;
        return code is null || code.Equals("General", StringComparison.OrdinalIgnoreCase) || code == "@" ? null : code;
    }

    // ECMA-376 §18.8.30 built-ins; 27–36 and 50–58 are the zh-CN date formats.
    private static string? BuiltIn(int id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58 => "yyyy-mm-dd",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        48 => "##0.0E+0",
        _ => null,
    };

    /// <summary>The stored value as typed: 15 significant digits, as Excel keeps them, without float noise.</summary>
    private static string General(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
        return Math.Abs(value) < 7.9e27 ? ((decimal)value).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Date(DateTime date) => date.TimeOfDay == TimeSpan.Zero
        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
