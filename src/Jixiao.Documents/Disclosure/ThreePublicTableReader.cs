using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using static Jixiao.Documents.Disclosure.CellReading;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// Reads 表8. Its data is one row of amounts: the first run of cells after the header that holds only amounts and
/// blanks, with one cell per leaf column. The leaf order follows the header: the “三公” group (合计, 因公出国(境)费,
/// 公务接待费, 公务用车购置及运行费 → 小计 · 购置费 · 运行费) and the 机关运行经费 group, each where it is printed.
/// </summary>
internal static class ThreePublicTableReader
{
    private static readonly DisclosureTableDefinition Table = DisclosureForm.ThreePublic;

    // The 机关运行经费 column is its own group, printed before or after the “三公” group; the others belong to that group.
    private static readonly DisclosureColumn AgencyColumn = Table.Columns.Single(c => c.Key == "agency");

    private static readonly ColumnSpec[] ThreePublicColumns = [.. Table.Columns.Where(c => c != AgencyColumn).Select(ColumnSpec.From)];

    private static readonly ColumnSpec Agency = ColumnSpec.From(AgencyColumn);

    public static ThreePublicTable Read(TableSection s, ICollection<ImportWarning> warnings)
    {
        var label = Table.Label;
        var cells = s.Cells;
        var runs = cells.GroupBy(c => c.Group).Select(g => g.ToList()).ToList();
        var data = runs.FirstOrDefault(r => r.All(c => c.IsBlank || LooksLikeAmount(c.Text)) && r.Any(c => !c.IsBlank))
                   ?? runs.LastOrDefault(r => r.All(c => c.IsBlank) && r.Count >= 5);
        var header = data is null ? cells : cells.Where(c => c.Line < data[0].Line).ToList();
        var order = LeafOrder(header, s.TitleLine, label, warnings);
        var print = new TablePrint(s.Title, s.PreparerLine, s.AmountUnitLine,
            HeaderColumns.GroupHeaders(header, [.. ThreePublicColumns, Agency]),
            s.TitleLine);

        if (data is null)
        {
            warnings.Add(new ImportWarning(s.TitleLine, $"{label}：未找到金额行。"));
            return new ThreePublicTable(print, null, null, null, null, null, null, null, s.TitleLine);
        }

        if (data.Count != order.Count)
        {
            warnings.Add(new ImportWarning(data[0].Line,
                $"{label}：金额行有{Invariant(data.Count)}个单元格，表头有{Invariant(order.Count)}列，按表头列序读取。"));
        }

        var scale = Scale(s.AmountUnitLine);
        var values = new Dictionary<string, decimal?>();
        for (var k = 0; k < order.Count; k++)
        {
            values[order[k]] = k < data.Count ? OptionalAmount(data[k], scale, warnings) : null;
        }

        for (var k = order.Count; k < data.Count; k++)
        {
            if (!data[k].IsBlank)
            {
                warnings.Add(new ImportWarning(data[k].Line, $"{label}：多余的单元格「{data[k].Text}」未能归入任何列。"));
            }
        }

        return new ThreePublicTable(
            print,
            values.GetValueOrDefault("total"),
            values.GetValueOrDefault("overseas"),
            values.GetValueOrDefault("reception"),
            values.GetValueOrDefault("vehicles") ?? values.GetValueOrDefault("vehicleCosts"),
            values.GetValueOrDefault("purchase"),
            values.GetValueOrDefault("operation"),
            values.GetValueOrDefault(Agency.Key),
            data[0].Line);
    }

    // The 三公 leaves in header order; the 机关运行经费 column before or after them as its group header is printed.
    private static List<string> LeafOrder(IReadOnlyList<Cell> header, int titleLine, string label, ICollection<ImportWarning> warnings)
    {
        var texts = header.Where(c => !c.IsBlank).Select(c => Squeeze(c.Text)).ToList();

        // Without printed sub-columns 公务用车购置及运行费 is a single column.
        var columns = texts.Any(t => ThreePublicColumns.Any(c => c.Children?.Any(sub => sub.Matches(t)) == true))
            ? ThreePublicColumns
            : [.. ThreePublicColumns.Select(c => c with { Children = null })];
        var threePublic = HeaderColumns.Order(header, columns, titleLine, label, warnings).ToList();

        var groupIndex = texts.FindIndex(t => t.Contains("三公", StringComparison.Ordinal));
        var agencyIndex = texts.FindIndex(t => Agency.Matches(t));
        if (agencyIndex < 0)
        {
            return threePublic;
        }

        return agencyIndex < groupIndex ? [Agency.Key, .. threePublic] : [.. threePublic, Agency.Key];
    }
}
