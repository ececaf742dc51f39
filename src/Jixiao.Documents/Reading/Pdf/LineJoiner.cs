namespace Jixiao.Documents.Reading.Pdf;

/// <summary>
/// Joins the printed lines of one cell or text block back into its source text: a line that ended because the next
/// word could not fit (a soft wrap made by the writer) is joined to the next; a line that ended although the next
/// word would have fit was a real line break (`\n`). Blank lines show as extra vertical distance between baselines.
/// This mirrors how browsers and word processors break lines, CJK included (any character may start a line except
/// closing punctuation, which is carried over with the character before it). A baseline gap wider than the line
/// pitch (paragraph spacing, which our html export puts between the lines of a cell) is always a real break.
/// </summary>
internal static class LineJoiner
{
    private const string NoLineStart = "，。、；：？！）》」』】〕〉”’%‰℃,.;:!?)]}·…—";
    private const string NoLineEnd = "（《「『【〔〈“‘([{";

    /// <param name="availableWidth">Width a line may take in the cell or block (content box, without padding).</param>
    /// <param name="pitch">Baseline distance of wrapped lines relative to their size (see <see cref="Pitch"/>), 0 if unknown.</param>
    public static string Join(IReadOnlyList<GlyphLine> lines, double availableWidth, double pitch)
    {
        if (lines.Count == 0) return "";
        var text = new System.Text.StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++) text.Append(Separator(lines[i - 1], lines[i], availableWidth, pitch)).Append(lines[i].Text);
        return text.ToString();
    }

    /// <summary>What stood between two printed lines in the source: nothing or a space (a wrap), or line breaks.</summary>
    public static string Separator(GlyphLine previous, GlyphLine next, double availableWidth, double pitch)
    {
        var size = Math.Max(previous.Size, next.Size);
        var gap = (previous.Baseline - next.Baseline) / size;
        var blank = pitch > 0 ? Math.Max(0, (int)Math.Floor(gap / pitch + 0.25) - 1) : 0;
        var spaced = pitch > 0 && gap > pitch + 0.15; // beyond the pixel rounding of line positions (≤ 1 px)
        if (!spaced && IsSoftWrap(previous, next, availableWidth))
            return previous.TrailingSpace > 0 || NeedsSpace(previous, next, availableWidth) ? " " : "";
        return new string('\n', 1 + Math.Min(blank, 20));
    }

    /// <summary>
    /// The baseline distance of consecutive lines relative to their size, the smallest seen (wrapped lines), or 0
    /// when no block has two lines.
    /// </summary>
    public static double Pitch(IEnumerable<IReadOnlyList<GlyphLine>> blocks)
    {
        var pitches = blocks.SelectMany(b => b.Zip(b.Skip(1), (a, c) => (a.Baseline - c.Baseline) / Math.Max(a.Size, c.Size))).Where(d => d > 0).ToList();
        return pitches.Count > 0 ? pitches.Min() : 0;
    }

    private static bool IsSoftWrap(GlyphLine previous, GlyphLine next, double availableWidth)
    {
        var (unit, latin) = FirstUnitWidth(next);
        var space = previous.TrailingSpace > 0 ? previous.TrailingSpace : latin || IsLatin(previous.Text[^1]) ? previous.Size * 0.25 : 0;
        // Writers lay out on a pixel grid and round glyph advances, so “would have fit” needs a clear margin (1 pt):
        // a near miss is read as a wrap, the common case, rather than as a line break.
        return previous.Width + space + unit > availableWidth - 1.0;
    }

    // The width of what the writer could have put on the previous line: opening brackets with what follows them,
    // then a Latin word or one CJK character, then the closing punctuation that may not start a line.
    private static (double Width, bool Latin) FirstUnitWidth(GlyphLine line)
    {
        var glyphs = line.Glyphs.SkipWhile(g => g.IsSpace).ToList();
        if (glyphs.Count == 0) return (0, false);
        var end = 0;
        while (end + 1 < glyphs.Count && NoLineEnd.Contains(glyphs[end].Text[0])) end++;
        if (IsLatin(glyphs[end].Text[0]))
            while (end + 1 < glyphs.Count && !glyphs[end + 1].IsSpace && IsLatin(glyphs[end + 1].Text[0])) end++;
        while (end + 1 < glyphs.Count && NoLineStart.Contains(glyphs[end + 1].Text[0])) end++;
        return (glyphs[end].Right - glyphs[0].Left, IsLatin(glyphs[0].Text[0]));
    }

    // A wrap at a space leaves the space printed at the line end (chromium, Word); writers that drop it only wrap
    // between two alphanumerics at a space, unless the line is full, where an over-long word was broken.
    private static bool NeedsSpace(GlyphLine previous, GlyphLine next, double availableWidth)
    {
        if (!char.IsAsciiLetterOrDigit(previous.Text[^1]) || !char.IsAsciiLetterOrDigit(next.Text[0])) return false;
        var firstChar = next.Glyphs.First(g => !g.IsSpace);
        return previous.Width + firstChar.Right - firstChar.Left <= availableWidth - 1.0;
    }

    // Letters, digits and punctuation outside the CJK blocks: they form words that only break at spaces.
    private static bool IsLatin(char c) => c < '\u2E80' && !char.IsWhiteSpace(c);
}
