namespace Jixiao.Domain.Disclosure;

/// <summary>The eight disclosure tables, numbered as published (disclosure.md §4).</summary>
public enum DisclosureTableKind
{
    FinancialSummary = 1,
    IncomeByFunction = 2,
    ExpenseByFunction = 3,
    FiscalSummary = 4,
    GeneralBudgetByFunction = 5,
    GovernmentFundByFunction = 6,
    BasicByEconomic = 7,
    ThreePublic = 8,
}
