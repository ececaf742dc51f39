namespace Jixiao.Domain.Disclosure;

/// <summary>表4 income side (元, null = printed blank): 一般公共预算资金 · 政府性基金 · 收入总计.</summary>
public sealed record FiscalIncome(decimal? GeneralPublicBudget, decimal? GovernmentFund, decimal? Total);

/// <summary>A 表4 expense row per 功能分类 类 (or 支出总计): 合计 · 一般公共预算 · 政府性基金预算 (元).</summary>
public sealed record FiscalExpenseRow(
    string Label,
    string ClassName,
    decimal Total,
    decimal GeneralPublicBudget,
    decimal GovernmentFund,
    int? Line = null);

/// <summary>表4 `{Y}年单位财政拨款收支预算总表`.</summary>
public sealed record FiscalSummaryTable(
    TablePrint Print,
    FiscalIncome Income,
    IReadOnlyList<FiscalExpenseRow> ExpenseRows,
    FiscalExpenseRow? ExpenseTotal);
