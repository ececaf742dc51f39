namespace Jixiao.Documents.Cells;

/// <summary>One row of cells, left to right, and the shape it was read from.</summary>
public sealed record CellRow(int Index, IReadOnlyList<Cell> Cells, RowShape Shape)
{
    /// <summary>The text of the cell at <paramref name="column"/>, or null when the row has no such cell.</summary>
    public string? Text(int column) => Cells.FirstOrDefault(c => c.Column == column)?.Text;
}
