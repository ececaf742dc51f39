using System.Globalization;
using Jixiao.Domain.Money;
using Jixiao.Domain.Review;

namespace Jixiao.Domain.Disclosure;

/// <summary>
/// DSC-15: each `{比较}` phrase names year Y−1 and, when the Y−1 package is given, states the real change of the
/// compared figure (± half a unit of the printed Δ).
/// </summary>
internal static class ComparisonChecks
{
    private const string Rule = "DSC-15";

    private sealed record Compared(string Section, string Item, YearComparison? Comparison, Func<BudgetDisclosure, decimal?> Figure);

    public static void Check(BudgetDisclosure d, FindingCollector f, BudgetDisclosure? prior)
    {
        var s = d.Narrative.Statement;
        var t = d.Narrative.ThreePublic;
        Compared[] items =
        [
            new("预算编制说明", "财政拨款支出预算", s?.FiscalExpenditure?.Comparison, p => p.Fiscal?.ExpenseTotal?.Total),
            new("预算编制说明", "一般公共预算拨款支出预算", s?.GeneralPublicBudget?.Comparison, p => p.GeneralBudget?.Total?.Total),
            new("“三公”经费预算情况说明", "“三公”经费预算数", t?.Total?.Comparison, p => p.ThreePublic?.Total ?? ZeroIfTable(p)),
            new("“三公”经费预算情况说明", "因公出国（境）费", t?.OverseasTravel?.Comparison, p => p.ThreePublic?.OverseasTravel ?? ZeroIfTable(p)),
            new("“三公”经费预算情况说明", "公务用车购置及运行费", t?.Vehicles?.Comparison, p => p.ThreePublic?.VehiclesSubtotal ?? ZeroIfTable(p)),
            new("“三公”经费预算情况说明", "公务接待费", t?.Reception?.Comparison, p => p.ThreePublic?.Reception ?? ZeroIfTable(p)),
        ];

        foreach (var item in items)
        {
            if (item.Comparison is not { } c)
            {
                continue;
            }

            if (c.PriorYear != d.Year - 1)
            {
                f.Add(Rule, Severity.Warning, item.Section,
                    $"{item.Section}{item.Item}：比较年度为{c.PriorYear.ToString(CultureInfo.InvariantCulture)}年，应为{(d.Year - 1).ToString(CultureInfo.InvariantCulture)}年。",
                    c.Delta?.Line);
                continue;
            }

            if (prior is null || item.Figure(d) is not { } current || item.Figure(prior) is not { } previous)
            {
                continue;
            }

            var actual = current - previous;
            f.Equal(Rule, Severity.Warning, item.Section, $"{item.Item}与{c.PriorYear.ToString(CultureInfo.InvariantCulture)}年预算的增减额",
                c.SignedDeltaYuan, actual, c.Delta?.Line, c.ToleranceYuan, Describe(c), Signed(actual));
        }
    }

    private static decimal? ZeroIfTable(BudgetDisclosure p) => p.ThreePublic is null ? null : 0m;

    private static string Describe(YearComparison c) => c.Direction switch
    {
        ComparisonDirection.Increase => $"增加{c.Delta}",
        ComparisonDirection.Decrease => $"减少{c.Delta}",
        _ => "持平",
    };

    private static string Signed(decimal yuan) => yuan switch
    {
        > 0m => $"增加{MoneyText.Format(yuan)}元",
        < 0m => $"减少{MoneyText.Format(-yuan)}元",
        _ => "持平",
    };
}
