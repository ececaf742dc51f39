namespace Jixiao.Documents.Text;

/// <summary>
/// One line of a document with its 1-based line number. Lines read from a binary format (xlsx, docx, pdf) also
/// say where they came from in that file's own terms, so a warning can point the user at it.
/// </summary>
public readonly record struct SourceLine(int Number, string Text)
{
    /// <summary>Human location in the source file, e.g. `工作表“申报表1”第 12 行` or `第 3 页第 14 行`; null for text files.</summary>
    public string? Location { get; init; }
}
