namespace Jixiao.Documents.Recognition;

/// <summary>
/// An indicator grid found by its header row: the printed column headers, the rows found, where it starts and ends (row
/// indexes of the <see cref="Cells.CellDocument"/>), and what could not be placed.
/// </summary>
public sealed record RecognisedGrid(
    IReadOnlyList<string> Columns,
    IReadOnlyList<RecognisedIndicator> Rows,
    int HeaderRow,
    int LastRow,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>What each of <see cref="Columns"/> holds, in the same order.</summary>
    public IReadOnlyList<IndicatorGridColumn> ColumnRoles { get; init; } = [];

    /// <summary>Other cells stand before the header in its row (a header that came out of order in running text).</summary>
    public bool HeaderSharesRow { get; init; }
}
