using AngleSharp.Dom;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Reading.Html;

/// <summary>
/// Walks an html tree without recursion (hostile files nest deeply): text into a <see cref="TextFlow"/>, tables
/// into grid rows with row and column spans expanded (text in the first position, covered positions empty).
/// </summary>
internal static class HtmlWalker
{
    public const int MaxGridCells = 2_000_000;

    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD", "TITLE", "META", "LINK", "IFRAME", "OBJECT", "EMBED", "SVG", "MATH", "SELECT", "BUTTON", "INPUT", "TEXTAREA"];

    private static readonly HashSet<string> Blocks =
    [
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "PRE", "BLOCKQUOTE", "SECTION",
        "ARTICLE", "HEADER", "FOOTER", "MAIN", "NAV", "ASIDE", "ADDRESS", "FIGURE", "FIGCAPTION", "HR", "FORM", "FIELDSET",
        "DETAILS", "SUMMARY", "CAPTION", "CENTER", "TR", "BODY", "HTML",
    ];

    /// <summary>The lines of <paramref name="root"/> into <paramref name="flow"/>; each table element is handed to <paramref name="table"/>.</summary>
    public static void Walk(INode root, TextFlow flow, Action<IElement> table)
    {
        var stack = new Stack<(INode Node, bool Exit, int Mark, bool Pre)>();
        stack.Push((root, false, 0, false));
        while (stack.Count > 0)
        {
            var (node, exit, mark, pre) = stack.Pop();
            if (node is IText text)
            {
                flow.Text(text.Data, pre);
                continue;
            }
            if (node is not IElement element)
            {
                if (node is IDocument or IDocumentFragment) PushChildren(stack, node, pre);
                continue;
            }
            var tag = element.TagName.ToUpperInvariant();
            if (exit)
            {
                flow.EndBlock(mark);
                if (tag == "SECTION") flow.Lines.Add(("", flow.Location)); // sections are separated by a blank line, as in GridLines
                continue;
            }
            if (Skipped.Contains(tag) || element.HasAttribute("hidden")) continue;
            if (tag == "BR")
            {
                flow.Break();
                continue;
            }
            if (tag == "TABLE")
            {
                flow.StartBlock();
                table(element);
                continue;
            }
            var inPre = pre || tag is "PRE" or "PLAINTEXT" or "LISTING";
            if (Blocks.Contains(tag))
            {
                if (element.SourceReference is { } source) flow.Location = $"源文件第 {source.Position.Line} 行";
                stack.Push((element, true, flow.StartBlock(), inPre));
            }
            PushChildren(stack, element, inPre);
        }
    }

    private static void PushChildren(Stack<(INode, bool, int, bool)> stack, INode node, bool pre)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false, 0, pre));
    }

    /// <summary>
    /// The rows of a table as text lines: `thead` rows first, then bodies and direct rows, then `tfoot` (the order a
    /// browser draws); spans expanded; each cell's lines joined by <see cref="GridLines.CellBreak"/>. Null when the
    /// expanded grid would exceed <see cref="MaxGridCells"/>.
    /// </summary>
    public static List<string>? TableRows(IElement table) => TableRows(table, 0);

    // Tables nested deeper than this inside cells are left out (each level is a recursion).
    private const int MaxTableNesting = 16;

    private static List<string>? TableRows(IElement table, int nesting)
    {
        var rows = RowsOf(table).ToList();
        var grid = new List<string?[]>();
        long cells = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Children.Where(e => e.TagName is "TD" or "TH" or "td" or "th"))
            {
                while (c < At(grid, r).Length && At(grid, r)[c] is not null) c++;
                var colSpan = Math.Clamp(Span(cell, "colspan"), 1, 1000);
                var rowSpan = Span(cell, "rowspan") is var rs && rs == 0 ? rows.Count - r : Math.Clamp(rs, 1, rows.Count - r);
                cells += (long)colSpan * rowSpan;
                if (cells > MaxGridCells) return null;
                var text = CellText(cell, nesting);
                for (var rr = r; rr < r + rowSpan; rr++)
                {
                    var line = Widen(grid, rr, c + colSpan);
                    for (var cc = c; cc < c + colSpan; cc++) line[cc] = rr == r && cc == c ? text : "";
                }
                c += colSpan;
            }
            At(grid, r);
        }
        return grid.Take(rows.Count).Select(line => GridLines.Row(line)).ToList();
    }

    private static IEnumerable<IElement> RowsOf(IElement table)
    {
        var groups = table.Children.ToList();
        bool Is(IElement e, string tag) => string.Equals(e.TagName, tag, StringComparison.OrdinalIgnoreCase);
        foreach (var g in groups.Where(g => Is(g, "thead"))) foreach (var tr in g.Children.Where(e => Is(e, "tr"))) yield return tr;
        foreach (var g in groups)
        {
            if (Is(g, "tr")) yield return g;
            else if (Is(g, "tbody")) foreach (var tr in g.Children.Where(e => Is(e, "tr"))) yield return tr;
        }
        foreach (var g in groups.Where(g => Is(g, "tfoot"))) foreach (var tr in g.Children.Where(e => Is(e, "tr"))) yield return tr;
    }

    private static string CellText(IElement cell, int nesting)
    {
        var flow = new TextFlow();
        Walk(cell, flow, nested =>
        {
            // A table inside a cell: its rows as lines of the cell, cells separated by spaces.
            if (nesting >= MaxTableNesting) return;
            foreach (var row in TableRows(nested, nesting + 1) ?? [])
            {
                flow.Text(row.Replace('\t', ' '), preformatted: true);
                flow.Break();
            }
        });
        var lines = flow.Finish().Select(l => l.Text).ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), out var n) ? n : 1;

    private static string?[] At(List<string?[]> grid, int row)
    {
        while (grid.Count <= row) grid.Add([]);
        return grid[row];
    }

    private static string?[] Widen(List<string?[]> grid, int row, int width)
    {
        var line = At(grid, row);
        if (line.Length < width)
        {
            Array.Resize(ref line, width);
            grid[row] = line;
        }
        return line;
    }
}
