using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Jixiao.Documents.Reading.Pdf;

/// <summary>
/// A drawn table rule: horizontal at y = <see cref="At"/> from x <see cref="From"/> to <see cref="To"/>, or vertical
/// at x = <see cref="At"/> from y <see cref="From"/> to <see cref="To"/>.
/// </summary>
internal readonly record struct RuleSegment(bool Horizontal, double At, double From, double To)
{
    public const double Tolerance = 1.5;

    /// <summary>Whether this rule covers the point <paramref name="along"/> on its axis (with tolerance).</summary>
    public bool Covers(double at, double along) =>
        Math.Abs(At - at) <= Tolerance && along >= From - Tolerance && along <= To + Tolerance;

    public bool Touches(RuleSegment other) => Horizontal == other.Horizontal
        ? Math.Abs(At - other.At) <= Tolerance && From <= other.To + Tolerance && other.From <= To + Tolerance
        : other.At >= From - Tolerance && other.At <= To + Tolerance && At >= other.From - Tolerance && At <= other.To + Tolerance;
}

/// <summary>
/// Finds the rules of bordered tables among a page's vector paths. Writers draw borders either as thin filled
/// rectangles (chromium, Word) or as stroked lines and rectangles; both become segments. Wide filled rectangles
/// are cell shading, not rules, and are ignored, as are curves and clipping paths.
/// </summary>
internal static class RuleSegments
{
    private const double MaxRuleThickness = 3.0;
    private const double MinRuleLength = 2.0;

    public static List<RuleSegment> From(IEnumerable<PdfPath> paths, int limit)
    {
        var segments = new List<RuleSegment>();
        foreach (var path in paths)
        {
            if (path.IsClipping && !path.IsFilled && !path.IsStroked) continue;
            foreach (var subpath in path)
            {
                if (path.IsStroked) AddLines(subpath, segments);
                else if (path.IsFilled && subpath.GetBoundingRectangle() is { } r) AddThinRectangle(r, segments);
                if (segments.Count > limit) return segments;
            }
        }
        return segments;
    }

    private static void AddThinRectangle(PdfRectangle r, List<RuleSegment> segments)
    {
        var (left, right) = (Math.Min(r.Left, r.Right), Math.Max(r.Left, r.Right));
        var (bottom, top) = (Math.Min(r.Bottom, r.Top), Math.Max(r.Bottom, r.Top));
        var (width, height) = (right - left, top - bottom);
        if (height <= MaxRuleThickness && width >= MinRuleLength && width > height)
            segments.Add(new RuleSegment(true, (top + bottom) / 2, left, right));
        else if (width <= MaxRuleThickness && height >= MinRuleLength && height > width)
            segments.Add(new RuleSegment(false, (left + right) / 2, bottom, top));
    }

    private static void AddLines(PdfSubpath subpath, List<RuleSegment> segments)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move m:
                    start = current = m.Location;
                    break;
                case PdfSubpath.Line l:
                    Add(l.From, l.To, segments);
                    start ??= l.From;
                    current = l.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s, segments);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve b:
                    current = b.EndPoint;
                    break;
            }
        }
    }

    private static void Add(PdfPoint a, PdfPoint b, List<RuleSegment> segments)
    {
        if (Math.Abs(a.Y - b.Y) <= 0.5 && Math.Abs(a.X - b.X) >= MinRuleLength)
            segments.Add(new RuleSegment(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (Math.Abs(a.X - b.X) <= 0.5 && Math.Abs(a.Y - b.Y) >= MinRuleLength)
            segments.Add(new RuleSegment(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }
}
