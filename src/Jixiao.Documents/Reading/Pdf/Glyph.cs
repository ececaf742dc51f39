namespace Jixiao.Documents.Reading.Pdf;

/// <summary>One printed character in page space (points, y up): pen start and end on the baseline, and its size.</summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    public double CenterX => (Left + Right) / 2;

    /// <summary>Roughly the middle of a CJK glyph's ink, used to decide which cell a glyph sits in.</summary>
    public double CenterY => Baseline + Size * 0.35;
}

/// <summary>An axis-aligned page rectangle (points, y up).</summary>
internal readonly record struct Box(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;
}
