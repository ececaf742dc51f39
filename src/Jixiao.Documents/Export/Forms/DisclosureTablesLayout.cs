using Jixiao.Documents.Layout;
using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Export.Forms;

/// <summary>
/// The eight tables of the 单位预算公开 package as printed (disclosure.md §4, seed 003): title, `编制单位：…` and
/// `单位：元` lines, the head rows, data rows in 元 (`#,##0.00`, a zero printed blank as the published tables do,
/// totals always printed), the statement of an empty table. Titles, heads, code levels, fixed rows and the order of
/// the money columns come from <see cref="DisclosureForm"/>; the printed frame (title, preparer, unit line, group
/// heads) from the table's <see cref="TablePrint"/>, so an imported package prints as it was published.
/// </summary>
public static class DisclosureTablesLayout
{
    private const decimal Code = 6m, Name = 32m, Amount = 17m, Label = 26m;

    public static FormSection? Summary(FinancialSummaryTable? t, int year) => t is null ? null
        : Section(DisclosureForm.FinancialSummary, t.Print, TwoSided(DisclosureForm.FinancialSummary, t.Print, year, k => t.Income.Amount(k),
            t.ExpenseRows.Select(r => (r.Label, (Func<string, decimal>)r.Amount)).ToList(), t.ExpenseTotal is { } e ? (e.Label, e.Amount) : null), null, PageOrientation.Landscape);

    public static FormSection? Income(FunctionIncomeTable? t, int year) => t is null ? null
        : Section(DisclosureForm.IncomeByFunction, t.Print, CodedTable(DisclosureForm.IncomeByFunction, t.Print, year,
            t.Rows.Select(r => (r.Code, r.Name, (Func<string, decimal>)r.Amount)).ToList(), t.Total is { } s ? (s.Name, s.Amount) : null), t.Statement, PageOrientation.Landscape);

    public static FormSection? Expense(DisclosureTableKind kind, FunctionExpenseTable? t, int year) => t is null ? null
        : Section(DisclosureForm.Table(kind), t.Print, CodedTable(DisclosureForm.Table(kind), t.Print, year,
            t.Rows.Select(r => (r.Code, r.Name, (Func<string, decimal>)r.Amount)).ToList(), t.Total is { } s ? (s.Name, s.Amount) : null), t.Statement, PageOrientation.Portrait);

    public static FormSection? Fiscal(FiscalSummaryTable? t, int year) => t is null ? null
        : Section(DisclosureForm.FiscalSummary, t.Print, TwoSided(DisclosureForm.FiscalSummary, t.Print, year, k => t.Income.Amount(k),
            t.ExpenseRows.Select(r => (r.Label, (Func<string, decimal>)r.Amount)).ToList(), t.ExpenseTotal is { } e ? (e.Label, e.Amount) : null), null, PageOrientation.Landscape);

    public static FormSection? Economic(EconomicBasicTable? t, int year) => t is null ? null
        : Section(DisclosureForm.BasicByEconomic, t.Print, CodedTable(DisclosureForm.BasicByEconomic, t.Print, year,
            t.Rows.Select(r => (r.Code, r.Name, (Func<string, decimal>)r.Amount)).ToList(), t.Total is { } s ? (s.Name, s.Amount) : null), t.Statement, PageOrientation.Portrait);

    public static FormSection? ThreePublic(ThreePublicTable? t, int year) => t is null ? null
        : Section(DisclosureForm.ThreePublic, t.Print, SingleRow(DisclosureForm.ThreePublic, t.Print, year, t.Amount), null, PageOrientation.Landscape);

    /// <summary>Sheet name of a table: `表3 单位支出预算总表` (without the year, which every sheet shares).</summary>
    public static string SheetName(DisclosureTableKind kind) => $"{DisclosureForm.Table(kind).Label} {DisclosureForm.Table(kind).TitleBody}";

    private static FormSection Section(DisclosureTableDefinition def, TablePrint print, FormTable table, string? statement, PageOrientation orientation)
    {
        var blocks = new List<FormBlock> { new HeadingBlock(print.Title, 1) };
        if (!string.IsNullOrWhiteSpace(print.PreparerLine)) blocks.Add(new ParagraphBlock(print.PreparerLine));
        if (!string.IsNullOrWhiteSpace(print.AmountUnitLine)) blocks.Add(new ParagraphBlock(print.AmountUnitLine, ParagraphAlign.Right));
        blocks.Add(table);
        if (!string.IsNullOrWhiteSpace(statement)) blocks.Add(new ParagraphBlock(statement));
        return new FormSection(SheetName(def.Kind), blocks, orientation);
    }

    private static List<IReadOnlyList<TableCell>> HeadRows(DisclosureTableDefinition def, TablePrint print, int year) =>
        def.HeadFor(year, print.GroupHeaders).Select(row => (IReadOnlyList<TableCell>)row.Select(c => TableCell.Label(c.Text, c.ColSpan, c.RowSpan)).ToList()).ToList();

    // A data amount: zero printed blank, as the published tables print it.
    private static TableCell Data(decimal amount) => amount == 0m ? TableCell.Money(null) : TableCell.Money(amount);

    // A total: always printed, zero included.
    private static TableCell Total(decimal amount) => TableCell.Money(amount);

    /// <summary>表2, 3, 5, 6, 7: code levels (类 · 款 [· 项]) · name · the money columns; the 合计 row merged across code and name.</summary>
    private static FormTable CodedTable(DisclosureTableDefinition def, TablePrint print, int year,
        IReadOnlyList<(SubjectCode? Code, string Name, Func<string, decimal> Amount)> data, (string Name, Func<string, decimal> Amount)? total)
    {
        var money = def.MoneyColumns;
        var rows = HeadRows(def, print, year);
        foreach (var r in data)
            rows.Add([.. def.CodeCells(r.Code?.Value).Select(c => TableCell.Centered(c)), TableCell.Value(r.Name), .. money.Select(c => Data(r.Amount(c.Key)))]);
        if (total is { } s)
            rows.Add([TableCell.Label(s.Name, colSpan: def.CodeParts.Count + 1), .. money.Select(c => Total(s.Amount(c.Key)))]);
        return new FormTable([.. def.CodeParts.Select(_ => Code), Name, .. money.Select(_ => Amount)], rows, RepeatHeaderRows: def.Head.Count);
    }

    /// <summary>表1, 表4: the income lines (项目 · 预算数) beside the expense lines (项目 · money columns); the totals row last.</summary>
    private static FormTable TwoSided(DisclosureTableDefinition def, TablePrint print, int year, Func<string, decimal?> income,
        IReadOnlyList<(string Label, Func<string, decimal> Amount)> expense, (string Label, Func<string, decimal> Amount)? expenseTotal)
    {
        var money = def.MoneyColumns;
        var rows = HeadRows(def, print, year);
        for (var k = 0; k < Math.Max(def.IncomeLines.Count, expense.Count); k++)
        {
            var row = new List<TableCell>();
            row.AddRange(k < def.IncomeLines.Count
                ? [TableCell.Value(def.IncomeLines[k].Label), TableCell.Money(income(def.IncomeLines[k].Key))]
                : [TableCell.Value(""), TableCell.Value("")]);
            row.AddRange(k < expense.Count
                ? [TableCell.Value(expense[k].Label), .. money.Select(c => Data(expense[k].Amount(c.Key)))]
                : Enumerable.Repeat(TableCell.Value(""), money.Count + 1));
            rows.Add(row);
        }

        IEnumerable<TableCell> expenseSide = expenseTotal is { } total
            ? [TableCell.Value(total.Label), .. money.Select(c => Total(total.Amount(c.Key)))]
            : [TableCell.Label(def.ExpenseTotalRow!.Label)];
        rows.Add([TableCell.Label(def.TotalRow!.Label), TableCell.Money(income(def.TotalRow.Key)), .. expenseSide]);
        return new FormTable([Label, Amount, Label, .. money.Select(_ => Amount)], rows, RepeatHeaderRows: def.Head.Count);
    }

    /// <summary>表8: the head rows, then one row of amounts.</summary>
    private static FormTable SingleRow(DisclosureTableDefinition def, TablePrint print, int year, Func<string, decimal?> amount)
    {
        var money = def.MoneyColumns;
        var rows = HeadRows(def, print, year);
        rows.Add([.. money.Select(c => TableCell.Money(amount(c.Key)))]);
        decimal[] widths = [.. money.Select((_, i) => i == money.Count - 1 ? Amount + 4m : Amount)];
        return new FormTable(widths, rows, RepeatHeaderRows: def.Head.Count);
    }
}
