namespace Jixiao.Documents.Reading.Pdf;

/// <summary>A cell of a reconstructed table: its page box and the grid positions it covers.</summary>
internal sealed record RuledCell(int Row, int Column, int LastRow, int LastColumn, Box Box);

/// <summary>
/// A bordered table rebuilt from its drawn rules. Every distinct rule position is a grid line; two neighbouring grid
/// positions belong to one (merged) cell when no rule separates them. This gives back row and column spans however
/// the writer drew the borders (per cell edge or as long lines).
/// </summary>
internal sealed class RuledTable
{
    private RuledTable(double[] xs, double[] ys, IReadOnlyList<RuledCell> cells)
    {
        Xs = xs;
        Ys = ys;
        Cells = cells;
    }

    /// <summary>Column rule positions, left to right.</summary>
    public double[] Xs { get; }

    /// <summary>Row rule positions, top to bottom (descending y).</summary>
    public double[] Ys { get; }

    public IReadOnlyList<RuledCell> Cells { get; }

    public int RowCount => Ys.Length - 1;

    public int ColumnCount => Xs.Length - 1;

    public Box Bounds => new(Xs[0], Ys[^1], Xs[^1], Ys[0]);

    /// <summary>Groups touching rules and rebuilds each group that forms at least one closed cell.</summary>
    public static List<RuledTable> Find(IReadOnlyList<RuleSegment> segments)
    {
        var groups = Connect(segments);
        var tables = new List<RuledTable>();
        foreach (var group in groups)
            if (Build(group) is { } table) tables.Add(table);
        return tables;
    }

    /// <summary>The cell whose box holds the point, or null.</summary>
    public RuledCell? CellAt(double x, double y)
    {
        var column = Array.FindLastIndex(Xs, v => v <= x);
        var row = Array.FindLastIndex(Ys, v => v >= y);
        if (column < 0 || column >= ColumnCount || row < 0 || row >= RowCount) return null;
        return cellAt[row, column];
    }

    private RuledCell[,] cellAt = new RuledCell[0, 0];

    private static List<List<RuleSegment>> Connect(IReadOnlyList<RuleSegment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
                if (segments[i].Touches(segments[j])) parent[Find(i)] = Find(j);
        return segments.Select((s, i) => (s, root: Find(i))).GroupBy(x => x.root).Select(g => g.Select(x => x.s).ToList()).ToList();
    }

    private static RuledTable? Build(List<RuleSegment> group)
    {
        var horizontal = group.Where(s => s.Horizontal).ToList();
        var vertical = group.Where(s => !s.Horizontal).ToList();
        var xs = Cluster(vertical.Select(s => s.At)).ToArray();
        var ys = Cluster(horizontal.Select(s => s.At)).Reverse().ToArray();
        if (xs.Length < 2 || ys.Length < 2) return null;

        int rows = ys.Length - 1, columns = xs.Length - 1;
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        for (var r = 0; r < rows; r++)
        {
            var midY = (ys[r] + ys[r + 1]) / 2;
            for (var c = 0; c < columns; c++)
            {
                var midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !vertical.Any(s => s.Covers(xs[c + 1], midY))) parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                if (r + 1 < rows && !horizontal.Any(s => s.Covers(ys[r + 1], midX))) parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
            }
        }

        var cells = new List<RuledCell>();
        var cellAt = new RuledCell[rows, columns];
        foreach (var region in Enumerable.Range(0, rows * columns).GroupBy(Find))
        {
            var positions = region.Select(i => (Row: i / columns, Column: i % columns)).ToList();
            var (top, bottom) = (positions.Min(p => p.Row), positions.Max(p => p.Row));
            var (left, right) = (positions.Min(p => p.Column), positions.Max(p => p.Column));
            var cell = new RuledCell(top, left, bottom, right, new Box(xs[left], ys[bottom + 1], xs[right + 1], ys[top]));
            cells.Add(cell);
            foreach (var p in positions) cellAt[p.Row, p.Column] = cell;
        }
        cells.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        return new RuledTable(xs, ys, cells) { cellAt = cellAt };
    }

    // Rule positions within the tolerance are one grid line (border halves, rounding of the writer).
    private static IEnumerable<double> Cluster(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var clusters = new List<List<double>>();
        foreach (var v in sorted)
        {
            if (clusters.Count > 0 && v - clusters[^1][^1] <= RuleSegment.Tolerance) clusters[^1].Add(v);
            else clusters.Add([v]);
        }
        return clusters.Select(c => c.Average());
    }
}
