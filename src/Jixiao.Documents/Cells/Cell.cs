using Jixiao.Documents.Text;

namespace Jixiao.Documents.Cells;

/// <summary>
/// One cell as read, with its place: row and column in the document's table order (0-based) and the source line it
/// came from (so a warning can name it). A merged cell is read once, at its first column.
/// </summary>
public sealed record Cell(int Row, int Column, string Text, SourceLine Line);
