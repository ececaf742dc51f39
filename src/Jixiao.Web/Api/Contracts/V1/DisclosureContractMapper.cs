using Jixiao.Documents.OpenData;
using D = Jixiao.Domain.Disclosure;

namespace Jixiao.Web.Api.Contracts.V1;

/// <summary>The domain package → the wire records of <see cref="DisclosurePackage"/>.</summary>
public static class DisclosureContractMapper
{
    public static DisclosurePackage Package(D.BudgetDisclosure d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Year, d.UnitName, Summary(d.Summary), Income(d.Income), Expense(d.Expense), Fiscal(d.Fiscal), Expense(d.GeneralBudget),
            Expense(d.GovernmentFund), Economic(d.BasicByEconomic), ThreePublic(d.ThreePublic), Narrative(d.Narrative));
    }

    public static IReadOnlyList<DisclosureCellEntry> Cells(IEnumerable<DisclosureCell> cells) =>
        cells.Select(c => new DisclosureCellEntry(c.Key, c.Table.ToString(), c.RowKey, c.Code, c.RowName, c.ColumnKey, c.Column, c.Value)).ToList();

    private static DisclosureTablePrint Print(D.TablePrint p) => new(p.Title, p.PreparerLine, p.AmountUnitLine, [.. p.GroupHeaders], p.Line);

    private static DisclosureSummaryTable? Summary(D.FinancialSummaryTable? t) => t is null ? null
        : new(Print(t.Print), new(t.Income.FiscalAppropriation, t.Income.GeneralPublicBudget, t.Income.GovernmentFund, t.Income.ServiceRevenue,
            t.Income.BusinessRevenue, t.Income.OtherRevenue, t.Income.Total), t.ExpenseRows.Select(SummaryRow).ToList(), t.ExpenseTotal is { } e ? SummaryRow(e) : null);

    private static DisclosureSummaryExpenseRow SummaryRow(D.SummaryExpenseRow r) =>
        new(r.Label, r.ClassName, r.Total, r.Personnel, r.Operating, r.Project, r.Line, r.Basic);

    private static DisclosureIncomeTable? Income(D.FunctionIncomeTable? t) => t is null ? null
        : new(Print(t.Print), t.Rows.Select(IncomeRow).ToList(), t.Total is { } s ? IncomeRow(s) : null, t.Statement);

    private static DisclosureIncomeRow IncomeRow(D.FunctionIncomeRow r) =>
        new(r.Code?.Value, r.Name, r.Total, r.FiscalAppropriation, r.ServiceRevenue, r.BusinessRevenue, r.OtherRevenue, r.Line, r.PartsSum);

    private static DisclosureExpenseTable? Expense(D.FunctionExpenseTable? t) => t is null ? null
        : new(Print(t.Print), t.Rows.Select(ExpenseRow).ToList(), t.Total is { } s ? ExpenseRow(s) : null, t.Statement, t.IsEmpty);

    private static DisclosureExpenseRow ExpenseRow(D.FunctionExpenseRow r) => new(r.Code?.Value, r.Name, r.Total, r.Basic, r.Project, r.Line);

    private static DisclosureFiscalTable? Fiscal(D.FiscalSummaryTable? t) => t is null ? null
        : new(Print(t.Print), new(t.Income.GeneralPublicBudget, t.Income.GovernmentFund, t.Income.Total), t.ExpenseRows.Select(FiscalRow).ToList(),
            t.ExpenseTotal is { } e ? FiscalRow(e) : null);

    private static DisclosureFiscalExpenseRow FiscalRow(D.FiscalExpenseRow r) =>
        new(r.Label, r.ClassName, r.Total, r.GeneralPublicBudget, r.GovernmentFund, r.Line);

    private static DisclosureEconomicTable? Economic(D.EconomicBasicTable? t) => t is null ? null
        : new(Print(t.Print), t.Rows.Select(EconomicRow).ToList(), t.Total is { } s ? EconomicRow(s) : null, t.Statement);

    private static DisclosureEconomicRow EconomicRow(D.EconomicRow r) => new(r.Code?.Value, r.Name, r.Total, r.Personnel, r.Operating, r.Line);

    private static DisclosureThreePublicTable? ThreePublic(D.ThreePublicTable? t) => t is null ? null
        : new(Print(t.Print), t.Total, t.OverseasTravel, t.Reception, t.VehiclesSubtotal, t.VehiclePurchase, t.VehicleOperation, t.AgencyOperatingExpense, t.Line);

    private static DisclosureNarrativeFigures Narrative(D.DisclosureNarrative n) =>
        new(n.UnitTypeSentence, n.UnitKind.ToString(),
            n.Statement is { } s ? new(Figure(s.TotalExpenditure), Compared(s.FiscalExpenditure), Compared(s.GeneralPublicBudget), Figure(s.GovernmentFund),
                s.Subjects.Select(x => new DisclosureSubjectAmount(x.Ordinal, x.SubjectName, Figure(x.Amount))).ToList()) : null,
            n.ThreePublic is { } t ? new(Compared(t.Total), Compared(t.OverseasTravel), Compared(t.Vehicles), Compared(t.Reception),
                Figure(t.AgencyOperatingExpense), t.NoAgencyOperatingStatement) : null,
            n.Procurement is { } p ? new(Figure(p.Total), Figure(p.Goods), Figure(p.Works), Figure(p.Services)) : null,
            n.PerformanceTargets is { } f ? new(f.ProjectCount, Figure(f.Funds), f.Line) : null,
            n.StateCapitalStatement);

    private static DisclosureFigure Figure(D.WanYuanFigure f) => new(f.Value, f.Decimals, f.Line, f.Yuan, f.ToleranceYuan);

    private static DisclosureFigure? Figure(D.WanYuanFigure? f) => f is { } v ? Figure(v) : null;

    private static DisclosureComparedFigure? Compared(D.ComparedFigure? f) => f is null ? null
        : new(Figure(f.Amount), f.Comparison is { } c ? new(c.PriorYear, c.Direction.ToString(), Figure(c.Delta), c.SignedDeltaYuan, c.ToleranceYuan) : null);
}
