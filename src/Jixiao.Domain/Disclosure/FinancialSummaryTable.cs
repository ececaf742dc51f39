namespace Jixiao.Domain.Disclosure;

/// <summary>
/// 表1 income side (元). A null amount was printed blank; DSC-16 distinguishes a blank breakdown from a 0.
/// </summary>
public sealed record SummaryIncome(
    decimal? FiscalAppropriation,
    decimal? GeneralPublicBudget,
    decimal? GovernmentFund,
    decimal? ServiceRevenue,
    decimal? BusinessRevenue,
    decimal? OtherRevenue,
    decimal? Total);

/// <summary>
/// A 表1 expense row per 功能分类 类 (or the 支出总计 row): 合计 · 基本支出 (人员经费 · 公用经费) · 项目支出, in 元.
/// <see cref="ClassName"/> is the label without its ordinal (`一、科学技术支出` → `科学技术支出`).
/// </summary>
public sealed record SummaryExpenseRow(
    string Label,
    string ClassName,
    decimal Total,
    decimal Personnel,
    decimal Operating,
    decimal Project,
    int? Line = null)
{
    /// <summary>基本支出 = 人员经费 + 公用经费 (表1 prints only the two parts).</summary>
    public decimal Basic => Personnel + Operating;
}

/// <summary>表1 `{Y}年单位财务收支预算总表`.</summary>
public sealed record FinancialSummaryTable(
    TablePrint Print,
    SummaryIncome Income,
    IReadOnlyList<SummaryExpenseRow> ExpenseRows,
    SummaryExpenseRow? ExpenseTotal);
