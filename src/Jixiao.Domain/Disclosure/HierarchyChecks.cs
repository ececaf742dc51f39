using Jixiao.Domain.Review;
using static Jixiao.Domain.Disclosure.DisclosureChecker;

namespace Jixiao.Domain.Disclosure;

/// <summary>DSC-02: 类 = Σ款 = Σ项 per amount column, and the 合计/总计 row = Σ 类 (表1, 2, 3, 4, 5, 6, 7).</summary>
internal static class HierarchyChecks
{
    private const string Rule = "DSC-02";

    private sealed record Column<TRow>(string Name, Func<TRow, decimal> Value);

    public static void Check(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Income is { } t2)
        {
            Coded(f, L(DisclosureTableKind.IncomeByFunction), t2.Rows, t2.Total, r => r.Code, r => r.Name, r => r.Line,
            [
                new("合计", r => r.Total), new("财政拨款收入", r => r.FiscalAppropriation), new("事业收入", r => r.ServiceRevenue),
                new("事业单位经营收入", r => r.BusinessRevenue), new("其他收入", r => r.OtherRevenue),
            ]);
        }

        foreach (var (kind, table) in new[]
                 {
                     (DisclosureTableKind.ExpenseByFunction, d.Expense),
                     (DisclosureTableKind.GeneralBudgetByFunction, d.GeneralBudget),
                     (DisclosureTableKind.GovernmentFundByFunction, d.GovernmentFund),
                 })
        {
            if (table is not null)
            {
                Coded(f, L(kind), table.Rows, table.Total, r => r.Code, r => r.Name, r => r.Line,
                    [new("合计", r => r.Total), new("基本支出", r => r.Basic), new("项目支出", r => r.Project)]);
            }
        }

        if (d.BasicByEconomic is { } t7)
        {
            Coded(f, L(DisclosureTableKind.BasicByEconomic), t7.Rows, t7.Total, r => r.Code, r => r.Name, r => r.Line,
                [new("合计", r => r.Total), new("人员经费", r => r.Personnel), new("公用经费", r => r.Operating)]);
        }

        if (d.Summary is { } t1)
        {
            Flat(f, L(DisclosureTableKind.FinancialSummary), "支出总计", t1.ExpenseRows, t1.ExpenseTotal,
            [
                new("合计", r => r.Total), new("人员经费", r => r.Personnel), new("公用经费", r => r.Operating),
                new("项目支出", r => r.Project),
            ]);
            CheckSummaryIncome(f, t1);
        }

        if (d.Fiscal is { } t4)
        {
            Flat(f, L(DisclosureTableKind.FiscalSummary), "支出总计", t4.ExpenseRows, t4.ExpenseTotal,
                [new("合计", r => r.Total), new("一般公共预算", r => r.GeneralPublicBudget), new("政府性基金预算", r => r.GovernmentFund)]);
            if (t4.Income.Total is { } total)
            {
                var parts = (t4.Income.GeneralPublicBudget ?? 0m) + (t4.Income.GovernmentFund ?? 0m);
                f.Equal(Rule, Severity.Error, L(DisclosureTableKind.FiscalSummary), "收入总计与各项收入之和", total, parts,
                    t4.ExpenseTotal?.Line);
            }
        }
    }

    private static void CheckSummaryIncome(FindingCollector f, FinancialSummaryTable t1)
    {
        if (t1.Income.Total is not { } total)
        {
            return;
        }

        var i = t1.Income;
        decimal[] terms = [i.FiscalAppropriation ?? 0m, i.ServiceRevenue ?? 0m, i.BusinessRevenue ?? 0m, i.OtherRevenue ?? 0m];
        f.Equal(Rule, Severity.Error, L(DisclosureTableKind.FinancialSummary), "收入总计与各项收入之和", total, terms.Sum(),
            t1.ExpenseTotal?.Line, evidence: FindingCollector.Terms(terms));
    }

    // Rows keyed by 功能/经济分类 code: each code with children equals the sum of its children; the total row
    // equals the sum of the 类 rows.
    private static void Coded<TRow>(
        FindingCollector f,
        string table,
        IReadOnlyList<TRow> rows,
        TRow? total,
        Func<TRow, SubjectCode?> code,
        Func<TRow, string> name,
        Func<TRow, int?> line,
        Column<TRow>[] columns)
        where TRow : class
    {
        foreach (var parent in rows)
        {
            if (code(parent) is not { } pc)
            {
                continue;
            }

            var children = rows.Where(r => code(r) is { } cc && pc.IsParentOf(cc)).ToList();
            if (children.Count == 0)
            {
                continue;
            }

            foreach (var col in columns)
            {
                var terms = children.Select(col.Value).ToList();
                f.Equal(Rule, Severity.Error, table, $"{RowName(pc, name(parent))}{col.Name}与下级科目之和",
                    col.Value(parent), terms.Sum(), line(parent), evidence: FindingCollector.Terms(terms));
            }
        }

        if (total is null)
        {
            return;
        }

        var classes = rows.Where(r => code(r) is { Level: CodeLevel.Class }).ToList();
        foreach (var col in columns)
        {
            var terms = classes.Select(col.Value).ToList();
            f.Equal(Rule, Severity.Error, table, $"合计{col.Name}与各类之和", col.Value(total), terms.Sum(), line(total),
                evidence: FindingCollector.Terms(terms));
        }
    }

    private static void Flat<TRow>(
        FindingCollector f,
        string table,
        string totalName,
        IReadOnlyList<TRow> rows,
        TRow? total,
        Column<TRow>[] columns)
        where TRow : class
    {
        if (total is null)
        {
            return;
        }

        foreach (var col in columns)
        {
            var terms = rows.Select(col.Value).ToList();
            f.Equal(Rule, Severity.Error, table, $"{totalName}{col.Name}与各类之和", col.Value(total), terms.Sum(),
                evidence: FindingCollector.Terms(terms));
        }
    }
}
