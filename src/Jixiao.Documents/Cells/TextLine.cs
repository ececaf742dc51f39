using Jixiao.Documents.Text;

namespace Jixiao.Documents.Cells;

/// <summary>What one source line is, by its separators alone (the reader decides the shape from its neighbours).</summary>
internal enum TextLineKind
{
    Blank,
    /// <summary>Cells separated by tabs (the binary readers' rows, spreadsheet copy-paste).</summary>
    Tabbed,
    /// <summary>Only `|` characters: one ends a cell (or is an empty cell), two or more end a row.</summary>
    Bars,
    /// <summary>`text |` or `text | ||||`: one cell terminated by the pipe (and its row by a further run).</summary>
    PipeCell,
    /// <summary>`a | b | c`: several cells of one row; indented `    | b` continues the row above.</summary>
    PipeRow,
    /// <summary>No separator the reader knows: a cell, an aligned row or flat text.</summary>
    Text,
}

/// <summary>One classified line: its kind, its text trimmed and, for pipe lines, the pieces between the pipes.</summary>
internal sealed record TextLine(SourceLine Source, TextLineKind Kind, string Trimmed)
{
    /// <summary>Number of `|` in a <see cref="TextLineKind.Bars"/> line, or in the run after a <see cref="TextLineKind.PipeCell"/>'s text.</summary>
    public int Pipes { get; init; }

    /// <summary>Leading white space before the first `|` (the continuation of a row started on the line above).</summary>
    public bool Indented { get; init; }

    public static TextLine Of(SourceLine source)
    {
        var text = source.Text;
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return new(source, TextLineKind.Blank, "");
        if (text.Contains('\t')) return new(source, TextLineKind.Tabbed, trimmed);
        var first = trimmed.IndexOf('|');
        if (first < 0) return new(source, TextLineKind.Text, trimmed);
        if (trimmed.All(c => c == '|' || char.IsWhiteSpace(c)))
            return new(source, TextLineKind.Bars, trimmed) { Pipes = trimmed.Count(c => c == '|') };
        var rest = trimmed[first..];
        if (first > 0 && rest.All(c => c == '|' || char.IsWhiteSpace(c)))
            return new(source, TextLineKind.PipeCell, trimmed[..first].Trim()) { Pipes = rest.Count(c => c == '|') };
        return new(source, TextLineKind.PipeRow, trimmed) { Indented = first == 0 && char.IsWhiteSpace(text[0]) };
    }
}
