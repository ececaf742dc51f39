using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// The header grid of a form, generated from its definition (<see cref="FormDefinition"/>): each field a printed label
/// and a value cell over its span, cells by kind (money right-aligned with its number, dates and 是/否 centred).
/// </summary>
internal static class FieldGrid
{
    /// <summary>The value cell of <paramref name="f"/> on <paramref name="p"/>.</summary>
    public static TableCell Value(FieldDefinition f, Project p, int? colSpan = null, int rowSpan = 1)
    {
        var v = f.Read(p);
        var span = colSpan ?? f.Place.Span;
        return f.Kind switch
        {
            FieldKind.Money => TableCell.Money(v.Money, span, rowSpan),
            FieldKind.Date => TableCell.Centered(CellFormats.Date(v.Date), span, rowSpan),
            FieldKind.YesNo => TableCell.Centered(v.YesNo switch { true => "是", false => "否", null => "" }, span, rowSpan),
            FieldKind.Choice => TableCell.Centered(v.Text, span, rowSpan),
            _ => TableCell.Value(v.Text, span, rowSpan),
        };
    }

    /// <summary>Label/value pairs, one table row per definition row of <paramref name="block"/>.</summary>
    public static IEnumerable<IReadOnlyList<TableCell>> Pairs(FormDefinition form, string block, Project p) =>
        form.Rows(block).Select(row => (IReadOnlyList<TableCell>)row.SelectMany(f => new[] { TableCell.Label(f.Label), Value(f, p) }).ToList());

    /// <summary>
    /// The 项目资金 block of the district forms: its label down the left over all rows, then each row's pairs, an empty
    /// pair where a row has no field in that position (上年结转资金 has nothing on its left).
    /// </summary>
    public static IEnumerable<IReadOnlyList<TableCell>> LabelledLeft(FormDefinition form, string block, Project p)
    {
        var fields = form.InBlock(block).ToList();
        var rows = fields.Max(f => f.Place.Row);
        var orders = fields.GroupBy(f => f.Place.Order).OrderBy(g => g.Key).Select(g => (Order: g.Key, Span: g.First().Place.Span)).ToList();
        for (var r = 1; r <= rows; r++)
        {
            var cells = new List<TableCell>();
            if (r == 1) cells.Add(TableCell.Label(form.Block(block)?.Label ?? "", rowSpan: rows));
            foreach (var (order, span) in orders)
                cells.AddRange(fields.FirstOrDefault(f => f.Place.Row == r && f.Place.Order == order) is { } f
                    ? [TableCell.Label(f.Label), Value(f, p)]
                    : [TableCell.Value(""), TableCell.Value("", colSpan: span)]);
            yield return cells;
        }
    }

    /// <summary>
    /// The 项目绩效目标 block: its label down the left over two rows, the field labels across, their values below.
    /// <paramref name="labelOf"/> prints a label that depends on the project (the 2021 goal header's year range).
    /// </summary>
    public static IEnumerable<IReadOnlyList<TableCell>> LabelsAbove(FormDefinition form, string block, Project p, Func<FieldDefinition, string>? labelOf = null)
    {
        var fields = form.Rows(block).SelectMany(r => r).ToList();
        yield return [TableCell.Label(form.Block(block)?.Label ?? "", rowSpan: 2), .. fields.Select(f => TableCell.Label(labelOf?.Invoke(f) ?? f.Label, colSpan: f.Place.Span))];
        yield return fields.Select(f => Value(f, p)).ToList();
    }

    /// <summary>The indicator grid's column header as printed; the first column may run down the grid (2021 绩效指标).</summary>
    public static IReadOnlyList<TableCell> ColumnHeader(FormDefinition form, int firstRowSpan = 1) =>
        form.IndicatorColumns.Select((c, i) => TableCell.Label(c.Label, colSpan: c.Span, rowSpan: i == 0 ? firstRowSpan : 1)).ToList();
}
