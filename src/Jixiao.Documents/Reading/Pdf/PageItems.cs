using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Reading.Pdf;

/// <summary>One output line of a page: a table row (cells joined by tabs) or a line of free text.</summary>
/// <param name="Table">The table the row belongs to on this page, or null for free text.</param>
/// <param name="Row">The row index within that table.</param>
/// <param name="First">For free text: its first printed line, to join a paragraph continued from the previous page.</param>
/// <param name="Last">For free text: its last printed line.</param>
/// <param name="Width">For free text: the width a line may take.</param>
internal sealed record PageItem(double Top, string Text, RuledTable? Table, int Row, GlyphLine? First = null, GlyphLine? Last = null, double Width = 0);

/// <summary>
/// Reads one page: bordered tables rebuilt from their rules, each glyph assigned to the cell that holds it (so a
/// merged cell or a cell with wrapped text comes back as one cell of one row, covered positions empty), and the
/// text outside tables as lines by baseline, soft-wrapped lines joined.
/// </summary>
internal static class PageItems
{
    public static List<PageItem> Read(IReadOnlyList<Glyph> glyphs, IReadOnlyList<RuleSegment> rules, double pageWidth)
    {
        var tables = RuledTable.Find(rules).Where(t => t.Cells.Count >= 2).ToList();
        var byCell = new Dictionary<RuledCell, List<Glyph>>();
        var free = new List<Glyph>();
        foreach (var g in glyphs)
        {
            RuledCell? cell = null;
            foreach (var table in tables)
                if (table.Bounds.Contains(g.CenterX, g.CenterY) && (cell = table.CellAt(g.CenterX, g.CenterY)) is not null) break;
            if (cell is null) free.Add(g);
            else if (byCell.TryGetValue(cell, out var list)) list.Add(g);
            else byCell[cell] = [g];
        }

        var items = new List<PageItem>();
        foreach (var table in tables) items.AddRange(TableRows(table, byCell));
        items.AddRange(FreeLines(free, tables, pageWidth));
        return items.OrderByDescending(i => i.Top).ToList();
    }

    private static IEnumerable<PageItem> TableRows(RuledTable table, Dictionary<RuledCell, List<Glyph>> byCell)
    {
        var lines = table.Cells.ToDictionary(c => c, c => byCell.TryGetValue(c, out var g) ? GlyphLine.Group(g) : []);
        var pitch = LineJoiner.Pitch(lines.Values);
        // The cell padding is the smallest distance from a cell's left rule to its text (left-aligned cells).
        var padding = Math.Clamp(lines.Where(kv => kv.Value.Count > 0).Select(kv => kv.Value.Min(l => l.Left) - kv.Key.Box.Left).DefaultIfEmpty(0).Min(), 0, 12);
        var texts = new string?[table.RowCount, table.ColumnCount];
        foreach (var (cell, cellLines) in lines)
            texts[cell.Row, cell.Column] = LineJoiner.Join(cellLines, cell.Box.Width - 2 * padding, pitch);
        for (var r = 0; r < table.RowCount; r++)
            yield return new PageItem(table.Ys[r], GridLines.Row(Enumerable.Range(0, table.ColumnCount).Select(c => texts[r, c])), table, r);
    }

    private static IEnumerable<PageItem> FreeLines(List<Glyph> glyphs, List<RuledTable> tables, double pageWidth)
    {
        var lines = GlyphLine.Group(glyphs);
        if (lines.Count == 0) yield break;
        // Content box: the leftmost text or table edge, at most a wide office margin (a page of centred lines alone
        // does not show where lines start), margins assumed symmetric.
        var left = Math.Min(lines.Select(l => l.Left).Concat(tables.Select(t => t.Bounds.Left)).Min(), pageWidth * 0.16);
        var right = Math.Max(lines.Select(l => l.Right).Concat(tables.Select(t => t.Bounds.Right)).Max(), pageWidth - left);
        var pitch = LineJoiner.Pitch([lines]);

        // Lines of one block are consecutive and not separated by a table.
        var block = new List<GlyphLine>();
        foreach (var line in lines)
        {
            if (block.Count > 0 && tables.Any(t => t.Bounds.Top < block[^1].Baseline && t.Bounds.Top > line.Baseline))
            {
                foreach (var item in Emit(block, right - left, pitch)) yield return item;
                block.Clear();
            }
            block.Add(line);
        }
        foreach (var item in Emit(block, right - left, pitch)) yield return item;
    }

    private static IEnumerable<PageItem> Emit(List<GlyphLine> block, double width, double pitch)
    {
        // No table lies inside a block, so its source lines only need to stay in order just below its top.
        var items = new List<PageItem>();
        var text = new System.Text.StringBuilder(block[0].Text);
        var first = block[0];
        for (var i = 1; i <= block.Count; i++)
        {
            var separator = i < block.Count ? LineJoiner.Separator(block[i - 1], block[i], width, pitch) : "\n";
            if (separator.Contains('\n'))
            {
                items.Add(new PageItem(block[0].Top - items.Count * 0.001, text.ToString(), null, 0, first, block[i - 1], width));
                for (var k = 1; k < separator.Length; k++) items.Add(new PageItem(block[0].Top - items.Count * 0.001, "", null, 0));
                if (i == block.Count) break;
                text.Clear().Append(block[i].Text);
                first = block[i];
            }
            else text.Append(separator).Append(block[i].Text);
        }
        return items;
    }
}
