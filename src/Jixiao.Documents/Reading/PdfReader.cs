using Jixiao.Documents.Reading.Pdf;
using Jixiao.Documents.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Reads a PDF's text layer into the line shape of <see cref="Layout.GridLines"/>: bordered tables (our exports and
/// real ruled forms) come back row by row with their cells, merged cells once with covered positions empty, wrapped
/// cell text joined and real line breaks as `&lt;br&gt;`; other text as lines. A table header repeated at the top of
/// a continuation page is read once. Each line is located as `第 3 页第 14 行`. Never throws: a scanned, encrypted
/// or corrupt PDF gives a Chinese reason.
/// </summary>
public static class PdfReader
{
    public const int MaxPages = 500;
    private const int MaxRulesPerPage = 20_000;

    public static ReadResult Read(string name, byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
                return ReadResult.Fail($"“{name}”共 {document.NumberOfPages} 页，超过 {MaxPages} 页的上限，已拒绝。");
            return ReadPages(name, document);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ReadResult.Fail($"“{name}”已加密（设有打开密码或禁止提取），无法读取；请去掉密码后再导入。");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // PdfPig reports broken files with many exception types; to the user they are all one thing.
            return ReadResult.Fail($"“{name}”已损坏或不是有效的 PDF 文件，无法读取。");
        }
    }

    private static ReadResult ReadPages(string name, PdfDocument document)
    {
        var lines = new List<SourceLine>();
        var anyText = false;
        List<string>? runningHeader = null; // first rows of the table still running at the end of the previous page
        RuledTable? runningTable = null;
        PageItem? lastFree = null; // the free-text line ending the previous page
        var lastFreeAtBottom = false;
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            var page = document.GetPage(p);
            var glyphs = PageGlyphs.Of(page);
            anyText |= glyphs.Any(g => !g.IsSpace);
            var items = PageItems.Read(glyphs, RuleSegments.From(page.Paths, MaxRulesPerPage), page.Width);

            var skip = runningTable is not null && items.Count > 0 && items[0].Table is { } first && SameColumns(first, runningTable)
                ? RepeatedHeaderRows(items, runningHeader!)
                : 0;
            var n = 0;
            var continued = items.Skip(skip).ToList();
            if (p > 1 && continued.Count > 0)
            {
                var previous = lastFree;
                var next = continued[0];
                if (previous is { Last: { } end } && lastFreeAtBottom && next is { Table: null, First: { } start }
                    && LineJoiner.Separator(end, start, next.Width, 0) is var join && !join.Contains('\n'))
                {
                    // A paragraph wrapped over the page break: one source line.
                    lines[^1] = lines[^1] with { Text = lines[^1].Text + join + next.Text };
                    continued.RemoveAt(0);
                    n++;
                }
                else if (skip == 0 && !(runningTable is not null && next.Table is { } t && SameColumns(t, runningTable)))
                    lines.Add(new SourceLine(lines.Count + 1, "") { Location = $"第 {p} 页" }); // a new page that continues nothing: a new section
            }
            foreach (var item in continued)
                lines.Add(new SourceLine(lines.Count + 1, item.Text) { Location = $"第 {p} 页第 {++n} 行" });
            lastFree = items.Count > 0 && items[^1].Table is null ? items[^1] : null;
            // Only a line that ends near the bottom margin (taken equal to the top one) can run on to the next page.
            lastFreeAtBottom = lastFree?.Last is { } bottom && items[0].Top is var top
                && bottom.Baseline - (page.Height - top) < 3 * bottom.Size;

            if (items.Count > 0 && items[^1].Table is { } last)
            {
                if (runningTable is null || skip == 0 || !ReferenceEquals(items[0].Table, last))
                    runningHeader = items.Where(i => ReferenceEquals(i.Table, last)).Select(i => i.Text).ToList();
                runningTable = last;
            }
            else (runningTable, runningHeader) = (null, null);
        }
        if (!anyText) return ReadResult.Fail($"“{name}”没有可提取的文字层（可能是扫描件），请导入原始 Excel/Word 文件或文字版 PDF。");
        return ReadResult.Ok(lines);
    }

    // A table continuing on a new page starts with the header rows the writer repeats; drop the rows equal to the
    // first rows of the table where it began (never the whole fragment).
    private static int RepeatedHeaderRows(List<PageItem> items, List<string> header)
    {
        var table = items[0].Table;
        var k = 0;
        while (k < header.Count && k + 1 < items.Count && ReferenceEquals(items[k].Table, table) && items[k].Text == header[k]
            && ReferenceEquals(items[k + 1].Table, table))
            k++;
        return k;
    }

    private static bool SameColumns(RuledTable a, RuledTable b) =>
        a.Xs.Length == b.Xs.Length && a.Xs.Zip(b.Xs).All(x => Math.Abs(x.First - x.Second) <= RuleSegment.Tolerance * 2);
}
