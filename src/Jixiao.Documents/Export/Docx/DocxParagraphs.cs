using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Layout;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Export.Docx;

/// <summary>Headings, narrative paragraphs and breaks.</summary>
internal static class DocxParagraphs
{
    /// <summary>Level 1 = form title 16 pt (三号) 黑体, level 2 = sub-title 12 pt, level 3 = section heading 14 pt 黑体.</summary>
    public static Paragraph Heading(HeadingBlock heading)
    {
        var (size, font) = heading.Level switch
        {
            1 => ("32", DocxStyles.HeadingEastAsianFont),
            2 => ("24", DocxStyles.BodyEastAsianFont),
            _ => ("28", DocxStyles.HeadingEastAsianFont),
        };
        return new Paragraph(
            new ParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = heading.Level == 2 ? "0" : "120", After = "120" },
                new Justification { Val = JustificationValues.Center }),
            new Run(
                new RunProperties(DocxStyles.Fonts(font), new Bold(), new FontSize { Val = size }, new FontSizeComplexScript { Val = size }),
                new WordText(heading.Text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>One Word paragraph per text line; left-aligned narrative gets the customary two-character first-line indent.</summary>
    public static IEnumerable<Paragraph> Text(ParagraphBlock block)
    {
        foreach (var line in block.Text.ReplaceLineEndings("\n").Split('\n'))
        {
            // Schema order: spacing, ind, jc.
            var properties = new ParagraphProperties(new SpacingBetweenLines { After = "60", Line = "360", LineRule = LineSpacingRuleValues.Auto });
            if (block.Align == ParagraphAlign.Left && line.Length > 0)
                properties.Append(new Indentation { FirstLineChars = 200, FirstLine = "420" });
            if (block.Align != ParagraphAlign.Left)
                properties.Append(new Justification { Val = block.Align == ParagraphAlign.Center ? JustificationValues.Center : JustificationValues.Right });
            var paragraph = new Paragraph(properties);
            if (line.Length > 0) paragraph.Append(new Run(new WordText(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            yield return paragraph;
        }
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static Paragraph Spacer() => new(
        new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact }));
}
