using System.Globalization;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Review;
using static Jixiao.Domain.Disclosure.DisclosureChecker;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// DSC-11 (empty table carries a statement), DSC-12 (codes and names against the year's catalogue), DSC-13
/// (printed frame against the template) and DSC-14 (机关运行经费 only for 行政单位/参公事业单位).
/// </summary>
internal static class PresentationChecks
{
    public static void Check(BudgetDisclosure d, FindingCollector f, ClassificationCatalogue? catalogue)
    {
        EmptyTables(d, f);
        Catalogue(d, f, catalogue);
        Frames(d, f);
        AgencyOperatingExpense(d, f);
    }

    private static void EmptyTables(BudgetDisclosure d, FindingCollector f)
    {
        Empty(f, DisclosureTableKind.IncomeByFunction, d.Income is { } t2 && t2.Rows.Count == 0 && (t2.Total?.Total ?? 0m) == 0m, d.Income?.Statement);
        Empty(f, DisclosureTableKind.ExpenseByFunction, d.Expense?.IsEmpty == true, d.Expense?.Statement);
        Empty(f, DisclosureTableKind.GeneralBudgetByFunction, d.GeneralBudget?.IsEmpty == true, d.GeneralBudget?.Statement);
        Empty(f, DisclosureTableKind.GovernmentFundByFunction, d.GovernmentFund?.IsEmpty == true, d.GovernmentFund?.Statement);
        Empty(f, DisclosureTableKind.BasicByEconomic, d.BasicByEconomic is { } t7 && t7.Rows.Count == 0 && (t7.Total?.Total ?? 0m) == 0m,
            d.BasicByEconomic?.Statement);
    }

    private static void Empty(FindingCollector f, DisclosureTableKind kind, bool isEmpty, string? statement)
    {
        if (isEmpty && string.IsNullOrWhiteSpace(statement))
        {
            var t = DisclosureForm.Table(kind);
            f.Add("DSC-11", Severity.Error, t.Label, $"{t.Label}为空表，缺少「本单位无…」说明。");
        }
    }

    private static void Catalogue(BudgetDisclosure d, FindingCollector f, ClassificationCatalogue? catalogue)
    {
        const string rule = "DSC-12";
        if (catalogue is null)
        {
            f.Add(rule, Severity.Info, "科目目录", $"未载入{d.Year.ToString(CultureInfo.InvariantCulture)}年政府收支分类科目，未核对科目编码和名称。");
            return;
        }

        var year = catalogue.Year.ToString(CultureInfo.InvariantCulture);
        void Coded(DisclosureTableKind kind, SubjectCode? code, string name, int? line, bool economic)
        {
            if (code is not { } c)
            {
                return;
            }

            var label = L(kind);
            var expected = economic ? catalogue.EconomicName(c) : catalogue.FunctionName(c);
            if (expected is null)
            {
                f.Add(rule, Severity.Warning, label, $"{label}科目{c.Value}「{name}」不在{year}年科目目录中。", line);
            }
            else if (expected != name)
            {
                f.Add(rule, Severity.Warning, label, $"{label}科目{c.Value}名称「{name}」与{year}年科目目录「{expected}」不符。", line,
                    $"{name} vs {expected}");
            }
        }

        foreach (var r in d.Income?.Rows ?? [])
        {
            Coded(DisclosureTableKind.IncomeByFunction, r.Code, r.Name, r.Line, economic: false);
        }

        foreach (var (kind, table) in new[]
                 {
                     (DisclosureTableKind.ExpenseByFunction, d.Expense),
                     (DisclosureTableKind.GeneralBudgetByFunction, d.GeneralBudget),
                     (DisclosureTableKind.GovernmentFundByFunction, d.GovernmentFund),
                 })
        {
            foreach (var r in table?.Rows ?? [])
            {
                Coded(kind, r.Code, r.Name, r.Line, economic: false);
            }
        }

        foreach (var r in d.BasicByEconomic?.Rows ?? [])
        {
            Coded(DisclosureTableKind.BasicByEconomic, r.Code, r.Name, r.Line, economic: true);
        }

        // 表1 and 表4 print 类 names only.
        var classNames = (d.Summary?.ExpenseRows.Select(r => (DisclosureTableKind.FinancialSummary, r.ClassName, r.Line)) ?? [])
            .Concat(d.Fiscal?.ExpenseRows.Select(r => (DisclosureTableKind.FiscalSummary, r.ClassName, r.Line)) ?? []);
        foreach (var (kind, name, line) in classNames)
        {
            if (catalogue.FunctionClassByName(name) is null)
            {
                f.Add(rule, Severity.Warning, L(kind), $"{L(kind)}支出类「{name}」不在{year}年科目目录的类级科目中。", line);
            }
        }
    }

    private static void Frames(BudgetDisclosure d, FindingCollector f)
    {
        Frame(d, f, DisclosureTableKind.FinancialSummary, d.Summary?.Print);
        Frame(d, f, DisclosureTableKind.IncomeByFunction, d.Income?.Print);
        Frame(d, f, DisclosureTableKind.ExpenseByFunction, d.Expense?.Print);
        Frame(d, f, DisclosureTableKind.FiscalSummary, d.Fiscal?.Print);
        Frame(d, f, DisclosureTableKind.GeneralBudgetByFunction, d.GeneralBudget?.Print);
        Frame(d, f, DisclosureTableKind.GovernmentFundByFunction, d.GovernmentFund?.Print);
        Frame(d, f, DisclosureTableKind.BasicByEconomic, d.BasicByEconomic?.Print);
        Frame(d, f, DisclosureTableKind.ThreePublic, d.ThreePublic?.Print);
    }

    private static void Frame(BudgetDisclosure d, FindingCollector f, DisclosureTableKind kind, TablePrint? print)
    {
        const string rule = "DSC-13";
        var t = DisclosureForm.Table(kind);
        var title = t.TitleFor(d.Year);
        if (print is null)
        {
            f.Add(rule, Severity.Warning, t.Label, $"{t.Label}：缺少「{title}」。");
            return;
        }

        if (print.Title != title)
        {
            f.Add(rule, Severity.Warning, t.Label, $"{t.Label}标题「{print.Title}」与模板「{title}」不符。", print.Line);
        }

        if (print.PreparerLine is null)
        {
            f.Add(rule, Severity.Warning, t.Label, $"{t.Label}缺少「{DisclosureForm.PreparerPrefix}{d.UnitName}」行。", print.Line);
        }
        else if (!print.PreparerLine.StartsWith(DisclosureForm.PreparerPrefix, StringComparison.Ordinal))
        {
            f.Add(rule, Severity.Warning, t.Label,
                $"{t.Label}表头「{print.PreparerLine}」与模板「{DisclosureForm.PreparerPrefix}{{单位}}」不符。", print.Line);
        }

        if (print.AmountUnitLine != t.AmountUnitLine)
        {
            var printed = print.AmountUnitLine is null ? "缺少" : $"「{print.AmountUnitLine}」";
            f.Add(rule, Severity.Warning, t.Label, $"{t.Label}金额单位行{printed}，模板为「{t.AmountUnitLine}」。", print.Line);
        }

        if (t.GroupHeader is { } group && !print.GroupHeaders.Contains(group))
        {
            var printed = print.GroupHeaders.Count == 0 ? "缺少" : $"「{string.Join("、", print.GroupHeaders)}」";
            f.Add(rule, Severity.Warning, t.Label, $"{t.Label}列组标题{printed}，模板为「{group}」。", print.Line);
        }
    }

    private static void AgencyOperatingExpense(BudgetDisclosure d, FindingCollector f)
    {
        const string rule = "DSC-14";
        if (d.Narrative.UnitKind is not UnitKind.PublicInstitution)
        {
            return;
        }

        var label = L(DisclosureTableKind.ThreePublic);
        if (d.ThreePublic?.AgencyOperatingExpense is { } amount && amount != 0m)
        {
            f.Add(rule, Severity.Warning, label,
                $"{label}机关运行经费{MoneyText.Format(amount)}元：机关运行经费仅适用于行政单位和参照公务员法管理的事业单位。", d.ThreePublic.Line);
        }

        if (d.Narrative.ThreePublic is { } n && !n.NoAgencyOperatingStatement)
        {
            f.Add(rule, Severity.Warning, "机关运行经费预算",
                $"机关运行经费预算：缺少「{d.Year.ToString(CultureInfo.InvariantCulture)}年本单位无机关运行经费。」说明。");
        }
    }
}
