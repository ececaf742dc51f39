using System.Globalization;
using System.Text;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Web.Services;

/// <summary>
/// The open-data CSV of a package: one line per table row (表号, 表名, 科目编码, 科目名称, then one column per amount
/// column of any table, blank where a table has none). UTF-8 with BOM so that Excel reads the Chinese text; amounts
/// in 元 as plain `0.00` numbers so that they stay numbers.
/// </summary>
public static class DisclosureCsv
{
    public static byte[] Write(BudgetDisclosure package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var cells = DisclosureCells.Of(package);
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var sb = new StringBuilder();
        Line(sb, ["表号", "表名", "科目编码", "科目名称", .. columns]);
        foreach (var row in cells.GroupBy(c => (c.Table, c.RowKey)))
        {
            var first = row.First();
            var amounts = columns.Select(col => row.FirstOrDefault(c => c.Column == col)?.Value is { } v
                ? v.ToString("0.00", CultureInfo.InvariantCulture)
                : "");
            Line(sb, [((int)first.Table).ToString(CultureInfo.InvariantCulture), DisclosureTemplates.Of(first.Table).TitleFor(package.Year),
                first.Code ?? "", first.RowName, .. amounts]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void Line(StringBuilder sb, IEnumerable<string> fields)
    {
        sb.AppendJoin(',', fields.Select(Escape));
        sb.Append("\r\n");
    }

    // RFC 4180: quote fields holding a separator, a quote or a line break; a leading = + - @ is prefixed with ' so
    // that a spreadsheet does not evaluate a name as a formula.
    private static string Escape(string field)
    {
        if (field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal) && !decimal.TryParse(field, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            field = "'" + field;
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
