using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Export.Docx;

/// <summary>
/// Document defaults: 宋体 for East-Asian text with a Latin face beside it and zh-CN as the East-Asian language, so
/// Word and LibreOffice choose a CJK font instead of falling back glyph by glyph; 10.5 pt (五号) as the forms print.
/// </summary>
internal static class DocxStyles
{
    public const string LatinFont = "Times New Roman";
    public const string BodyEastAsianFont = "宋体";
    public const string HeadingEastAsianFont = "黑体";
    public const string BodySize = "21";

    public static RunFonts Fonts(string eastAsian) => new()
    {
        Ascii = LatinFont,
        HighAnsi = LatinFont,
        ComplexScript = LatinFont,
        EastAsia = eastAsian,
        Hint = FontTypeHintValues.EastAsia,
    };

    public static void AddTo(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(BodyEastAsianFont),
                    new FontSize { Val = BodySize },
                    new FontSizeComplexScript { Val = BodySize },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle())
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
        styles.Styles.Save();
    }
}
