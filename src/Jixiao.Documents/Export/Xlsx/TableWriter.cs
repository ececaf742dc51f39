using ClosedXML.Excel;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Xlsx;

/// <summary>Writes a <see cref="FormTable"/> at a row: merges from <see cref="TableGrid.Place"/>, borders, roles as styles.</summary>
internal static class TableWriter
{
    private static readonly XLColor LabelFill = XLColor.FromHtml("#F2F2F2");

    public static void Write(IXLWorksheet sheet, int top, FormTable table, IReadOnlyList<decimal> sheetWidths)
    {
        if (table.Rows.Count == 0 || table.ColumnCount == 0) return;
        var whole = sheet.Range(top, 1, top + table.Rows.Count - 1, table.ColumnCount);
        whole.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        whole.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        whole.Style.Alignment.WrapText = true;
        whole.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;

        var placed = TableGrid.Place(table);
        foreach (var p in placed)
        {
            if (p.Cell.RowSpan > 1 || p.Cell.ColSpan > 1)
                sheet.Range(top + p.Row, p.Column + 1, top + p.LastRow, p.LastColumn + 1).Merge();
            // A merged area shows its top-left cell's format (borders aside), so only that cell is styled:
            // ClosedXML restyles every cell of a range one by one.
            var target = sheet.Cell(top + p.Row, p.Column + 1);
            WriteValue(target, p.Cell);
            Style(target.Style, p.Cell.Role);
        }
        SetHeights(sheet, top, table.Rows.Count, placed, sheetWidths);
    }

    private static void WriteValue(IXLCell target, TableCell cell)
    {
        if (cell.Number is decimal number)
        {
            target.SetValue(number);
            target.Style.NumberFormat.Format = cell.NumberFormat ?? CellFormats.MoneyFormat;
        }
        else
        {
            // SetValue(string) stores text as typed: no date/number guessing, no formula for a leading '='.
            target.SetValue(cell.Text);
        }
    }

    private static void Style(IXLStyle style, CellRole role)
    {
        switch (role)
        {
            case CellRole.Label:
                style.Font.Bold = true;
                style.Fill.BackgroundColor = LabelFill;
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                break;
            case CellRole.Center:
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                break;
            case CellRole.Amount or CellRole.Decimal:
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                break;
            default:
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
                break;
        }
    }

    /// <summary>Rows tall enough for their wrapped text; a merged cell's extra height is shared by the rows it spans.</summary>
    private static void SetHeights(IXLWorksheet sheet, int top, int rows, IReadOnlyList<PlacedCell> placed, IReadOnlyList<decimal> sheetWidths)
    {
        var heights = Enumerable.Repeat(RowHeights.TableRowMinimum, rows).ToArray();
        decimal Width(PlacedCell p) => Enumerable.Range(p.Column, p.Cell.ColSpan).Sum(c => sheetWidths[c]);
        foreach (var p in placed.Where(p => p.Cell.RowSpan == 1))
            heights[p.Row] = Math.Max(heights[p.Row], RowHeights.ForText(p.Cell.Text, Width(p)));
        foreach (var p in placed.Where(p => p.Cell.RowSpan > 1))
        {
            var missing = RowHeights.ForText(p.Cell.Text, Width(p)) - Enumerable.Range(p.Row, p.Cell.RowSpan).Sum(r => heights[r]);
            if (missing <= 0) continue;
            for (var r = p.Row; r <= p.LastRow; r++) heights[r] += missing / p.Cell.RowSpan;
        }
        for (var r = 0; r < rows; r++) sheet.Row(top + r).Height = Math.Min(RowHeights.Maximum, Math.Round(heights[r], 2));
    }
}
