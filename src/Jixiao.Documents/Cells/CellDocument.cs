namespace Jixiao.Documents.Cells;

/// <summary>A document as rows of positioned cells: what every reader yields and what the recogniser reads.</summary>
public sealed record CellDocument(IReadOnlyList<CellRow> Rows);
