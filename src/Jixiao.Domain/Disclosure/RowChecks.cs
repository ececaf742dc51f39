using Jixiao.Domain.Review;
using static Jixiao.Domain.Disclosure.DisclosureChecker;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// Per-row column sums. DSC-03: 合计 = 基本 + 项目 (表3, 5, 6), 合计 = Σ revenue columns (表2), and likewise
/// 合计 = 一般公共预算 + 政府性基金 (表4) and 合计 = 人员 + 公用 (表7). DSC-04: 表1 合计 = 人员 + 公用 + 项目, its
/// 基本支出 being 人员 + 公用.
/// </summary>
internal static class RowChecks
{
    public static void Check(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Income is { } t2)
        {
            foreach (var r in WithTotal(t2.Rows, t2.Total))
            {
                decimal[] terms = [r.FiscalAppropriation, r.ServiceRevenue, r.BusinessRevenue, r.OtherRevenue];
                f.Equal("DSC-03", Severity.Error, L(DisclosureTableKind.IncomeByFunction), $"{RowName(r.Code, r.Name)}合计与各项收入之和",
                    r.Total, r.PartsSum, r.Line, evidence: FindingCollector.Terms(terms));
            }
        }

        foreach (var (kind, table) in new[]
                 {
                     (DisclosureTableKind.ExpenseByFunction, d.Expense),
                     (DisclosureTableKind.GeneralBudgetByFunction, d.GeneralBudget),
                     (DisclosureTableKind.GovernmentFundByFunction, d.GovernmentFund),
                 })
        {
            if (table is null)
            {
                continue;
            }

            foreach (var r in WithTotal(table.Rows, table.Total))
            {
                f.Equal("DSC-03", Severity.Error, L(kind), $"{RowName(r.Code, r.Name)}合计与基本支出+项目支出", r.Total, r.Basic + r.Project,
                    r.Line, evidence: FindingCollector.Terms([r.Basic, r.Project]));
            }
        }

        if (d.Fiscal is { } t4)
        {
            foreach (var r in WithTotal(t4.ExpenseRows, t4.ExpenseTotal))
            {
                f.Equal("DSC-03", Severity.Error, L(DisclosureTableKind.FiscalSummary), $"「{r.Label}」合计与一般公共预算+政府性基金预算",
                    r.Total, r.GeneralPublicBudget + r.GovernmentFund, r.Line,
                    evidence: FindingCollector.Terms([r.GeneralPublicBudget, r.GovernmentFund]));
            }
        }

        if (d.BasicByEconomic is { } t7)
        {
            foreach (var r in WithTotal(t7.Rows, t7.Total))
            {
                f.Equal("DSC-03", Severity.Error, L(DisclosureTableKind.BasicByEconomic), $"{RowName(r.Code, r.Name)}合计与人员经费+公用经费",
                    r.Total, r.Personnel + r.Operating, r.Line, evidence: FindingCollector.Terms([r.Personnel, r.Operating]));
            }
        }

        if (d.Summary is { } t1)
        {
            foreach (var r in WithTotal(t1.ExpenseRows, t1.ExpenseTotal))
            {
                f.Equal("DSC-04", Severity.Error, L(DisclosureTableKind.FinancialSummary), $"「{r.Label}」合计与基本支出（人员经费+公用经费）+项目支出",
                    r.Total, r.Basic + r.Project, r.Line, evidence: FindingCollector.Terms([r.Personnel, r.Operating, r.Project]));
            }
        }
    }

    private static IEnumerable<TRow> WithTotal<TRow>(IReadOnlyList<TRow> rows, TRow? total)
        where TRow : class =>
        total is null ? rows : rows.Append(total);
}
