using Jixiao.Domain.Disclosure;

namespace Jixiao.Documents.Disclosure;

/// <summary>Turns the generic rows read from the text into the typed domain tables.</summary>
internal static class TableBuilders
{
    public static FunctionIncomeTable Income(CodedTable t) =>
        new(t.Print, t.Rows.Select(IncomeRow).ToList(), t.Total is null ? null : IncomeRow(t.Total), t.Statement);

    public static FunctionExpenseTable Expense(CodedTable t) =>
        new(t.Print, t.Rows.Select(ExpenseRow).ToList(), t.Total is null ? null : ExpenseRow(t.Total), t.Statement);

    public static EconomicBasicTable Economic(CodedTable t) =>
        new(t.Print, t.Rows.Select(EconomicRow).ToList(), t.Total is null ? null : EconomicRow(t.Total), t.Statement);

    public static FinancialSummaryTable Summary(TwoSidedTable t, ICollection<ImportWarning> warnings)
    {
        decimal? fiscal = null, general = null, fund = null, service = null, business = null, other = null;
        foreach (var line in t.Income)
        {
            var name = CellReading.StripOrdinal(line.Label);
            switch (name)
            {
                case "财政拨款收入" or "财政拨款":
                    fiscal = line.Amount;
                    break;
                case var n when n.StartsWith("一般公共预算", StringComparison.Ordinal):
                    general = line.Amount;
                    break;
                case var n when n.StartsWith("政府性基金", StringComparison.Ordinal):
                    fund = line.Amount;
                    break;
                case "事业收入":
                    service = line.Amount;
                    break;
                case var n when n.Contains("经营收入", StringComparison.Ordinal):
                    business = line.Amount;
                    break;
                case "其他收入":
                    other = line.Amount;
                    break;
                default:
                    warnings.Add(new ImportWarning(line.Line, $"表1：无法识别的收入项目「{line.Label}」，未导入。"));
                    break;
            }
        }

        var income = new SummaryIncome(fiscal, general, fund, service, business, other, t.IncomeTotal?.Amount);
        return new FinancialSummaryTable(t.Print, income, t.Expense.Select(SummaryRow).ToList(), t.ExpenseTotal is null ? null : SummaryRow(t.ExpenseTotal));
    }

    public static FiscalSummaryTable Fiscal(TwoSidedTable t, ICollection<ImportWarning> warnings)
    {
        decimal? general = null, fund = null;
        foreach (var line in t.Income)
        {
            var name = CellReading.StripOrdinal(line.Label);
            if (name.StartsWith("一般公共预算", StringComparison.Ordinal))
            {
                general = line.Amount;
            }
            else if (name.StartsWith("政府性基金", StringComparison.Ordinal))
            {
                fund = line.Amount;
            }
            else
            {
                warnings.Add(new ImportWarning(line.Line, $"表4：无法识别的收入项目「{line.Label}」，未导入。"));
            }
        }

        return new FiscalSummaryTable(
            t.Print,
            new FiscalIncome(general, fund, t.IncomeTotal?.Amount),
            t.Expense.Select(FiscalRow).ToList(),
            t.ExpenseTotal is null ? null : FiscalRow(t.ExpenseTotal));
    }

    private static FunctionIncomeRow IncomeRow(CodedRow r) =>
        new(r.Code, r.Name, r["合计"], r["财政拨款收入"], r["事业收入"], r["事业单位经营收入"], r["其他收入"], r.Line);

    private static FunctionExpenseRow ExpenseRow(CodedRow r) => new(r.Code, r.Name, r["合计"], r["基本支出"], r["项目支出"], r.Line);

    private static EconomicRow EconomicRow(CodedRow r) => new(r.Code, r.Name, r["合计"], r["人员经费"], r["公用经费"], r.Line);

    private static SummaryExpenseRow SummaryRow(ExpenseLine e) =>
        new(e.Label, CellReading.StripOrdinal(e.Label), e["合计"], e["人员经费"], e["公用经费"], e["项目支出"], e.Line);

    private static FiscalExpenseRow FiscalRow(ExpenseLine e) =>
        new(e.Label, CellReading.StripOrdinal(e.Label), e["合计"], e["一般公共预算"], e["政府性基金预算"], e.Line);
}
