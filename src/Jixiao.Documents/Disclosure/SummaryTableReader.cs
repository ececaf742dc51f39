using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using static Jixiao.Documents.Disclosure.CellReading;

namespace Jixiao.Documents.Disclosure;

/// <summary>An income line (label and amount) of 表1/表4, as printed; Amount null when blank.</summary>
internal sealed record IncomeLine(string Label, decimal? Amount, int Line);

/// <summary>An expense line of 表1/表4: label (with ordinal) and amounts by column key.</summary>
internal sealed record ExpenseLine(string Label, IReadOnlyDictionary<string, decimal> Amounts, int Line)
{
    public decimal this[string key] => Amounts.GetValueOrDefault(key);
}

internal sealed record TwoSidedTable(
    TablePrint Print, IReadOnlyList<IncomeLine> Income, IReadOnlyList<ExpenseLine> Expense, ExpenseLine? ExpenseTotal, IncomeLine? IncomeTotal);

/// <summary>
/// Reads 表1 and 表4, which print income and expense side by side. Grammar of a data row:
/// <code>
///   row := income-label income-amount expense-label amount{n}   -- any cell may be blank
/// </code>
/// The data begins at the first label with an ordinal (`一、财政拨款收入`) or `收入总计`; the header before it gives
/// the expense column order.
/// </summary>
internal static class SummaryTableReader
{
    public static TwoSidedTable Read(TableSection s, ICollection<ImportWarning> warnings)
    {
        var table = DisclosureForm.Table(s.Kind);
        var label = table.Label;
        var columns = ColumnSpec.Of(table);
        var incomeTotal = table.TotalRow!;
        var expenseTotal = table.ExpenseTotalRow!;
        var cells = s.Cells;
        var dataStart = DataStart(cells, incomeTotal);
        var header = cells.Take(dataStart).ToList();
        var order = HeaderColumns.Order(header, columns, s.TitleLine, label, warnings);
        var scale = Scale(s.AmountUnitLine);
        var width = 3 + order.Count;
        var income = new List<IncomeLine>();
        var expense = new List<ExpenseLine>();
        IncomeLine? incomeTotalLine = null;
        ExpenseLine? expenseTotalLine = null;

        var i = dataStart;
        while (i < cells.Count)
        {
            var group = cells[i].Group;
            var first = cells[i];
            var row = new List<Cell?>();
            for (var k = 0; k < width; k++)
            {
                row.Add(Next(cells, ref i, group));
            }

            if (row.All(c => c is null || c.IsBlank))
            {
                continue;
            }

            if (row[^1] is null)
            {
                warnings.Add(new ImportWarning(first.Line, $"{label}：本行单元格少于{Invariant(width)}个，缺少的按空白读取。"));
            }

            ReadIncome(row[0], row[1], first.Line, scale, label, warnings, income, incomeTotal, ref incomeTotalLine);
            ReadExpense(row, order, first.Line, scale, label, warnings, expense, expenseTotal, ref expenseTotalLine);
        }

        var print = new TablePrint(s.Title, s.PreparerLine, s.AmountUnitLine, HeaderColumns.GroupHeaders(header, columns), s.TitleLine);
        return new TwoSidedTable(print, income, expense, expenseTotalLine, incomeTotalLine);
    }

    private static int DataStart(IReadOnlyList<Cell> cells, DisclosureLine incomeTotal)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            var t = Squeeze(cells[k].Text);
            if (HasOrdinal(t) || incomeTotal.Matches(t))
            {
                return k;
            }
        }

        return cells.Count;
    }

    private static void ReadIncome(
        Cell? labelCell, Cell? amountCell, int line, decimal scale, string table, ICollection<ImportWarning> warnings,
        List<IncomeLine> income, DisclosureLine totalRow, ref IncomeLine? total)
    {
        var text = labelCell is null ? string.Empty : Squeeze(labelCell.Text);
        var amount = OptionalAmount(amountCell, scale, warnings);
        if (text.Length == 0)
        {
            if (amount is not null)
            {
                warnings.Add(new ImportWarning(amountCell!.Line, $"{table}：收入金额「{amountCell.Text}」缺少项目名称，未导入。"));
            }

            return;
        }

        var entry = new IncomeLine(text, amount, labelCell!.Line);
        if (totalRow.Matches(text))
        {
            total = entry;
        }
        else
        {
            income.Add(entry);
        }
    }

    private static void ReadExpense(
        List<Cell?> row, IReadOnlyList<string> order, int line, decimal scale, string table, ICollection<ImportWarning> warnings,
        List<ExpenseLine> expense, DisclosureLine totalRow, ref ExpenseLine? total)
    {
        var labelCell = row[2];
        var text = labelCell is null ? string.Empty : Squeeze(labelCell.Text);
        var amounts = new Dictionary<string, decimal>();
        var anyAmount = false;
        for (var k = 0; k < order.Count; k++)
        {
            var cell = row[3 + k];
            anyAmount |= cell is { IsBlank: false };
            amounts[order[k]] = Amount(cell, scale, warnings);
        }

        if (text.Length == 0)
        {
            if (anyAmount)
            {
                warnings.Add(new ImportWarning(line, $"{table}：支出金额缺少项目名称，未导入。"));
            }

            return;
        }

        if (LooksLikeAmount(text))
        {
            warnings.Add(new ImportWarning(labelCell!.Line, $"{table}：应为支出项目名称的位置是金额「{text}」，本行未导入支出。"));
            return;
        }

        var entry = new ExpenseLine(text, amounts, labelCell!.Line);
        if (totalRow.Matches(text))
        {
            total = entry;
        }
        else
        {
            expense.Add(entry);
        }
    }
}
