using System.Text;
using UglyToad.PdfPig.Content;

namespace Jixiao.Documents.Reading.Pdf;

/// <summary>
/// The characters of a page as the writer meant them. Chromium (Skia) maps glyphs shared by a CJK ideograph and a
/// Kangxi radical to the radical (`⽬` for `目`) and puts the real text in a marked-content `/ActualText`; other
/// writers leave radicals without it. Both are repaired here: ActualText first, then the radical blocks normalised
/// (NFKC) to the ideograph they print as.
/// </summary>
internal static class PageGlyphs
{
    public static List<Glyph> Of(Page page)
    {
        var actual = new Dictionary<(long, long, string), string>();
        foreach (var element in page.GetMarkedContents()) CollectActualText(element, actual, depth: 0);

        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation is not (TextOrientation.Horizontal or TextOrientation.Other)) continue;
            var text = actual.TryGetValue(Key(letter), out var replaced) ? replaced : letter.Value;
            text = Normalise(text);
            if (text.Length == 0) continue;
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            glyphs.Add(new Glyph(text, letter.StartBaseLine.X, Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X), letter.StartBaseLine.Y, size));
        }
        return glyphs;
    }

    private static (long, long, string) Key(Letter letter) =>
        ((long)Math.Round(letter.StartBaseLine.X * 100), (long)Math.Round(letter.StartBaseLine.Y * 100), letter.Value);

    private static void CollectActualText(MarkedContentElement element, Dictionary<(long, long, string), string> actual, int depth)
    {
        if (depth > 64) return;
        if (element.ActualText is { } text && element.Letters.Count > 0)
        {
            // The whole replacement goes to the first letter of the span; the rest of the span is dropped.
            actual[Key(element.Letters[0])] = text;
            foreach (var letter in element.Letters.Skip(1)) actual[Key(letter)] = "";
        }
        foreach (var child in element.Children) CollectActualText(child, actual, depth + 1);
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u2E80' and <= '\u2FDF') sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            else if (c == '\u00A0') sb.Append(' ');
            else if (!char.IsControl(c) || c == '\t') sb.Append(c);
        }
        return sb.ToString();
    }
}
