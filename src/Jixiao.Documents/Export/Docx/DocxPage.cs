using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Docx;

/// <summary>A4 page setup in twips (1/20 pt; 1 cm = 567 twips).</summary>
internal static class DocxPage
{
    public const int A4ShortSide = 11906;
    public const int A4LongSide = 16838;
    private const int SideMargin = 1134;
    private const int TopBottomMargin = 1247;
    private const int HeaderFooter = 567;

    public static int TextWidth(PageOrientation orientation) =>
        (orientation == PageOrientation.Landscape ? A4LongSide : A4ShortSide) - 2 * SideMargin;

    public static SectionProperties SectionProperties(PageOrientation orientation)
    {
        var landscape = orientation == PageOrientation.Landscape;
        return new SectionProperties(
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize
            {
                Width = (uint)(landscape ? A4LongSide : A4ShortSide),
                Height = (uint)(landscape ? A4ShortSide : A4LongSide),
                Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
            },
            new PageMargin
            {
                Top = TopBottomMargin,
                Bottom = TopBottomMargin,
                Left = SideMargin,
                Right = SideMargin,
                Header = HeaderFooter,
                Footer = HeaderFooter,
                Gutter = 0,
            });
    }
}
