using Jixiao.Domain.Text;

namespace Jixiao.Documents.Text;

public static class SourceLines
{
    /// <summary>
    /// The lines without the characters no form may hold (<see cref="TextHygiene"/>): control characters and
    /// noncharacters from xlsx `_x0001_` escapes, html `&amp;#1;` or pasted text never reach a form. Clean lines are
    /// returned as the same list, without a copy.
    /// </summary>
    public static IReadOnlyList<SourceLine> Clean(IReadOnlyList<SourceLine> lines)
    {
        var clean = 0;
        while (clean < lines.Count && TextHygiene.IsClean(lines[clean].Text)) clean++;
        if (clean == lines.Count) return lines;
        var cleaned = new List<SourceLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
            cleaned.Add(i < clean ? lines[i] : lines[i] with { Text = TextHygiene.Clean(lines[i].Text) });
        return cleaned;
    }
}
