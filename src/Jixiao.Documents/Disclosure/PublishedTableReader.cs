using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Cells;
using Jixiao.Documents.Text;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Disclosure;

/// <summary>
/// Reads disclosure tables of layouts other than the Shanghai package (<see cref="DisclosureTextImporter"/>) from the
/// cells of any text shape (<see cref="CellReader"/>), by the words of <see cref="PublishedTableDescriptions"/>: a title
/// that names a described table starts it; a header of label/amount heads gives its columns (two 项目 heads, or a 收入 /
/// 支出 head before each, split a two-sided table); every label after it is a row and the figures after the label are its
/// amounts, by position. Rows are kept as printed, amounts in the unit the table states.
/// </summary>
/// <remarks>
/// Grammar, per table (one token = a cell, or a white-space separated word of flat text):
/// <code>
/// table  := title { frame | side | header | row }
/// frame  := "单位:万元" | "金额单位:元" | unit-label ":" name | note (注:… / a sentence ending in 。)
/// header := { label-head | amount-head | code-head | row-number-head }   (no figure in it)
/// row    := [code] label { amount | blank | row-number }
/// </code>
/// In a printed row (`|`, tab) a row ends with the row, and a blank cell holds its column's place; in one cell
/// per line and flat text the next label ends it (in space-aligned rows, also the end of the row). Where a table has a
/// 行次 column, a bare integer is a row or column number, never an amount. A row of a two-sided table is on the 收入
/// side unless its label names an expense (支出, 结转下年), it is the second label of its printed row, or it follows a
/// 支出 head.
/// </remarks>
public static partial class PublishedTableReader
{
    /// <summary>Characters a text read for tables may hold: far above any published package.</summary>
    private const int MaxChars = 500_000;

    /// <summary>A label longer than this is running text: it ends the table.</summary>
    private const int MaxLabel = 40;

    /// <summary>Rows looked back from a title for the year a title does not print.</summary>
    private const int YearLookBack = 20;

    /// <summary>Every described table in <paramref name="lines"/> that holds a row with an amount; empty when none.</summary>
    public static IReadOnlyList<PublishedTable> Read(IReadOnlyList<SourceLine> lines, ICollection<ImportWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(warnings);
        if (lines.Sum(l => (long)l.Text.Length) > MaxChars) return [];
        var document = CellReader.Read(lines);
        var tables = new List<PublishedTable>();
        PublishedTableBuilder? current = null;
        var years = new List<(int Row, int Year)>();
        foreach (var row in document.Rows)
        {
            // Space-aligned rows lost their empty cells (and often hold heads, labels and figures run together): they are
            // read like flat text, a row ending the last label's figures.
            var printed = row.Shape is RowShape.Piped or RowShape.Tabbed || (row.Shape == RowShape.CellPerLine && row.Cells.Count > 1);
            var tokens = Tokens(row).ToList();
            current?.BeginRow(printed, warnings);
            foreach (var (text, line) in tokens)
            {
                if (IsTitle(text) is { } description)
                {
                    Close(current, tables, warnings);
                    var before = years.LastOrDefault(y => y.Row >= row.Index - YearLookBack);
                    current = new PublishedTableBuilder(description, text, line, TitleYear(text) ?? (before.Year > 0 ? before.Year : null));
                    current.BeginRow(printed, warnings);
                    continue;
                }
                if (current is null)
                {
                    if (YearPattern().Match(text) is { Success: true } m) years.Add((row.Index, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
                    continue;
                }
                if (!current.Take(text, line, warnings))
                {
                    Close(current, tables, warnings);
                    current = null;
                    break;
                }
            }
            current?.EndRow(warnings);
            if (row.Shape == RowShape.Aligned) current?.BeginRow(true, warnings);
        }
        Close(current, tables, warnings);
        return tables;
    }

    private static void Close(PublishedTableBuilder? table, List<PublishedTable> tables, ICollection<ImportWarning> warnings)
    {
        if (table is null) return;
        table.EndRow(warnings);
        if (table.Build(warnings) is { } built) tables.Add(built);
        else warnings.Add(new ImportWarning(table.Line.Number,
            $"第 {table.Line.Number} 行“{table.Title}”之后没有读到金额行（文本可能在此结束），未导入该表。")
        { Location = table.Line.Location });
    }

    /// <summary>The tokens of a row: its cells; a flat row's text split at white space.</summary>
    private static IEnumerable<(string Text, SourceLine Line)> Tokens(CellRow row)
    {
        foreach (var cell in row.Cells)
        {
            if (row.Shape != RowShape.Flat) { yield return (cell.Text.Trim(), cell.Line); continue; }
            foreach (var word in cell.Text.Split((char[])[' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
                yield return (word, cell.Line);
        }
    }

    /// <summary>The description a title cell names: short, ending in 表, holding a described title word.</summary>
    internal static PublishedTableDescription? IsTitle(string text)
    {
        var t = text.Trim();
        return t.Length is > 3 and <= MaxLabel && t.EndsWith('表') && t.IndexOfAny(['。', '，', ',', ';', '；']) < 0
            ? PublishedTableDescriptions.Recognise(t) : null;
    }

    private static int? TitleYear(string title) =>
        YearPattern().Match(title) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearPattern();
}
