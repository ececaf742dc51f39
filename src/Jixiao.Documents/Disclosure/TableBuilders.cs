using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;

namespace Jixiao.Documents.Disclosure;

/// <summary>Turns the generic rows read from the text into the typed domain tables, by the definition's keys.</summary>
internal static class TableBuilders
{
    public static FunctionIncomeTable Income(CodedTable t) =>
        new(t.Print, t.Rows.Select(IncomeRow).ToList(), t.Total is null ? null : IncomeRow(t.Total), t.Statement);

    public static FunctionExpenseTable Expense(CodedTable t) =>
        new(t.Print, t.Rows.Select(ExpenseRow).ToList(), t.Total is null ? null : ExpenseRow(t.Total), t.Statement);

    public static EconomicBasicTable Economic(CodedTable t) =>
        new(t.Print, t.Rows.Select(EconomicRow).ToList(), t.Total is null ? null : EconomicRow(t.Total), t.Statement);

    public static FinancialSummaryTable Summary(TwoSidedTable t, ICollection<ImportWarning> warnings) =>
        new(t.Print, DisclosureAmounts.SummaryIncome(IncomeByKey(DisclosureForm.FinancialSummary, t, warnings), t.IncomeTotal?.Amount),
            t.Expense.Select(SummaryRow).ToList(), t.ExpenseTotal is null ? null : SummaryRow(t.ExpenseTotal));

    public static FiscalSummaryTable Fiscal(TwoSidedTable t, ICollection<ImportWarning> warnings) =>
        new(t.Print, DisclosureAmounts.FiscalIncome(IncomeByKey(DisclosureForm.FiscalSummary, t, warnings), t.IncomeTotal?.Amount),
            t.Expense.Select(FiscalRow).ToList(), t.ExpenseTotal is null ? null : FiscalRow(t.ExpenseTotal));

    // Each printed income line is one of the definition's income rows, recognised by its name without the ordinal.
    private static Dictionary<string, decimal?> IncomeByKey(DisclosureTableDefinition table, TwoSidedTable t, ICollection<ImportWarning> warnings)
    {
        var amounts = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var line in t.Income)
        {
            var name = CellReading.StripOrdinal(line.Label);
            if (table.IncomeLines.FirstOrDefault(l => l.Matches(name)) is { } row)
            {
                amounts[row.Key] = line.Amount;
            }
            else
            {
                warnings.Add(new ImportWarning(line.Line, $"{table.Label}：无法识别的收入项目「{line.Label}」，未导入。"));
            }
        }

        return amounts;
    }

    private static FunctionIncomeRow IncomeRow(CodedRow r) =>
        new(r.Code, r.Name, r["total"], r["fiscal"], r["service"], r["business"], r["other"], r.Line);

    private static FunctionExpenseRow ExpenseRow(CodedRow r) => new(r.Code, r.Name, r["total"], r["basic"], r["project"], r.Line);

    private static EconomicRow EconomicRow(CodedRow r) => new(r.Code, r.Name, r["total"], r["personnel"], r["operating"], r.Line);

    private static SummaryExpenseRow SummaryRow(ExpenseLine e) =>
        new(e.Label, CellReading.StripOrdinal(e.Label), e["total"], e["personnel"], e["operating"], e["project"], e.Line);

    private static FiscalExpenseRow FiscalRow(ExpenseLine e) =>
        new(e.Label, CellReading.StripOrdinal(e.Label), e["total"], e["general"], e["fund"], e.Line);
}
