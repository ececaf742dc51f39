namespace Jixiao.Documents.Layout;

/// <summary>A cell at its absolute zero-based row and column.</summary>
public readonly record struct PlacedCell(int Row, int Column, TableCell Cell)
{
    public int LastRow => Row + Cell.RowSpan - 1;
    public int LastColumn => Column + Cell.ColSpan - 1;
}

/// <summary>Resolves html-style row/col spans into absolute positions, once, for every renderer.</summary>
public static class TableGrid
{
    /// <exception cref="InvalidOperationException">A layout bug: a row overflows the column count or spans overlap.</exception>
    public static IReadOnlyList<PlacedCell> Place(FormTable table)
    {
        var columns = table.ColumnCount;
        var taken = new List<bool[]>();
        bool[] RowAt(int r)
        {
            while (taken.Count <= r) taken.Add(new bool[columns]);
            return taken[r];
        }

        var placed = new List<PlacedCell>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (c < columns && RowAt(r)[c]) c++;
                if (cell.ColSpan < 1 || cell.RowSpan < 1 || c + cell.ColSpan > columns)
                    throw new InvalidOperationException($"Row {r} of a {columns}-column table overflows at “{cell.Text}”.");
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                    for (var cc = c; cc < c + cell.ColSpan; cc++)
                    {
                        if (RowAt(rr)[cc]) throw new InvalidOperationException($"Cell “{cell.Text}” overlaps at row {rr}, column {cc}.");
                        RowAt(rr)[cc] = true;
                    }
                placed.Add(new PlacedCell(r, c, cell));
                c += cell.ColSpan;
            }
        }
        if (taken.Count > table.Rows.Count)
            throw new InvalidOperationException("A row span reaches below the last row of the table.");
        return placed;
    }
}
