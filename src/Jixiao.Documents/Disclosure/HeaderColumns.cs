using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Disclosure;

/// <summary>An amount column of the definition: its key, its head as printed and how a printed head reads (after whitespace removal).</summary>
internal sealed record ColumnSpec(string Key, string Head, Func<string, bool> Matches, IReadOnlyList<ColumnSpec>? Children = null)
{
    public static ColumnSpec From(DisclosureColumn c) =>
        new(c.Key, c.Head, c.Matches, c.Children is { Count: > 0 } children ? children.Select(From).ToList() : null);

    /// <summary>The money columns of a table as the definition prints them, groups with their sub-columns.</summary>
    public static IReadOnlyList<ColumnSpec> Of(DisclosureTableDefinition table) => table.Columns.Select(From).ToList();
}

/// <summary>
/// Orders a table's amount columns from its header cells. Merged headers print the top level first and the
/// sub-columns (人员经费 · 公用经费 under 基本支出) on a later line, so the order is that of the top-level labels,
/// each group expanded to its children in their printed order. Falls back to the template order with a warning.
/// </summary>
internal static class HeaderColumns
{
    /// <summary>Header labels that are neither amount columns nor group headers.</summary>
    private static readonly HashSet<string> Structural = [.. DisclosureForm.FrameHeads, "单位"];

    public static IReadOnlyList<string> Order(
        IReadOnlyList<Cell> header, IReadOnlyList<ColumnSpec> template, int titleLine, string table, ICollection<ImportWarning> warnings)
    {
        var texts = header.Where(c => !c.IsBlank).Select(c => CellReading.Squeeze(c.Text)).ToList();
        var order = new List<string>();
        foreach (var spec in template.OrderBy(s => FirstIndex(texts, s)))
        {
            var missing = (spec.Children ?? []).Prepend(spec).FirstOrDefault(s => FirstIndex(texts, s) == int.MaxValue);
            if (missing is not null)
            {
                warnings.Add(new ImportWarning(titleLine, $"{table}表头缺少「{missing.Head}」列，按模板列序读取。"));
                return Leaves(template);
            }

            order.AddRange(spec.Children is null ? [spec.Key] : spec.Children.OrderBy(c => FirstIndex(texts, c)).Select(c => c.Key));
        }

        return order;
    }

    /// <summary>Header cells that are not columns, code headers or structure: the column-group headers, as printed.</summary>
    public static IReadOnlyList<string> GroupHeaders(IReadOnlyList<Cell> header, IReadOnlyList<ColumnSpec> template)
    {
        var all = template.SelectMany(s => s.Children is null ? [s] : s.Children.Prepend(s)).ToList();
        return header
            .Where(c => !c.IsBlank)
            .Select(c => CellReading.Squeeze(c.Text))
            .Where(t => !Structural.Contains(t) && !t.EndsWith("编码", StringComparison.Ordinal) && !t.EndsWith("名称", StringComparison.Ordinal) &&
                        !all.Any(s => s.Matches(t)))
            .Distinct()
            .ToList();
    }

    private static List<string> Leaves(IReadOnlyList<ColumnSpec> template) =>
        template.SelectMany(s => s.Children is null ? [s.Key] : s.Children.Select(c => c.Key)).ToList();

    private static int FirstIndex(List<string> texts, ColumnSpec spec)
    {
        var i = texts.FindIndex(t => spec.Matches(t));
        return i < 0 ? int.MaxValue : i;
    }
}
