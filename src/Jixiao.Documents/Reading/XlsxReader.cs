using System.Text;
using ClosedXML.Excel;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Reads an xlsx workbook into <see cref="GridLines"/>-shaped lines: per visible sheet, one line per row (cells in
/// column order joined by tabs, a merged range's value at its top-left cell and its covered cells empty, in-cell
/// line breaks as <c>&lt;br&gt;</c>, numbers as displayed), a run of empty rows as one blank line, a blank line
/// between sheets. Every line's <see cref="SourceLine.Location"/> names its sheet and row. Never throws: a file that
/// cannot be read gives a Chinese reason.
/// </summary>
public static class XlsxReader
{
    /// <summary>Cap on the inflated size of all the workbook's parts, measured, not declared (a filled form is far smaller).</summary>
    public const long MaxContentBytes = 64L * 1024 * 1024;
    public const int MaxLines = 200_000;
    /// <summary>Merged ranges per sheet; a form has dozens, and each used cell is checked against them.</summary>
    public const int MaxMergedRanges = 5_000;
    private const long MaxChars = 64L * 1024 * 1024;

    public static ReadResult Read(string name, byte[] bytes)
    {
        if (OfficePackageGuard.Check(name, bytes) is { } refused) return ReadResult.Fail(refused);
        if (SourceFormats.Sniff(name, bytes) != SourceFormat.Xlsx)
            return ReadResult.Fail($"“{name}”不是 Excel 工作簿（xlsx），可能是改了扩展名的其他文件。");
        if (PackageSize.Inflated(bytes, MaxContentBytes) is null)
            return ReadResult.Fail($"“{name}”解压后超过 {MaxContentBytes / 1024 / 1024} MB 或无法解压，不像填报表格，已拒绝。");
        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
            var lines = new List<SourceLine>();
            long chars = 0;
            foreach (var sheet in workbook.Worksheets.Where(s => s.Visibility == XLWorksheetVisibility.Visible))
            {
                if (sheet.MergedRanges.Count > MaxMergedRanges)
                    return ReadResult.Fail($"“{name}”的工作表“{sheet.Name}”合并单元格过多（{sheet.MergedRanges.Count} 处），不像填报表格，已拒绝。");
                if (lines.Count > 0) lines.Add(new SourceLine(lines.Count + 1, ""));
                foreach (var (row, text) in SheetRows(sheet))
                {
                    chars += text.Length;
                    if (lines.Count >= MaxLines || chars > MaxChars)
                        return ReadResult.Fail($"“{name}”的内容过多（超过 {MaxLines} 行或 {MaxChars / 1024 / 1024} M 字符），已拒绝。");
                    lines.Add(new SourceLine(lines.Count + 1, text) { Location = $"工作表“{sheet.Name}”第 {row} 行" });
                }
            }
            return lines.Any(l => l.Text.Length > 0)
                ? ReadResult.Ok(lines)
                : ReadResult.Fail($"“{name}”中没有任何填写内容。");
        }
        // ClosedXML and the Open XML SDK throw many unrelated types on malformed parts; none may escape a reader.
        catch (Exception)
        {
            return ReadResult.Fail($"“{name}”已损坏或不是有效的 xlsx 工作簿，无法读取；请用 Excel 或 WPS 打开后另存为 xlsx 再导入。");
        }
    }

    /// <summary>Rows with content as (row number, line); a run of empty rows between them as one blank line.</summary>
    private static IEnumerable<(int Row, string Text)> SheetRows(IXLWorksheet sheet)
    {
        var merges = sheet.MergedRanges.Select(r => r.RangeAddress)
            .Select(a => (Top: a.FirstAddress.RowNumber, Left: a.FirstAddress.ColumnNumber, Bottom: a.LastAddress.RowNumber, Right: a.LastAddress.ColumnNumber))
            .ToList();
        bool Covered(int row, int column) => merges.Any(m => row >= m.Top && row <= m.Bottom && column >= m.Left && column <= m.Right && (row, column) != (m.Top, m.Left));

        var rows = new SortedDictionary<int, SortedDictionary<int, string>>();
        foreach (var cell in sheet.CellsUsed())
        {
            var (row, column) = (cell.Address.RowNumber, cell.Address.ColumnNumber);
            if (Covered(row, column)) continue;
            var text = GridLines.Cell(XlsxCellText.Of(cell));
            if (text.Length == 0) continue;
            if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
            cells[column] = text;
        }
        if (rows.Count == 0) yield break;

        // Forms often start in column B or C; the sheet's first used column becomes the first cell of every line.
        var first = rows.Values.Min(c => c.Keys.First());
        var previous = 0;
        foreach (var (row, cells) in rows)
        {
            if (previous > 0 && row > previous + 1) yield return (previous + 1, "");
            yield return (row, Line(cells, first));
            previous = row;
        }
    }

    private static string Line(SortedDictionary<int, string> cells, int firstColumn)
    {
        var line = new StringBuilder();
        var column = firstColumn;
        foreach (var (c, text) in cells)
        {
            line.Append('\t', c - column).Append(text);
            column = c;
        }
        return line.ToString();
    }
}
