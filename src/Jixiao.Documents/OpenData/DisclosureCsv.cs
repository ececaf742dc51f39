using System.Globalization;
using System.Text;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.OpenData;

/// <summary>
/// The open-data CSV of a package (schema v1, docs/schema/README.md): one line per table row (表号, 表名, 科目编码,
/// 科目名称, then one column per amount column of any table, blank where a table has none). Amounts in 元 as plain
/// `0.00` numbers so that they stay numbers.
/// </summary>
public static class DisclosureCsv
{
    public static readonly string[] LeadingColumns = ["表号", "表名", "科目编码", "科目名称"];

    public static byte[] Write(BudgetDisclosure package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var cells = DisclosureCells.Of(package);
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var sb = new StringBuilder();
        CsvText.Line(sb, [.. LeadingColumns, .. columns]);
        foreach (var row in cells.GroupBy(c => (c.Table, c.RowKey)))
        {
            var first = row.First();
            var amounts = columns.Select(col => row.FirstOrDefault(c => c.Column == col)?.Value is { } v
                ? v.ToString("0.00", CultureInfo.InvariantCulture)
                : "");
            CsvText.Line(sb, [((int)first.Table).ToString(CultureInfo.InvariantCulture), DisclosureForm.Table(first.Table).TitleFor(package.Year),
                first.Code ?? "", first.RowName, .. amounts]);
        }

        return CsvText.Bytes(sb);
    }
}
