using Jixiao.Domain.Text;

namespace Jixiao.Documents.Layout;

/// <summary>
/// A form laid out once, independent of the file format: the xlsx, docx, html and PDF renderers all draw this
/// model, so every format shows the same cells, merges and widths (one layout per form type, not one per format).
/// </summary>
/// <param name="Title">Document title (workbook/document properties, html title).</param>
/// <param name="FileName">Base file name without extension, safe for a zip entry (Chinese allowed).</param>
/// <param name="Sections">One section per printed form: a worksheet in xlsx, a section (page run) in docx/PDF.</param>
/// <remarks>
/// Every text of a layout (titles, names, headings, paragraphs, cells) is cleaned with <see cref="TextHygiene"/> when
/// it is set: text stored by older versions may hold control characters that XML (xlsx, docx) cannot carry, and this
/// model is the one place all four renderers take text from.
/// </remarks>
public sealed record FormDocument(string Title, string FileName, IReadOnlyList<FormSection> Sections)
{
    public string Title { get; init => field = TextHygiene.Clean(value); } = TextHygiene.Clean(Title);
    public string FileName { get; init => field = TextHygiene.Clean(value); } = TextHygiene.Clean(FileName);
}

public enum PageOrientation
{
    Portrait,
    Landscape,
}

/// <param name="Name">Sheet name (≤ 31 chars, no `[]:*?/\`; <see cref="SheetNames.Safe"/>).</param>
public sealed record FormSection(string Name, IReadOnlyList<FormBlock> Blocks, PageOrientation Orientation = PageOrientation.Portrait)
{
    public string Name { get; init => field = TextHygiene.Clean(value); } = TextHygiene.Clean(Name);
}
