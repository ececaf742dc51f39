namespace Jixiao.Documents.Text;

/// <summary>One line of a text document with its 1-based line number in the source file.</summary>
public readonly record struct SourceLine(int Number, string Text);
