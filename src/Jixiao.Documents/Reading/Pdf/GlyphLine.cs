using System.Text;

namespace Jixiao.Documents.Reading.Pdf;

/// <summary>Glyphs sharing a baseline, left to right; <see cref="Left"/>/<see cref="Right"/> ignore edge spaces.</summary>
internal sealed class GlyphLine
{
    public GlyphLine(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
        Glyphs = glyphs;
        var ink = glyphs.Where(g => !g.IsSpace).ToList();
        Left = ink.Count > 0 ? ink[0].Left : glyphs[0].Left;
        Right = ink.Count > 0 ? ink[^1].Right : glyphs[^1].Right;
        Baseline = glyphs.Average(g => g.Baseline);
        Size = glyphs.Max(g => g.Size);
        Text = Compose(glyphs);
        TrailingSpace = ink.Count > 0 && glyphs[^1].IsSpace ? glyphs[^1].Right - ink[^1].Right : 0;
    }

    public List<Glyph> Glyphs { get; }
    public double Left { get; }
    public double Right { get; }
    public double Baseline { get; }
    public double Size { get; }
    public string Text { get; }

    /// <summary>Width of the spaces printed after the last character (a line wrapped at a space keeps it).</summary>
    public double TrailingSpace { get; }

    public double Top => Baseline + Size;

    public double Width => Right - Left;

    /// <summary>Groups glyphs into lines by baseline, top line first.</summary>
    public static List<GlyphLine> Group(IEnumerable<Glyph> glyphs)
    {
        var lines = new List<List<Glyph>>();
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            if (line is not null && Math.Abs(line[0].Baseline - g.Baseline) <= Math.Max(line[0].Size, g.Size) * 0.35) line.Add(g);
            else lines.Add([g]);
        }
        return lines.Select(l => new GlyphLine(l)).Where(l => l.Text.Length > 0).ToList();
    }

    // Spaces come as glyphs from most writers; others only leave a gap, which becomes one space. A gap wider than
    // any word space (our html prints a tab as a 2em gap) is a tab.
    private static string Compose(List<Glyph> glyphs)
    {
        var text = new StringBuilder();
        Glyph? previous = null;
        foreach (var g in glyphs)
        {
            var gap = previous is { } p && !p.IsSpace && !g.IsSpace ? (g.Left - p.Right) / Math.Max(p.Size, g.Size) : 0;
            if (gap > 1.5) text.Append('\t');
            else if (gap > 0.2) text.Append(' ');
            text.Append(g.IsSpace ? " " : g.Text);
            previous = g;
        }
        return text.ToString().Trim();
    }
}
