using System.Globalization;

namespace Jixiao.Documents.Layout;

/// <summary>Display width of text in character units: wide (CJK, full-width) characters count 2, others 1.</summary>
public static class TextWidth
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var longestLine = 0;
        foreach (var line in text.Split('\n'))
        {
            var width = 0;
            var e = StringInfo.GetTextElementEnumerator(line);
            while (e.MoveNext())
                width += IsWide(((string)e.Current)[0]) ? 2 : 1;
            longestLine = Math.Max(longestLine, width);
        }
        return longestLine;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6'
            || char.IsHighSurrogate(c);

    /// <summary>
    /// Column widths fitted to the content: the widest single-column cell of each column, clamped to
    /// [<paramref name="min"/>, <paramref name="max"/>] so long free text wraps instead of widening the page.
    /// </summary>
    public static IReadOnlyList<decimal> Fit(IReadOnlyList<IReadOnlyList<TableCell>> rows, int columns, decimal min, decimal max)
    {
        var widths = Enumerable.Repeat(min, columns).ToArray();
        foreach (var placed in TableGrid.Place(new FormTable(widths, rows)))
            if (placed.Cell.ColSpan == 1)
                widths[placed.Column] = Math.Clamp(Math.Max(widths[placed.Column], Of(placed.Cell.Text) + 2), min, max);
        return widths;
    }
}
