namespace Jixiao.Domain.Disclosure;

/// <summary>
/// A unit's 单位预算公开 package for one budget year: the eight tables (null when the package lacks one) and the
/// narrative. Tables are in 元 (2 dp), the narrative in 万元. Invariants (DSC-01…16) are checked by
/// <see cref="DisclosureChecker"/>, not enforced on construction, since imported packages violate them.
/// </summary>
public sealed record BudgetDisclosure
{
    public required int Year { get; init; }

    public required string UnitName { get; init; }

    public FinancialSummaryTable? Summary { get; init; }

    public FunctionIncomeTable? Income { get; init; }

    public FunctionExpenseTable? Expense { get; init; }

    public FiscalSummaryTable? Fiscal { get; init; }

    public FunctionExpenseTable? GeneralBudget { get; init; }

    public FunctionExpenseTable? GovernmentFund { get; init; }

    public EconomicBasicTable? BasicByEconomic { get; init; }

    public ThreePublicTable? ThreePublic { get; init; }

    public DisclosureNarrative Narrative { get; init; } = DisclosureNarrative.Empty;
}
