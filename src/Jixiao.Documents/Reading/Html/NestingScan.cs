namespace Jixiao.Documents.Reading.Html;

/// <summary>
/// Estimates how deeply an html source nests its elements before it is parsed: tree building slows down
/// quadratically with depth, so a small hostile file of nested tags would tie up the server. Void elements and
/// elements whose end tag may be omitted (`p`, `li`, `td`, …) are not counted, so real forms stay far below the limit.
/// </summary>
internal static class NestingScan
{
    public const int MaxDepth = 512;

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "option", "optgroup", "rb", "rt", "rp", "caption",
        "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "plaintext"];

    public static bool TooDeep(string source)
    {
        var depth = 0;
        var i = 0;
        while ((i = source.IndexOf('<', i)) >= 0 && i + 1 < source.Length)
        {
            if (source.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = source.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) return false;
                i = end + 3;
                continue;
            }
            var closing = source[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var nameEnd = start;
            while (nameEnd < source.Length && char.IsAsciiLetterOrDigit(source[nameEnd])) nameEnd++;
            var close = source.IndexOf('>', nameEnd);
            if (nameEnd == start || close < 0)
            {
                i = start;
                continue;
            }
            var name = source[start..nameEnd];
            if (!NotCounted.Contains(name))
            {
                if (closing) depth = Math.Max(0, depth - 1);
                else if (source[close - 1] != '/' && ++depth > MaxDepth) return true;
            }
            i = close + 1;
            if (!closing && RawText.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = source.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) return false;
                i = end;
            }
        }
        return false;
    }
}
