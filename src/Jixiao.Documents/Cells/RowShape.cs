namespace Jixiao.Documents.Cells;

/// <summary>How the cells of a row were written in the source text (the four shapes real documents come in).</summary>
public enum RowShape
{
    /// <summary>Cells separated by tabs: what the xlsx/docx/pdf/html readers write, and spreadsheet copy-paste.</summary>
    Tabbed,
    /// <summary>`| a | b |` rows: an HTML or Markdown table flattened to text.</summary>
    Piped,
    /// <summary>One cell per line (blank lines or a trailing ` |` between cells).</summary>
    CellPerLine,
    /// <summary>Cells separated by runs of spaces, as a spreadsheet printed to text.</summary>
    Aligned,
    /// <summary>Cells run together or out of order (PDF/OCR text): one row of one cell, for the recogniser to split.</summary>
    Flat,
}
