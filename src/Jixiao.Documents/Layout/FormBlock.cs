using Jixiao.Domain.Text;

namespace Jixiao.Documents.Layout;

/// <summary>A block of a section, drawn top to bottom.</summary>
public abstract record FormBlock;

/// <summary>A form or section title, centred. Level 1 = form title, 2 = sub-title such as `(2024 年度)`, 3 = section heading.</summary>
public sealed record HeadingBlock(string Text, int Level) : FormBlock
{
    public string Text { get; init => field = TextHygiene.Clean(value); } = TextHygiene.Clean(Text); // see FormDocument
}

public enum ParagraphAlign
{
    Left,
    Center,
    Right,
}

/// <summary>Free text such as a narrative section; line breaks in <paramref name="Text"/> are kept.</summary>
public sealed record ParagraphBlock(string Text, ParagraphAlign Align = ParagraphAlign.Left) : FormBlock
{
    public string Text { get; init => field = TextHygiene.Clean(value); } = TextHygiene.Clean(Text); // see FormDocument
}

/// <summary>Starts the next block on a new printed page.</summary>
public sealed record PageBreakBlock : FormBlock;
