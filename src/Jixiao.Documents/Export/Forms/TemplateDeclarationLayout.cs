using Jixiao.Documents.Layout;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Templates;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// A 目标表 of a data template (ADR-032), laid out from its definition: the template's title, each block's fields as
/// label/value pairs in the template's rows and order, then the indicator grid with exactly the template's columns
/// (its own columns such as 绩效标准 or 数据来源 from the row's column texts). The Shanghai forms keep their own layouts.
/// </summary>
public static class TemplateDeclarationLayout
{
    /// <summary>The data template's form <paramref name="project"/> was created on, or null for the built-in (Shanghai) forms.</summary>
    public static FormDefinition? FormOf(Project project) =>
        FormDefinitions.For(project) is { } form && form.Form == project.Form && !FormDefinitions.BuiltIn.Contains(form) ? form : null;

    public static IReadOnlyList<FormBlock> Blocks(Project p, FormDefinition form)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(form);
        // Columns the rows keep that the template does not define (a generic import's 数据来源) print after its own, by their header.
        var kept = p.Indicators.SelectMany(i => i.Columns?.Keys ?? []).Distinct(StringComparer.Ordinal)
            .Where(k => !form.IndicatorColumns.Any(c => c.Key == k)).ToList();
        var width = Math.Max(2, form.IndicatorColumns.Sum(c => c.Span) + kept.Count);
        var widths = Enumerable.Repeat(Math.Round(114m / width, 2), width).ToList();
        var blocks = new List<FormBlock> { new HeadingBlock(form.Title, 1) };
        if (p.Year is int year) blocks.Add(new HeadingBlock($"({year} 年度)", 2));

        var header = new List<IReadOnlyList<TableCell>>();
        foreach (var block in form.Blocks.Where(b => b.Id != FormBlocks.Title && form.InBlock(b.Id).Any()))
        {
            if (block.Label is { Length: > 0 } label) header.Add([TableCell.Label(label, colSpan: width)]);
            foreach (var row in form.Rows(block.Id)) header.Add(Pairs(row, p, width));
        }
        header.AddRange(DutyRows(p, width));
        if (header.Count > 0) blocks.Add(new FormTable(widths, header));

        IReadOnlyList<TableCell> columnHeader = [.. FieldGrid.ColumnHeader(form), .. kept.Select(k => TableCell.Label(k))];
        var grid = new List<IReadOnlyList<TableCell>> { columnHeader };
        grid.AddRange(IndicatorRows(form, p.Indicators, kept));
        blocks.Add(new FormTable(widths, grid, RepeatHeaderRows: 1));
        return blocks;
    }

    /// <summary>
    /// The 年度履职目标 of a department-level form (ADR-057) under the header, with the template's printed labels: a label
    /// row, the column headers, one row per duty; the 年度目标任务 takes what the grid is wider than four columns.
    /// </summary>
    private static IEnumerable<IReadOnlyList<TableCell>> DutyRows(Project p, int width)
    {
        if (p.Duties.Count == 0) yield break;
        var table = TemplateRegistry.Current.Find(p.TemplateId)?.Tables.FirstOrDefault(t => t.Columns.Count == 4)
            ?? new TemplateTable("annualDuties", "年度履职目标", ["部门职能", "年度目标任务", "支出项目名称", "预算金额(万元)"]);
        var task = Math.Max(1, width - 3);
        yield return [TableCell.Label(table.Label, colSpan: Math.Max(4, width))];
        yield return [TableCell.Label(table.Columns[0]), TableCell.Label(table.Columns[1], colSpan: task), TableCell.Label(table.Columns[2]), TableCell.Label(table.Columns[3])];
        foreach (var d in p.Duties)
            yield return [TableCell.Value(d.Function), TableCell.Value(d.Task, colSpan: task), TableCell.Value(d.ProjectName), TableCell.Value(d.AmountText)];
    }

    // A row's pairs, the last value stretched to the grid's width (a template's funds and goals rows need not fill it).
    private static List<TableCell> Pairs(IReadOnlyList<FieldDefinition> row, Project p, int width)
    {
        var cells = new List<TableCell>();
        var used = 0;
        for (var i = 0; i < row.Count; i++)
        {
            var f = row[i];
            var span = i == row.Count - 1 ? Math.Max(1, width - used - 1) : Math.Min(f.Place.Span, Math.Max(1, width - used - 2));
            cells.Add(TableCell.Label(f.Label));
            cells.Add(FieldGrid.Value(f, p, span));
            used += 1 + span;
        }
        return cells;
    }

    private static IEnumerable<IReadOnlyList<TableCell>> IndicatorRows(FormDefinition form, IReadOnlyList<Indicator> indicators, IReadOnlyList<string> kept)
    {
        List<TableCell> Kept(Indicator i) => [.. kept.Select(k => TableCell.Value(i.Columns?.GetValueOrDefault(k)))];
        var keys = form.IndicatorColumns.Select(c => c.Key).ToList();
        var tree = keys.Count >= 3 && keys[0] == IndicatorColumnKeys.Level1 && keys[1] == IndicatorColumnKeys.Level2 && keys[2] == IndicatorColumnKeys.Name;
        // The usual 一级/二级/三级 start: categories merged over their rows like every other form; else one cell per column.
        return tree
            ? IndicatorGrid.Rows(indicators, i => [.. form.IndicatorColumns.Skip(3).Select(c => Cell(c, i)), .. Kept(i)], null)
            : indicators.Select(i => (IReadOnlyList<TableCell>)[.. form.IndicatorColumns.Select(c => Cell(c, i)), .. Kept(i)]);
    }

    private static TableCell Cell(IndicatorColumn column, Indicator i) => TableCell.Value(column.Key switch
    {
        IndicatorColumnKeys.Level1 => i.Level1,
        IndicatorColumnKeys.Level2 => i.Level2,
        IndicatorColumnKeys.Name => i.Name,
        IndicatorColumnKeys.Target => i.Target.OriginalText,
        IndicatorColumnKeys.Actual => i.Actual?.OriginalText,
        IndicatorColumnKeys.Weight => i.Weight?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        IndicatorColumnKeys.Score => i.Score?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        IndicatorColumnKeys.DeviationReason => i.DeviationReason,
        { } key => i.Columns?.GetValueOrDefault(key),
        null => null,
    }, colSpan: column.Span);
}
