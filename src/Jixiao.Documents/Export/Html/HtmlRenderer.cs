using System.Globalization;
using System.Text;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Numbers;

namespace Jixiao.Documents.Export.Html;

/// <summary>
/// Draws a <see cref="FormDocument"/> as one self-contained html5 page (UTF-8, embedded print CSS, no scripts, no
/// external resources): what a browser prints is the official A4 layout, and the PDF renderer prints exactly this.
/// Every piece of text is html-encoded; amounts keep their exact value in `data-value`.
/// </summary>
public sealed class HtmlRenderer : IFormRenderer
{
    public ExportFormat Format => ExportFormat.Html;

    public byte[] Render(FormDocument document) => Encoding.UTF8.GetBytes(RenderText(document));

    public static string RenderText(FormDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Encode(document.Title)).Append("</title>\n")
            .Append("<style>\n").Append(PrintCss.Sheet).Append("\n</style>\n</head>\n<body>\n");
        foreach (var section in document.Sections)
        {
            var page = section.Orientation == PageOrientation.Landscape ? "landscape" : "portrait";
            html.Append("<section class=\"").Append(page).Append("\" data-name=\"").Append(HtmlText.Encode(section.Name)).Append("\">\n");
            foreach (var block in section.Blocks) AppendBlock(html, block);
            html.Append("</section>\n");
        }
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void AppendBlock(StringBuilder html, FormBlock block)
    {
        switch (block)
        {
            case HeadingBlock h:
                var level = Math.Clamp(h.Level, 1, 3);
                html.Append("<h").Append(level).Append('>').Append(HtmlText.Encode(h.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case ParagraphBlock p:
                var align = p.Align switch { ParagraphAlign.Center => " center", ParagraphAlign.Right => " right", _ => "" };
                // One <p> per source line, as GridLines splits a paragraph (blank lines included): the printed gap
                // between <p>s tells a real line break from a wrapped line.
                html.Append("<div class=\"para").Append(align).Append("\">");
                foreach (var line in p.Text.ReplaceLineEndings("\n").Split('\n')) html.Append("<p>").Append(HtmlText.Encode(line, keepTabs: true)).Append("</p>");
                html.Append("</div>\n");
                break;
            case PageBreakBlock:
                html.Append("<div class=\"page-break\"></div>\n");
                break;
            case FormTable t:
                AppendTable(html, t);
                break;
        }
    }

    private static void AppendTable(StringBuilder html, FormTable table)
    {
        var placed = TableGrid.Place(table);
        html.Append("<table>\n<colgroup>");
        var total = table.ColumnWidths.Sum();
        foreach (var width in table.ColumnWidths)
        {
            var percent = total > 0 ? Rounding.HalfAwayFromZero(width * 100m / total, 3) : Rounding.HalfAwayFromZero(100m / table.ColumnCount, 3);
            html.Append("<col style=\"width:").Append(percent.ToString(CultureInfo.InvariantCulture)).Append("%\">");
        }
        html.Append("</colgroup>\n");

        var header = HeaderRowCount(table, placed);
        var byRow = placed.ToLookup(p => p.Row);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r == 0 && header > 0) html.Append("<thead>\n");
            if (r == header) html.Append("<tbody>\n");
            html.Append("<tr>");
            foreach (var p in byRow[r]) AppendCell(html, p.Cell);
            html.Append("</tr>\n");
            if (r == header - 1) html.Append("</thead>\n");
        }
        if (table.Rows.Count > header) html.Append("</tbody>\n");
        html.Append("</table>\n");
    }

    // A row span crossing out of <thead> would be clipped by the browser: grow the header to hold a short span; a
    // label running down the whole table (绩效指标) cannot repeat, so such a table gets no repeated header.
    private static int HeaderRowCount(FormTable table, IReadOnlyList<PlacedCell> placed)
    {
        var requested = Math.Clamp(table.RepeatHeaderRows, 0, table.Rows.Count);
        var header = requested;
        int grown;
        while (header > 0 && (grown = placed.Where(p => p.Row < header).Select(p => p.LastRow + 1).DefaultIfEmpty(header).Max()) > header)
            header = grown <= requested + MaxHeaderGrowth ? grown : 0;
        return header;
    }

    private const int MaxHeaderGrowth = 2;

    private static void AppendCell(StringBuilder html, TableCell cell)
    {
        var tag = cell.Role == CellRole.Label ? "th" : "td";
        html.Append('<').Append(tag);
        var css = cell.Role switch { CellRole.Center => "center", CellRole.Amount => "amount", CellRole.Decimal => "decimal", _ => null };
        if (css is not null) html.Append(" class=\"").Append(css).Append('"');
        if (cell.ColSpan > 1) html.Append(" colspan=\"").Append(cell.ColSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (cell.Number is { } number) html.Append(" data-value=\"").Append(number.ToString(CultureInfo.InvariantCulture)).Append('"');
        html.Append('>').Append(HtmlText.CellLines(cell.Text)).Append("</").Append(tag).Append('>');
    }
}
