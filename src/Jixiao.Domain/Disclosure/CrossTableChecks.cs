using Jixiao.Domain.Review;
using static Jixiao.Domain.Disclosure.DisclosureChecker;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// DSC-04 (表1 基本支出 = 人员 + 公用 against 表3's printed 基本支出, per 类 and total), DSC-05 (表7 against 表5 and 表1,
/// and 人员 = 301 + 303 / 公用 = the other 类), DSC-06 (三公 parts) and DSC-10 (basic-only cross pairs).
/// </summary>
internal static class CrossTableChecks
{
    /// <summary>功能分类 项 that are paid only from one 经济分类 款 (disclosure.md §5, DSC-10).</summary>
    private static readonly (string Function, string Economic)[] CrossPairs =
    [
        ("2080505", "30108"),
        ("2080506", "30109"),
        ("2101102", "30110"),
        ("2210201", "30113"),
    ];

    public static void Check(BudgetDisclosure d, FindingCollector f)
    {
        SummaryAgainstExpense(d, f);
        EconomicTable(d, f);
        ThreePublic(d, f);
        CrossPairsCheck(d, f);
    }

    private static void SummaryAgainstExpense(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Summary is not { } t1 || d.Expense is not { } t3)
        {
            return;
        }

        var label = L(DisclosureTableKind.FinancialSummary);
        foreach (var row in t1.ExpenseRows)
        {
            var match = t3.Rows.FirstOrDefault(r => r.Code is { Level: CodeLevel.Class } && r.Name == row.ClassName);
            if (match is null)
            {
                continue;
            }

            f.Equal("DSC-04", Severity.Error, label, $"「{row.Label}」基本支出（人员经费+公用经费）与表3", row.Basic, match.Basic, row.Line,
                evidence: FindingCollector.Terms([row.Personnel, row.Operating]));
            f.Equal("DSC-04", Severity.Error, label, $"「{row.Label}」项目支出与表3", row.Project, match.Project, row.Line);
        }

        if (t1.ExpenseTotal is { } total && t3.Total is { } t3Total)
        {
            f.Equal("DSC-04", Severity.Error, label, "支出总计基本支出（人员经费+公用经费）与表3", total.Basic, t3Total.Basic, total.Line,
                evidence: FindingCollector.Terms([total.Personnel, total.Operating]));
            f.Equal("DSC-04", Severity.Error, label, "支出总计项目支出与表3", total.Project, t3Total.Project, total.Line);
        }
    }

    private static void EconomicTable(BudgetDisclosure d, FindingCollector f)
    {
        if (d.BasicByEconomic is not { Total: { } t7Total } t7)
        {
            return;
        }

        var label = L(DisclosureTableKind.BasicByEconomic);
        var basic = (d.GeneralBudget ?? d.Expense)?.Total;
        if (basic is not null)
        {
            var source = d.GeneralBudget is not null ? "表5" : "表3";
            f.Equal("DSC-05", Severity.Error, label, $"合计与{source}基本支出", t7Total.Total, basic.Basic, t7Total.Line);
        }

        if (d.Summary?.ExpenseTotal is { } t1Total)
        {
            f.Equal("DSC-05", Severity.Error, label, "人员经费与表1人员经费", t7Total.Personnel, t1Total.Personnel, t7Total.Line);
            f.Equal("DSC-05", Severity.Error, label, "公用经费与表1公用经费", t7Total.Operating, t1Total.Operating, t7Total.Line);
        }

        var classes = t7.Rows.Where(r => r.Code is { Level: CodeLevel.Class }).ToList();
        if (classes.Count == 0)
        {
            return;
        }

        var personnel = classes.Where(r => EconomicBasicTable.PersonnelClasses.Contains(r.Code!.Value.Value)).Select(r => r.Total).ToList();
        var operating = classes.Where(r => !EconomicBasicTable.PersonnelClasses.Contains(r.Code!.Value.Value)).Select(r => r.Total).ToList();
        f.Equal("DSC-05", Severity.Error, label, "人员经费与301、303类之和", t7Total.Personnel, personnel.Sum(), t7Total.Line,
            evidence: FindingCollector.Terms(personnel));
        f.Equal("DSC-05", Severity.Error, label, "公用经费与302、310等类之和", t7Total.Operating, operating.Sum(), t7Total.Line,
            evidence: FindingCollector.Terms(operating));
    }

    private static void ThreePublic(BudgetDisclosure d, FindingCollector f)
    {
        if (d.ThreePublic is not { } t8)
        {
            return;
        }

        var label = L(DisclosureTableKind.ThreePublic);
        var vehicles = t8.VehiclesSubtotal ?? (t8.VehiclePurchase ?? 0m) + (t8.VehicleOperation ?? 0m);
        decimal[] parts = [t8.OverseasTravel ?? 0m, t8.Reception ?? 0m, vehicles];
        f.Equal("DSC-06", Severity.Error, label, "“三公”经费合计与因公出国(境)费+公务接待费+公务用车购置及运行费",
            t8.Total ?? 0m, parts.Sum(), t8.Line, evidence: FindingCollector.Terms(parts));
        if (t8.VehiclesSubtotal is { } subtotal)
        {
            decimal[] vehicleParts = [t8.VehiclePurchase ?? 0m, t8.VehicleOperation ?? 0m];
            f.Equal("DSC-06", Severity.Error, label, "公务用车购置及运行费小计与购置费+运行费", subtotal, vehicleParts.Sum(), t8.Line,
                evidence: FindingCollector.Terms(vehicleParts));
        }

        // 三公 covers basic and project spending, so 公务接待费 must cover the basic-expenditure 30217 (§6).
        var basicReception = d.BasicByEconomic?.Rows.FirstOrDefault(r => r.Code?.Value == "30217");
        if (basicReception is not null && (t8.Reception ?? 0m) < basicReception.Total)
        {
            f.Add("DSC-06", Severity.Warning, label,
                $"{label}公务接待费{Money.MoneyText.Format(t8.Reception ?? 0m)}元小于表7“30217 公务接待费”{Money.MoneyText.Format(basicReception.Total)}元。",
                t8.Line);
        }
    }

    private static void CrossPairsCheck(BudgetDisclosure d, FindingCollector f)
    {
        var functionTable = d.GeneralBudget ?? d.Expense;
        var t7 = d.BasicByEconomic;
        if (functionTable is null || t7 is null)
        {
            return;
        }

        var source = d.GeneralBudget is not null ? "表5" : "表3";
        foreach (var (fn, ec) in CrossPairs)
        {
            var fRow = functionTable.Rows.FirstOrDefault(r => r.Code?.Value == fn);
            var eRow = t7.Rows.FirstOrDefault(r => r.Code?.Value == ec);
            if (fRow is null && eRow is null)
            {
                continue;
            }

            f.Equal("DSC-10", Severity.Warning, L(DisclosureTableKind.BasicByEconomic), $"{fn}（{source}基本支出）与{ec}（表7）",
                fRow?.Basic ?? 0m, eRow?.Total ?? 0m, eRow?.Line ?? fRow?.Line);
        }
    }
}
