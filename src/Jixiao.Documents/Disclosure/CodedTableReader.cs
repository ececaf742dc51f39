using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using static Jixiao.Documents.Disclosure.CellReading;

namespace Jixiao.Documents.Disclosure;

/// <summary>A row of a code-keyed table (表2, 3, 5, 6, 7) with its amounts by column key.</summary>
internal sealed record CodedRow(SubjectCode? Code, string Name, IReadOnlyDictionary<string, decimal> Amounts, int Line)
{
    public decimal this[string key] => Amounts.GetValueOrDefault(key);
}

internal sealed record CodedTable(TablePrint Print, IReadOnlyList<CodedRow> Rows, CodedRow? Total, string? Statement);

/// <summary>
/// Reads a table keyed by 科目编码. Grammar of a data row (cells of one printed row):
/// <code>
///   row   := code-cells name amount{n} | ("合计" | "总计") amount{n}
///   code-cells := class(3 digits) section(2 digits | blank) [item(2 digits | blank)]   -- 功能 has 项, 经济 not
///               | code(5 or 7 digits)                                                  -- one combined cell
/// </code>
/// The header ends after the code-level header cells (`类` `款` [`项`]); rows whose cells are all blank are skipped.
/// </summary>
internal static class CodedTableReader
{
    public static CodedTable Read(TableSection s, ICollection<ImportWarning> warnings)
    {
        var table = DisclosureForm.Table(s.Kind);
        var label = table.Label;
        var columns = ColumnSpec.Of(table);
        var cells = s.Cells;
        var dataStart = HeaderEnd(cells, table.CodeParts);
        var header = cells.Take(dataStart).ToList();
        var order = HeaderColumns.Order(header, columns, s.TitleLine, label, warnings);
        var scale = Scale(s.AmountUnitLine);
        var rows = new List<CodedRow>();
        CodedRow? total = null;
        var subParts = table.CodeParts.Count - 1;

        // Rows are delimited when the data cells fall into several runs; otherwise the next row follows directly.
        var delimited = cells.Skip(dataStart).Select(c => c.Group).Distinct().Skip(1).Any();

        var i = dataStart;
        while (i < cells.Count)
        {
            var cell = cells[i];
            if (cell.IsBlank)
            {
                i++;
                continue;
            }

            var group = cell.Group;
            i++;
            if (table.TotalRow!.Matches(Squeeze(cell.Text)))
            {
                SkipMergedCells(cells, ref i, group, order.Count, delimited);
                total = new CodedRow(null, Squeeze(cell.Text), ReadAmounts(cells, ref i, group, order, scale, warnings), cell.Line);
                SkipRest(cells, ref i, group, delimited, label, warnings);
                continue;
            }

            if (!TryReadCode(cells, ref i, cell, group, subParts, out var code))
            {
                warnings.Add(new ImportWarning(cell.Line, $"{label}：无法识别的单元格「{cell.Text}」，应为科目编码或“合计”。"));
                SkipRest(cells, ref i, group, delimited, label, warnings);
                continue;
            }

            var nameCell = Next(cells, ref i, group);
            var name = nameCell?.Text ?? string.Empty;
            if (nameCell is null || nameCell.IsBlank || LooksLikeAmount(name))
            {
                warnings.Add(new ImportWarning(cell.Line, $"{label}：科目{code.Value}缺少科目名称。"));
                if (nameCell is not null && LooksLikeAmount(name))
                {
                    i--;
                }

                name = string.Empty;
            }

            rows.Add(new CodedRow(code, name, ReadAmounts(cells, ref i, group, order, scale, warnings), cell.Line));
            SkipRest(cells, ref i, group, delimited, label, warnings);
        }

        var print = new TablePrint(s.Title, s.PreparerLine, s.AmountUnitLine, HeaderColumns.GroupHeaders(header, columns), s.TitleLine);
        return new CodedTable(print, rows, total, s.Statement);
    }

    // The data begins after the code-level header (`类`, then `款`/`项` cells), or at the first 3-digit code.
    private static int HeaderEnd(IReadOnlyList<Cell> cells, IReadOnlyList<CodePart> levels)
    {
        var first = levels[0].Head;
        var lower = levels.Skip(1).Select(l => l.Head).ToHashSet();
        var classHeader = -1;
        for (var k = 0; k < cells.Count; k++)
        {
            if (Squeeze(cells[k].Text) == first)
            {
                classHeader = k;
                break;
            }
        }

        if (classHeader >= 0)
        {
            var k = classHeader + 1;
            while (k < cells.Count && lower.Contains(Squeeze(cells[k].Text)))
            {
                k++;
            }

            return k;
        }

        for (var k = 0; k < cells.Count; k++)
        {
            if (IsCode(cells[k].Text, levels[0].Digits))
            {
                return k;
            }
        }

        return cells.Count;
    }

    private static bool TryReadCode(IReadOnlyList<Cell> cells, ref int i, Cell first, int group, int subParts, out SubjectCode code)
    {
        code = default;
        if (IsCode(first.Text, 5) || IsCode(first.Text, 7))
        {
            return SubjectCode.TryParse(first.Text, out code);
        }

        if (!IsCode(first.Text, 3))
        {
            return false;
        }

        var parts = new List<string>();
        for (var k = 0; k < subParts; k++)
        {
            var start = i;
            var c = Next(cells, ref i, group);
            if (c is null || !(c.IsBlank || IsCode(c.Text, 2)))
            {
                // Not a code part (e.g. the name follows directly): leave it for the name.
                i = start;
                break;
            }

            parts.Add(c.Text);
        }

        return SubjectCode.TryFromParts(first.Text, parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(1), out code);
    }

    private static Dictionary<string, decimal> ReadAmounts(
        IReadOnlyList<Cell> cells, ref int i, int group, IReadOnlyList<string> order, decimal scale, ICollection<ImportWarning> warnings)
    {
        var amounts = new Dictionary<string, decimal>();
        foreach (var key in order)
        {
            amounts[key] = Amount(Next(cells, ref i, group), scale, warnings);
        }

        return amounts;
    }

    /// <summary>
    /// `合计` merged across the code and name columns: a row written with its covered cells empty (tabbed layouts)
    /// has more cells than amounts; the blanks right after the label are those covered cells, not amounts.
    /// </summary>
    private static void SkipMergedCells(IReadOnlyList<Cell> cells, ref int i, int group, int amounts, bool delimited)
    {
        if (!delimited)
        {
            return;
        }

        var remaining = 0;
        for (var k = i; k < cells.Count && cells[k].Group == group; k++)
        {
            remaining++;
        }

        for (var extra = remaining - amounts; extra > 0 && i < cells.Count && cells[i].Group == group && cells[i].IsBlank; extra--)
        {
            i++;
        }
    }

    private static void SkipRest(
        IReadOnlyList<Cell> cells, ref int i, int group, bool delimited, string label, ICollection<ImportWarning> warnings)
    {
        if (!delimited)
        {
            return;
        }

        while (i < cells.Count && cells[i].Group == group)
        {
            if (!cells[i].IsBlank)
            {
                warnings.Add(new ImportWarning(cells[i].Line, $"{label}：多余的单元格「{cells[i].Text}」未能归入任何列。"));
            }

            i++;
        }
    }
}
