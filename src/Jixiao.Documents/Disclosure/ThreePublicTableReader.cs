using Jixiao.Domain.Disclosure;
using static Jixiao.Documents.Disclosure.CellReading;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// Reads 表8. Its data is one row of amounts: the first run of cells after the header that holds only amounts and
/// blanks, with one cell per leaf column. The leaf order follows the header: the “三公” group (合计, 因公出国(境)费,
/// 公务接待费, 公务用车购置及运行费 → 小计 · 购置费 · 运行费) and the 机关运行经费 group, each where it is printed.
/// </summary>
internal static class ThreePublicTableReader
{
    public const string Total = "合计";
    public const string Overseas = "因公出国(境)费";
    public const string Reception = "公务接待费";
    public const string Vehicles = "公务用车购置及运行费";
    public const string VehiclesSubtotal = "小计";
    public const string Purchase = "购置费";
    public const string Operation = "运行费";
    public const string Agency = "机关运行经费";

    private static readonly ColumnSpec[] ThreePublicColumns =
    [
        new(Total, t => t == "合计"),
        new(Overseas, t => t.StartsWith("因公出国", StringComparison.Ordinal)),
        new(Reception, t => t == "公务接待费"),
        new(Vehicles, t => t.StartsWith("公务用车", StringComparison.Ordinal),
        [
            new(VehiclesSubtotal, t => t == "小计"),
            new(Purchase, t => t is "购置费" or "公务用车购置费"),
            new(Operation, t => t is "运行费" or "公务用车运行费"),
        ]),
    ];

    public static ThreePublicTable Read(TableSection s, ICollection<ImportWarning> warnings)
    {
        var label = DisclosureTemplates.Of(s.Kind).Label;
        var cells = s.Cells;
        var runs = cells.GroupBy(c => c.Group).Select(g => g.ToList()).ToList();
        var data = runs.FirstOrDefault(r => r.All(c => c.IsBlank || LooksLikeAmount(c.Text)) && r.Any(c => !c.IsBlank))
                   ?? runs.LastOrDefault(r => r.All(c => c.IsBlank) && r.Count >= 5);
        var header = data is null ? cells : cells.Where(c => c.Line < data[0].Line).ToList();
        var order = LeafOrder(header, s.TitleLine, label, warnings);
        var print = new TablePrint(s.Title, s.PreparerLine, s.AmountUnitLine,
            HeaderColumns.GroupHeaders(header, [.. ThreePublicColumns, new(Agency, t => t.Contains(Agency, StringComparison.Ordinal) && !t.Contains("三公", StringComparison.Ordinal))]),
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
            values.GetValueOrDefault(Total),
            values.GetValueOrDefault(Overseas),
            values.GetValueOrDefault(Reception),
            values.GetValueOrDefault(VehiclesSubtotal) ?? values.GetValueOrDefault(Vehicles),
            values.GetValueOrDefault(Purchase),
            values.GetValueOrDefault(Operation),
            values.GetValueOrDefault(Agency),
            data[0].Line);
    }

    // The 三公 leaves in header order; the 机关运行经费 column before or after them as its group header is printed.
    private static List<string> LeafOrder(IReadOnlyList<Cell> header, int titleLine, string label, ICollection<ImportWarning> warnings)
    {
        var texts = header.Where(c => !c.IsBlank).Select(c => Squeeze(c.Text)).ToList();

        // Without printed sub-columns 公务用车购置及运行费 is a single column.
        var columns = texts.Any(t => t is "小计" or "购置费" or "运行费")
            ? ThreePublicColumns
            : [.. ThreePublicColumns.Select(c => c with { Children = null })];
        var threePublic = HeaderColumns.Order(header, columns, titleLine, label, warnings).ToList();

        var groupIndex = texts.FindIndex(t => t.Contains("三公", StringComparison.Ordinal));
        var agencyIndex = texts.FindIndex(t => t.Contains(Agency, StringComparison.Ordinal) && !t.Contains("三公", StringComparison.Ordinal));
        if (agencyIndex < 0)
        {
            return threePublic;
        }

        return agencyIndex < groupIndex ? [Agency, .. threePublic] : [.. threePublic, Agency];
    }
}
