namespace Jixiao.Documents.Export.Html;

/// <summary>
/// The print style sheet of exported html (and, through chromium, of the PDF). Named pages give each section its
/// own A4 orientation; `thead` repeats on every printed page; rows never split across pages, and cells that span
/// rows keep their text at the top so it prints on the page where the cell starts.
/// Rows are kept whole through their cells, not `tr { break-inside: avoid }`: chromium extends a row's avoid to every row
/// a 一级指标 cell spans, so a table led by one (the 自评表's grid) moved whole to the next page and left a third of page 1
/// empty. A cell that spans rows may break; the others never do, so no row splits; a row of labels only (a column
/// header that cannot repeat) stays with the row under it. Tables end 1pt before the page
/// area's right edge: the collapsed outer border is drawn half outside the table's box, and at full width chromium
/// clipped the right edge off (the 批复 notice's table had no right border).
/// </summary>
internal static class PrintCss
{
    /// <summary>
    /// WenQuanYi Micro Hei first: chromium embeds it as a subset CID TrueType font (small, named, text extractable);
    /// the Noto CJK faces are CFF, which chromium embeds as unnamed Type 3 glyphs (about 20 % larger files). Bold
    /// text (labels, titles) is synthesised and always lands in Type 3 glyphs, still with a Unicode map.
    /// </summary>
    public const string FontStack = "\"WenQuanYi Micro Hei\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", serif";

    // The right margin gives back the 1pt the tables leave free for their border, so text wraps where it always did.
    public const string PageMargin = "15mm calc(12mm - 1pt) 15mm 12mm";

    public static readonly string Sheet = $$"""
        @page { size: A4 portrait; margin: {{PageMargin}}; }
        @page portrait { size: A4 portrait; margin: {{PageMargin}}; }
        @page landscape { size: A4 landscape; margin: {{PageMargin}}; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-family: {{FontStack}}; font-size: 10.5pt; line-height: 1.35; color: #000; }
        section.portrait { page: portrait; }
        section.landscape { page: landscape; }
        section + section { break-before: page; }
        .page-break { break-after: page; height: 0; }
        h1, h2, h3 { text-align: center; margin: 0 0 6pt; }
        h1 { font-size: 16pt; }
        h2 { font-size: 12pt; font-weight: normal; }
        h3 { font-size: 12pt; }
        .para { margin: 0 0 4pt; }
        .para.center { text-align: center; }
        .para.right { text-align: right; }
        p { white-space: pre-wrap; margin: 0 0 3pt; }
        p:empty, div.l:empty { min-height: 1.35em; }
        span.tab { display: inline-block; width: 2em; overflow: hidden; vertical-align: top; }
        div.l + div.l { margin-top: 3pt; }
        table { border-collapse: collapse; width: calc(100% - 1pt); table-layout: fixed; margin: 0 0 8pt; }
        thead { display: table-header-group; }
        th:not([rowspan]), td:not([rowspan]) { break-inside: avoid; }
        tr:not(:has(> td)) { break-after: avoid; }
        th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; white-space: pre-wrap; overflow-wrap: anywhere; }
        th { font-weight: bold; background: #e7e6e6; text-align: center; }
        td { text-align: left; }
        td.center { text-align: center; }
        td.amount, td.decimal { text-align: right; }
        th[rowspan], td[rowspan] { vertical-align: top; }
        """;
}
