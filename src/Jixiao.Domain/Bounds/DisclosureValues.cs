using System.Globalization;
using Jixiao.Domain.Disclosure;

namespace Jixiao.Domain.Bounds;

/// <summary>
/// The range check of a 单位预算公开 package: every table amount (元, <see cref="ValueRanges.Money"/>) and every
/// narrative 万元 figure (<see cref="ValueRanges.WanYuan"/>). Fields are named `表3 第 5 行“科学技术支出”·基本支出`.
/// </summary>
public static class DisclosureValues
{
    public static IReadOnlyList<ValueViolation> Check(BudgetDisclosure package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var list = new ViolationList();
        if (package.Summary is { } s)
        {
            Income(list, 1, [("一、财政拨款收入", s.Income.FiscalAppropriation), ("1、一般公共预算资金", s.Income.GeneralPublicBudget),
                ("2、政府性基金", s.Income.GovernmentFund), ("二、事业收入", s.Income.ServiceRevenue), ("三、事业单位经营收入", s.Income.BusinessRevenue),
                ("四、其他收入", s.Income.OtherRevenue), ("收入总计", s.Income.Total)]);
            foreach (var r in Rows(s.ExpenseRows, s.ExpenseTotal))
                Cells(list, 1, r.Label, r.Line, [("合计", r.Total), ("人员经费", r.Personnel), ("公用经费", r.Operating), ("项目支出", r.Project)]);
        }
        if (package.Income is { } inc)
            foreach (var r in Rows(inc.Rows, inc.Total))
                Cells(list, 2, r.Name, r.Line, [("合计", r.Total), ("财政拨款收入", r.FiscalAppropriation), ("事业收入", r.ServiceRevenue),
                    ("事业单位经营收入", r.BusinessRevenue), ("其他收入", r.OtherRevenue)]);
        Expense(list, 3, package.Expense);
        if (package.Fiscal is { } f)
        {
            Income(list, 4, [("一、一般公共预算资金", f.Income.GeneralPublicBudget), ("二、政府性基金", f.Income.GovernmentFund), ("收入总计", f.Income.Total)]);
            foreach (var r in Rows(f.ExpenseRows, f.ExpenseTotal))
                Cells(list, 4, r.Label, r.Line, [("合计", r.Total), ("一般公共预算", r.GeneralPublicBudget), ("政府性基金预算", r.GovernmentFund)]);
        }
        Expense(list, 5, package.GeneralBudget);
        Expense(list, 6, package.GovernmentFund);
        if (package.BasicByEconomic is { } e)
            foreach (var r in Rows(e.Rows, e.Total))
                Cells(list, 7, r.Name, r.Line, [("合计", r.Total), ("人员经费", r.Personnel), ("公用经费", r.Operating)]);
        if (package.ThreePublic is { } t)
            Cells(list, 8, null, null, [("“三公”经费合计", t.Total), ("因公出国(境)费", t.OverseasTravel), ("公务接待费", t.Reception),
                ("公务用车购置及运行费小计", t.VehiclesSubtotal), ("公务用车购置费", t.VehiclePurchase), ("公务用车运行费", t.VehicleOperation),
                ("机关运行经费", t.AgencyOperatingExpense)]);
        Narrative(list, package.Narrative);
        return list;
    }

    /// <summary>True when no figure's magnitude exceeds its range: the sums of <see cref="DisclosureChecker"/> cannot overflow.</summary>
    public static bool IsArithmeticSafe(IReadOnlyList<ValueViolation> violations) => violations.All(v => Math.Abs(v.Value) <= v.Range.Max);

    private static IEnumerable<T> Rows<T>(IReadOnlyList<T> rows, T? total) where T : class => total is null ? rows : rows.Append(total);

    private static void Expense(ViolationList list, int table, FunctionExpenseTable? t)
    {
        if (t is null) return;
        foreach (var r in Rows(t.Rows, t.Total))
            Cells(list, table, r.Name, r.Line, [("合计", r.Total), ("基本支出", r.Basic), ("项目支出", r.Project)]);
    }

    private static void Income(ViolationList list, int table, (string Label, decimal? Value)[] rows)
    {
        foreach (var (label, value) in rows)
            list.Check(ValueRanges.Money, value, $"表{N(table)}“{label}”·预算数", $"{N(table)}.in.{label}");
    }

    private static void Cells(ViolationList list, int table, string? rowName, int? line, (string Column, decimal? Value)[] cells)
    {
        var where = rowName is null ? $"表{N(table)}" : $"表{N(table)}“{rowName}”";
        foreach (var (column, value) in cells)
            list.Check(ValueRanges.Money, value, $"{where}·{column}", $"{N(table)}.{rowName}.{column}", line);
    }

    private static void Narrative(ViolationList list, DisclosureNarrative n)
    {
        void Figure(string label, WanYuanFigure? figure) =>
            list.Check(ValueRanges.WanYuan, figure?.Value, $"编制说明“{label}”", "narrative." + label, figure?.Line);
        void Compared(string label, ComparedFigure? c)
        {
            Figure(label, c?.Amount);
            Figure(label + "·增减额", c?.Comparison?.Delta);
        }

        if (n.Statement is { } st)
        {
            Figure("预算支出总额", st.TotalExpenditure);
            Compared("财政拨款支出预算", st.FiscalExpenditure);
            Compared("一般公共预算拨款支出预算", st.GeneralPublicBudget);
            Figure("政府性基金拨款支出预算", st.GovernmentFund);
            foreach (var subject in st.Subjects) Figure($"“{subject.SubjectName}”科目", subject.Amount);
        }
        if (n.ThreePublic is { } tp)
        {
            Compared("“三公”经费预算", tp.Total);
            Compared("因公出国（境）费", tp.OverseasTravel);
            Compared("公务用车购置及运行费", tp.Vehicles);
            Compared("公务接待费", tp.Reception);
            Figure("机关运行经费", tp.AgencyOperatingExpense);
        }
        if (n.Procurement is { } p)
        {
            Figure("政府采购预算", p.Total);
            Figure("政府采购货物预算", p.Goods);
            Figure("政府采购工程预算", p.Works);
            Figure("政府采购服务预算", p.Services);
        }
        if (n.PerformanceTargets is { } pt) Figure("涉及项目预算资金", pt.Funds);
    }

    private static string N(int table) => table.ToString(CultureInfo.InvariantCulture);
}
