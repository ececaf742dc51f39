using ClosedXML.Excel;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Xlsx;

/// <summary>Writes one section's blocks top to bottom on a worksheet and sets up its printed page.</summary>
internal static class SheetWriter
{
    // A section without a table still needs page-wide columns for its headings and paragraphs; several narrow
    // ones (merged per row) rather than one wide one, which LibreOffice does not scale to the page.
    private static readonly IReadOnlyList<decimal> TextOnlyWidths = [15m, 15m, 15m, 15m, 15m, 15m];
    // Excel's width of a column nobody sized.
    private const decimal DefaultColumnWidth = 8.43m;

    public static void Write(IXLWorksheet sheet, FormSection section)
    {
        sheet.ShowGridLines = false;
        var widths = ColumnWidths(section);
        for (var c = 0; c < widths.Count; c++) sheet.Column(c + 1).Width = (double)widths[c];

        var row = 1;
        (int First, int Last)? repeatRows = null;
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    WriteHeading(sheet, row++, heading, widths.Count);
                    break;
                case ParagraphBlock paragraph:
                    foreach (var line in paragraph.Text.ReplaceLineEndings("\n").Split('\n'))
                        WriteParagraphLine(sheet, row++, line, paragraph.Align, widths);
                    break;
                case PageBreakBlock:
                    if (row > 1) sheet.PageSetup.AddHorizontalPageBreak(row - 1);
                    break;
                case FormTable table:
                    TableWriter.Write(sheet, row, table, widths);
                    if (table.RepeatHeaderRows > 0) repeatRows = (row, row + Math.Min(table.RepeatHeaderRows, table.Rows.Count) - 1);
                    row += table.Rows.Count;
                    break;
            }
        }
        SetUpPage(sheet, section.Orientation, repeatRows);
    }

    /// <summary>
    /// Each table keeps its own columns (so a row reads back cell for cell); a sheet column is as wide as the widest
    /// table column at that index.
    /// </summary>
    internal static IReadOnlyList<decimal> ColumnWidths(FormSection section)
    {
        var tables = section.Blocks.OfType<FormTable>().ToList();
        if (tables.Count == 0) return TextOnlyWidths;
        var widths = new decimal[tables.Max(t => t.ColumnCount)];
        foreach (var table in tables)
            for (var c = 0; c < table.ColumnCount; c++)
                widths[c] = Math.Max(widths[c], table.ColumnWidths[c]);
        return widths;
    }

    private static void WriteHeading(IXLWorksheet sheet, int row, HeadingBlock heading, int columns)
    {
        if (columns > 1) sheet.Range(row, 1, row, columns).Merge();
        var cell = sheet.Cell(row, 1);
        cell.SetValue(heading.Text);
        // A merged area shows its top-left cell's format; styling the range would restyle every cell.
        var style = cell.Style;
        style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        switch (heading.Level)
        {
            case <= 1:
                style.Font.Bold = true;
                style.Font.FontSize = 16;
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                sheet.Row(row).Height = 30;
                break;
            case 2:
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
                sheet.Row(row).Height = 20;
                break;
            default:
                style.Font.Bold = true;
                style.Font.FontSize = 12;
                style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
                sheet.Row(row).Height = 22;
                break;
        }
    }

    /// <summary>
    /// A paragraph line as one merged wrapped row. A line with tabs (a small table typed into a narrative, as the
    /// seeds' 年度预算安排 has) puts each part in its own column, so the tabs read back instead of becoming spaces.
    /// </summary>
    private static void WriteParagraphLine(IXLWorksheet sheet, int row, string line, ParagraphAlign align, IReadOnlyList<decimal> widths)
    {
        var parts = line.Split('\t');
        var height = 0d;
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1 ? Math.Max(widths.Count, i + 1) : i + 1;
            if (last > i + 1) sheet.Range(row, i + 1, row, last).Merge();
            var cell = sheet.Cell(row, i + 1);
            cell.SetValue(parts[i]);
            var alignment = cell.Style.Alignment;
            alignment.WrapText = true;
            alignment.Vertical = XLAlignmentVerticalValues.Top;
            alignment.Horizontal = align switch
            {
                ParagraphAlign.Center => XLAlignmentHorizontalValues.Center,
                ParagraphAlign.Right => XLAlignmentHorizontalValues.Right,
                _ => XLAlignmentHorizontalValues.Left,
            };
            var width = Enumerable.Range(i, last - i).Sum(c => c < widths.Count ? widths[c] : DefaultColumnWidth);
            height = Math.Max(height, RowHeights.ForText(parts[i], width));
        }
        sheet.Row(row).Height = height;
    }

    private static void SetUpPage(IXLWorksheet sheet, PageOrientation orientation, (int First, int Last)? repeatRows)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = orientation == PageOrientation.Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(1, 0);
        page.CenterHorizontally = true;
        // Inches, as Excel stores them: about 1.9 cm top/bottom and 1.3 cm left/right.
        page.Margins.Top = 0.75;
        page.Margins.Bottom = 0.75;
        page.Margins.Left = 0.5;
        page.Margins.Right = 0.5;
        page.Margins.Header = 0.3;
        page.Margins.Footer = 0.3;
        page.Footer.Center.AddText("第 ");
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Center.AddText(" 页，共 ");
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
        page.Footer.Center.AddText(" 页");
        if (repeatRows is var (first, last)) page.SetRowsToRepeatAtTop(first, last);
    }
}
