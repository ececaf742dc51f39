namespace Jixiao.Documents;

/// <summary>Something the importer could not place, with the source line it concerns (Chinese message).</summary>
public sealed record ImportWarning(int Line, string Message)
{
    /// <summary>Where in a binary source (sheet/row/cell, page/line) the line came from; null for text files.</summary>
    public string? Location { get; init; }

    /// <summary>`第 12 行` for text, the source location otherwise.</summary>
    public string Where => Location ?? $"第 {Line} 行";
}
