using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Export.Forms;

/// <summary>A column of a printed list: its Chinese header, its relative width, and whether its cells are centred (dates, states).</summary>
public sealed record ListColumn(string Header, decimal Width, bool Centered = false);

/// <summary>
/// A list page exported as it is shown, on an official-looking sheet: the title, one line saying what is listed (scope,
/// filters, when), the column headers (repeated on each printed page), one row per item; landscape A4. Any list's
/// export draws through it, so every renderer (xlsx, docx, pdf) prints it the same way.
/// </summary>
public static class ListSheetLayout
{
    public static FormDocument Document(string title, string fileName, string note, IReadOnlyList<ListColumn> columns,
        IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        List<IReadOnlyList<TableCell>> grid = [[.. columns.Select(c => TableCell.Label(c.Header))]];
        foreach (var row in rows)
            grid.Add([.. columns.Select((c, i) => c.Centered ? TableCell.Centered(row[i]) : TableCell.Value(row[i]))]);
        if (rows.Count == 0) grid.Add([TableCell.Centered("（无）", colSpan: columns.Count)]);
        return new(title, FileNames.Safe(fileName),
            [new FormSection(title, [new HeadingBlock(title, 1), new ParagraphBlock(note), new FormTable([.. columns.Select(c => c.Width)], grid, RepeatHeaderRows: 1)],
                PageOrientation.Landscape)]);
    }
}
