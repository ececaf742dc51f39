using Jixiao.Domain.Review;
using static Jixiao.Domain.Disclosure.DisclosureChecker;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// DSC-01 (totals agree across tables) and DSC-16 (表1 财政拨款收入 breakdown). The spec's "totals of 表1…表5 equal"
/// is applied in its general form, which reduces to it when all money is 一般公共预算 财政拨款 (as in seed 003):
/// 表2/表3 = 表1 totals; 表4 = 财政拨款 of 表1 and 表2; 表5 = 表4 一般公共预算 column; 表6 = 表4 政府性基金 column.
/// </summary>
internal static class TotalsChecks
{
    private const string Rule = "DSC-01";

    public static void Check(BudgetDisclosure d, FindingCollector f)
    {
        var t1 = d.Summary;
        var t1Income = t1?.Income.Total;
        var t1Expense = t1?.ExpenseTotal?.Total;
        var t1Label = L(DisclosureTableKind.FinancialSummary);

        if (t1Income is { } inc && t1Expense is { } exp)
        {
            f.Equal(Rule, Severity.Error, t1Label, "收入总计与支出总计", inc, exp, t1?.ExpenseTotal?.Line);
        }

        if (d.Income?.Total is { } t2Total && (t1Income ?? t1Expense) is { } t1Total)
        {
            f.Equal(Rule, Severity.Error, L(DisclosureTableKind.IncomeByFunction), "合计与表1收入总计", t2Total.Total, t1Total, t2Total.Line);
        }

        if (d.Expense?.Total is { } t3Total && (t1Expense ?? t1Income) is { } t1Exp)
        {
            f.Equal(Rule, Severity.Error, L(DisclosureTableKind.ExpenseByFunction), "合计与表1支出总计", t3Total.Total, t1Exp, t3Total.Line);
        }
        else if (d.Expense?.Total is { } t3 && d.Income?.Total is { } t2)
        {
            f.Equal(Rule, Severity.Error, L(DisclosureTableKind.ExpenseByFunction), "合计与表2合计", t3.Total, t2.Total, t3.Line);
        }

        CheckFiscal(d, f);
        CheckFiscalBreakdown(d, f);
    }

    private static void CheckFiscal(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Fiscal is not { } t4)
        {
            return;
        }

        var label = L(DisclosureTableKind.FiscalSummary);
        var expense = t4.ExpenseTotal;
        if (t4.Income.Total is { } inc && expense is not null)
        {
            f.Equal(Rule, Severity.Error, label, "收入总计与支出总计", inc, expense.Total, expense.Line);
        }

        var t4Total = t4.Income.Total ?? expense?.Total;
        if (t4Total is { } total)
        {
            if (d.Summary?.Income.FiscalAppropriation is { } fiscal)
            {
                f.Equal(Rule, Severity.Error, label, "收入总计与表1财政拨款收入", total, fiscal, expense?.Line);
            }

            if (d.Income?.Total is { } t2Total)
            {
                f.Equal(Rule, Severity.Error, label, "收入总计与表2财政拨款收入合计", total, t2Total.FiscalAppropriation, expense?.Line);
            }
        }

        if (expense is null)
        {
            return;
        }

        if (d.GeneralBudget is { } t5)
        {
            f.Equal(Rule, Severity.Error, L(DisclosureTableKind.GeneralBudgetByFunction), "合计与表4一般公共预算支出",
                t5.Total?.Total ?? 0m, expense.GeneralPublicBudget, t5.Total?.Line);
        }

        if (d.GovernmentFund is { } t6)
        {
            f.Equal(Rule, Severity.Error, L(DisclosureTableKind.GovernmentFundByFunction), "合计与表4政府性基金预算支出",
                t6.Total?.Total ?? 0m, expense.GovernmentFund, t6.Total?.Line);
        }
    }

    private static void CheckFiscalBreakdown(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Summary?.Income is not { FiscalAppropriation: { } fiscal } income)
        {
            return;
        }

        var label = L(DisclosureTableKind.FinancialSummary);
        if (income.GeneralPublicBudget is null && income.GovernmentFund is null)
        {
            if (fiscal != 0m)
            {
                f.Add("DSC-16", Severity.Warning, label,
                    $"{label}财政拨款收入{Money.MoneyText.Format(fiscal)}元未按“一般公共预算资金”“政府性基金”填列明细。");
            }

            return;
        }

        var parts = (income.GeneralPublicBudget ?? 0m) + (income.GovernmentFund ?? 0m);
        f.Equal("DSC-16", Severity.Error, label, "财政拨款收入与一般公共预算资金+政府性基金", fiscal, parts,
            evidence: FindingCollector.Terms([income.GeneralPublicBudget ?? 0m, income.GovernmentFund ?? 0m]));
    }
}
