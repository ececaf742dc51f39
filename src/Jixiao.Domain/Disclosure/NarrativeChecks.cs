using Jixiao.Domain.Money;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// DSC-07 (政府采购 parts), DSC-08 (绩效目标 statement and 填报表 against 项目支出) and DSC-09 (narrative 万元 figures
/// against the tables, ±half a unit of the last printed digit per figure).
/// </summary>
internal static class NarrativeChecks
{
    public static void Check(BudgetDisclosure d, FindingCollector f, decimal? formsTotal, int? formsCount)
    {
        Procurement(d.Narrative.Procurement, f);
        PerformanceTargets(d, f, formsTotal, formsCount);
        Statement(d, f);
        ThreePublic(d, f);
    }

    private static string W(WanYuanFigure x) => x.ToString();

    private static string Y(decimal yuan) => MoneyText.Format(yuan) + "元";

    private static void Procurement(ProcurementNarrative? p, FindingCollector f)
    {
        if (p?.Total is not { } total)
        {
            return;
        }

        WanYuanFigure[] parts = [.. new[] { p.Goods, p.Works, p.Services }.Where(x => x is not null).Select(x => x!.Value)];
        if (parts.Length == 0)
        {
            return;
        }

        var sum = parts.Sum(x => x.Yuan);
        var tolerance = total.ToleranceYuan + parts.Sum(x => x.ToleranceYuan);
        var right = string.Join("+", parts.Select(W));
        f.Equal("DSC-07", Severity.Error, "政府采购情况", "政府采购预算与货物+工程+服务", total.Yuan, sum, total.Line, tolerance,
            W(total), right, $"{W(total)} vs {right}");
    }

    private static void PerformanceTargets(BudgetDisclosure d, FindingCollector f, decimal? formsTotal, int? formsCount)
    {
        const string table = "绩效目标设置情况";
        var projectExpenditure = (d.Expense ?? d.GeneralBudget)?.Total?.Project;
        if (formsTotal is { } forms && projectExpenditure is { } pe)
        {
            f.Equal("DSC-08", Severity.Error, table, "绩效目标填报表年度资金申请总额合计与项目支出", forms, pe);
        }

        if (d.Narrative.PerformanceTargets is not { } stated)
        {
            return;
        }

        if (formsCount is { } count && count != stated.ProjectCount)
        {
            f.Add("DSC-08", Severity.Error, table,
                $"{table}项目数：{stated.ProjectCount}个≠{count}个（绩效目标填报表）。", stated.Line);
        }

        var reference = projectExpenditure ?? formsTotal;
        if (reference is { } r)
        {
            var source = projectExpenditure is not null ? "项目支出" : "填报表合计";
            f.Equal("DSC-08", Severity.Error, table, $"涉及项目预算资金与{source}", stated.Funds.Yuan, r, stated.Line,
                stated.Funds.ToleranceYuan, W(stated.Funds), Y(r));
        }
    }

    private static void Statement(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Narrative.Statement is not { } s)
        {
            return;
        }

        const string table = "预算编制说明";
        var total = d.Summary?.ExpenseTotal?.Total ?? d.Expense?.Total?.Total;
        Figure(f, table, "预算支出总额与表1支出总计", s.TotalExpenditure, total);

        var fiscal = d.Fiscal?.ExpenseTotal?.Total;
        Figure(f, table, "财政拨款支出预算与表4支出总计", s.FiscalExpenditure?.Amount, fiscal);

        var general = d.GeneralBudget?.Total?.Total ?? (d.GeneralBudget is null ? d.Fiscal?.ExpenseTotal?.GeneralPublicBudget : 0m);
        Figure(f, table, "一般公共预算拨款支出预算与表5合计", s.GeneralPublicBudget?.Amount, general);

        var fund = d.GovernmentFund?.Total?.Total ?? (d.GovernmentFund is null ? d.Fiscal?.ExpenseTotal?.GovernmentFund : 0m);
        Figure(f, table, "政府性基金拨款支出预算与表6合计", s.GovernmentFund, fund);

        foreach (var subject in s.Subjects)
        {
            var amount = SubjectAmountInTables(d, subject.SubjectName);
            if (amount is null)
            {
                f.Add("DSC-09", Severity.Error, table,
                    $"{table}“{subject.SubjectName}”科目：表5、表6及表3中无此科目。", subject.Amount.Line);
                continue;
            }

            Figure(f, table, $"“{subject.SubjectName}”科目与表内金额", subject.Amount, amount);
        }

        var fiscalTotal = fiscal ?? total;
        if (s.Subjects.Count > 0 && fiscalTotal is { } ft)
        {
            var sum = s.Subjects.Sum(x => x.Amount.Yuan);
            var tolerance = s.Subjects.Sum(x => x.Amount.ToleranceYuan);
            var left = string.Join("+", s.Subjects.Select(x => x.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "万元";
            f.Equal("DSC-09", Severity.Error, table, "各科目金额之和与财政拨款支出", sum, ft, s.Subjects[0].Amount.Line, tolerance, left, Y(ft));
        }
    }

    // A 科目 named in the 编制说明 is a 财政拨款 item: look it up in 表5 and 表6 (deepest level first), else 表3.
    private static decimal? SubjectAmountInTables(BudgetDisclosure d, string name)
    {
        var fiscalRows = new[] { d.GeneralBudget, d.GovernmentFund }.Where(t => t is not null).SelectMany(t => t!.Rows).ToList();
        return Lookup(fiscalRows) ?? Lookup(d.Expense?.Rows ?? []);

        decimal? Lookup(IReadOnlyList<FunctionExpenseRow> rows)
        {
            var matches = rows.Where(r => r.Code is not null && r.Name == name).ToList();
            if (matches.Count == 0)
            {
                return null;
            }

            var deepest = matches.Max(r => r.Code!.Value.Level);
            return matches.Where(r => r.Code!.Value.Level == deepest).Sum(r => r.Total);
        }
    }

    private static void ThreePublic(BudgetDisclosure d, FindingCollector f)
    {
        if (d.Narrative.ThreePublic is not { } n || d.ThreePublic is not { } t8)
        {
            return;
        }

        const string table = "“三公”经费预算情况说明";
        Figure(f, table, "“三公”经费预算数与表8合计", n.Total?.Amount, t8.Total ?? 0m);
        Figure(f, table, "因公出国（境）费与表8", n.OverseasTravel?.Amount, t8.OverseasTravel ?? 0m);
        Figure(f, table, "公务用车购置及运行费与表8", n.Vehicles?.Amount,
            t8.VehiclesSubtotal ?? (t8.VehiclePurchase ?? 0m) + (t8.VehicleOperation ?? 0m));
        Figure(f, table, "公务接待费与表8", n.Reception?.Amount, t8.Reception ?? 0m);
        Figure(f, "机关运行经费预算", "机关运行经费与表8", n.AgencyOperatingExpense, t8.AgencyOperatingExpense ?? 0m);
        if (n.NoAgencyOperatingStatement && (t8.AgencyOperatingExpense ?? 0m) != 0m)
        {
            f.Add("DSC-09", Severity.Error, "机关运行经费预算",
                $"机关运行经费预算：说明称无机关运行经费，表8为{Y(t8.AgencyOperatingExpense ?? 0m)}。", t8.Line);
        }
    }

    private static void Figure(FindingCollector f, string table, string item, WanYuanFigure? figure, decimal? yuan)
    {
        if (figure is not { } x || yuan is not { } y)
        {
            return;
        }

        f.Equal("DSC-09", Severity.Error, table, item, x.Yuan, y, x.Line, x.ToleranceYuan, W(x), Y(y));
    }
}
