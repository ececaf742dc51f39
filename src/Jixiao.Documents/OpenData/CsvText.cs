using System.Globalization;
using System.Text;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.OpenData;

/// <summary>RFC 4180 CSV in UTF-8 with a BOM (so Excel reads the Chinese text), CRLF line ends, formula-safe.</summary>
internal static class CsvText
{
    public static void Line(StringBuilder sb, IEnumerable<string?> fields)
    {
        sb.AppendJoin(',', fields.Select(f => Escape(f ?? "")));
        sb.Append("\r\n");
    }

    public static byte[] Bytes(StringBuilder sb) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];

    /// <summary>Plain `0.00`-style numbers (no grouping) so a spreadsheet keeps them numeric; blank for null.</summary>
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // Quote fields holding a separator, a quote or a line break; a leading = + - @ is prefixed with ' so that a
    // spreadsheet does not evaluate a name as a formula (numbers such as -1.5 stay numbers).
    private static string Escape(string field)
    {
        field = TextHygiene.Clean(field); // text stored by older versions may still hold control characters
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            field = "'" + field;
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
