using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Numbers;
using LayoutCell = Jixiao.Documents.Layout.TableCell;
using LayoutGrid = Jixiao.Documents.Layout.TableGrid;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordGrid = DocumentFormat.OpenXml.Wordprocessing.TableGrid;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Export.Docx;

/// <summary>
/// A <see cref="FormTable"/> as a Word table: fixed layout with the layout's column widths scaled to the text width,
/// merges from <see cref="LayoutGrid.Place"/> (gridSpan across, vMerge restart/continue down), header rows repeated
/// on every page and rows never split across pages.
/// </summary>
internal static class DocxTables
{
    private const string LabelShading = "D9D9D9";
    private const uint BorderSize = 4; // eighths of a point: a ½ pt single line

    public static Table Build(FormTable table, int textWidth)
    {
        var widths = Widths(table.ColumnWidths, textWidth);
        var fontSize = FontSize(table.ColumnWidths, textWidth);
        var word = new Table(Properties(textWidth), Grid(widths));
        var placed = LayoutGrid.Place(table);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new TableRow(RowProperties(header: r < table.RepeatHeaderRows));
            foreach (var cell in RowCells(placed, r, table.ColumnCount))
                row.Append(Cell(cell.Placed.Cell, SpanWidth(widths, cell.Column, cell.Placed.Cell.ColSpan), cell, fontSize));
            word.Append(row);
        }
        return word;
    }

    /// <summary>Character units → twips, distributed so the columns add up exactly to the text width.</summary>
    internal static int[] Widths(IReadOnlyList<decimal> units, int textWidth)
    {
        var total = units.Sum();
        var widths = new int[units.Count];
        var used = 0;
        for (var i = 0; i < units.Count; i++)
        {
            widths[i] = i == units.Count - 1
                ? textWidth - used
                : (int)Rounding.HalfAwayFromZero(total <= 0 ? (decimal)textWidth / units.Count : units[i] * textWidth / total, 0);
            used += widths[i];
        }
        return widths;
    }

    /// <summary>
    /// Half-points: a width unit is half an em of the cell font, so the font follows the scale the columns got
    /// (twips per unit ÷ 10 = points), between 9 pt (小五) and 10.5 pt (五号); below that text wraps instead.
    /// </summary>
    internal static int FontSize(IReadOnlyList<decimal> units, int textWidth)
    {
        var total = units.Sum();
        if (total <= 0) return 21;
        return (int)Math.Clamp(Math.Floor(textWidth / total / 5m), 18m, 21m);
    }

    private static TableProperties Properties(int textWidth)
    {
        static T Line<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = BorderSize, Space = 0, Color = "000000" };
        return new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }));
    }

    private static WordGrid Grid(int[] widths) =>
        new(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static TableRowProperties RowProperties(bool header)
    {
        var properties = new TableRowProperties(new CantSplit(), new TableRowHeight { Val = 397, HeightType = HeightRuleValues.AtLeast });
        if (header) properties.Append(new TableHeader());
        return properties;
    }

    /// <summary>A cell's position in one Word row: the cell itself where it starts, a continuation below a row span, or a filler for an uncovered position.</summary>
    private readonly record struct RowCell(int Column, PlacedCell Placed, bool Continues);

    private static IEnumerable<RowCell> RowCells(IReadOnlyList<PlacedCell> placed, int row, int columns)
    {
        var cells = placed.Where(p => p.Row <= row && row <= p.LastRow)
            .Select(p => new RowCell(p.Column, p, Continues: p.Row != row))
            .OrderBy(c => c.Column)
            .ToList();
        var next = 0;
        foreach (var cell in cells)
        {
            for (; next < cell.Column; next++) yield return Filler(row, next);
            yield return cell;
            next = cell.Placed.LastColumn + 1;
        }
        for (; next < columns; next++) yield return Filler(row, next);
    }

    private static RowCell Filler(int row, int column) => new(column, new PlacedCell(row, column, LayoutCell.Value("")), Continues: false);

    private static int SpanWidth(int[] widths, int column, int span) => widths.Skip(column).Take(span).Sum();

    private static WordCell Cell(LayoutCell cell, int width, RowCell at, int fontSize)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (cell.ColSpan > 1) properties.Append(new GridSpan { Val = cell.ColSpan });
        if (cell.RowSpan > 1) properties.Append(at.Continues ? new VerticalMerge { Val = MergedCellValues.Continue } : new VerticalMerge { Val = MergedCellValues.Restart });
        if (cell.Role == CellRole.Label) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = LabelShading });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });

        var word = new WordCell(properties);
        var lines = at.Continues ? [""] : cell.Text.ReplaceLineEndings("\n").Split('\n');
        foreach (var line in lines) word.Append(CellParagraph(line, cell.Role, fontSize));
        return word;
    }

    private static Paragraph CellParagraph(string text, CellRole role, int fontSize)
    {
        var size = fontSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Justification { Val = Alignment(role) },
            new ParagraphMarkRunProperties(new FontSize { Val = size }, new FontSizeComplexScript { Val = size })));
        if (text.Length > 0)
        {
            var run = new Run(role == CellRole.Label
                ? new RunProperties(new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size })
                : new RunProperties(new FontSize { Val = size }, new FontSizeComplexScript { Val = size }));
            run.Append(new WordText(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }
        return paragraph;
    }

    private static JustificationValues Alignment(CellRole role) => role switch
    {
        CellRole.Label or CellRole.Center => JustificationValues.Center,
        CellRole.Amount or CellRole.Decimal => JustificationValues.Right,
        _ => JustificationValues.Left,
    };
}
