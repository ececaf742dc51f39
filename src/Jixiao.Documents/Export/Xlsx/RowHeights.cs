using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Xlsx;

/// <summary>
/// Row heights estimated from text width (Excel does not grow merged or pre-sized rows itself, and measuring glyphs
/// needs libgdiplus): a line of 11pt 宋体 is about 14.25pt, a column of width w holds about w − 1 units per line.
/// </summary>
internal static class RowHeights
{
    public const double LineHeight = 14.25;
    public const double TableRowMinimum = 20;
    /// <summary>Excel's limit for one row.</summary>
    public const double Maximum = 409;
    private const double Padding = 6;

    public static double ForText(string? text, decimal widthUnits)
    {
        var perLine = Math.Max(1m, widthUnits - 1m);
        var lines = 0;
        foreach (var line in (text ?? "").ReplaceLineEndings("\n").Split('\n'))
            lines += Math.Max(1, (int)Math.Ceiling(TextWidth.Of(line) / perLine));
        return Math.Min(Maximum, lines * LineHeight + Padding);
    }
}
