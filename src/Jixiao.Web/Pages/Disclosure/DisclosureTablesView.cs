using Jixiao.Domain.Disclosure;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Money;
using Jixiao.Domain.Review;

namespace Jixiao.Web.Pages.Disclosure;

/// <summary>
/// What the `_DisclosureTables` partial renders: the package printed like the official document and, beside each
/// table, the DSC findings that point at it (none on the public pages).
/// </summary>
public sealed record DisclosureTablesView(BudgetDisclosure Package, IReadOnlyList<Finding> Findings, bool ShowFindings)
{
    public DisclosureTableDefinition Table(DisclosureTableKind kind) => DisclosureForm.Table(kind);

    public string Title(DisclosureTableKind kind) => Table(kind).TitleFor(Package.Year);

    public string PreparerLine => DisclosureForm.PreparerPrefix + Package.UnitName;

    /// <summary>Findings whose field is the table's label (`表3`).</summary>
    public IReadOnlyList<Finding> For(DisclosureTableKind kind) => Findings.Where(f => f.Field == Table(kind).Label).ToList();

    /// <summary>Findings on the narrative or on no table.</summary>
    public IReadOnlyList<Finding> NotOnTables =>
        Findings.Where(f => !DisclosureForm.Tables.Any(t => t.Label == f.Field)).ToList();

    public static string Yuan(decimal? amount) => amount is { } a ? MoneyText.Format(a) : "";

    /// <summary>A code-keyed table (表2, 3, 5, 6, 7) to render by its definition.</summary>
    public static CodedTableView Coded(DisclosureTableDefinition table, int year, TablePrint print,
        IReadOnlyList<(SubjectCode? Code, string Name, Func<string, decimal> Amount)> rows, Func<string, decimal>? total, string? emptyStatement) =>
        new(table, table.HeadFor(year, print.GroupHeaders), rows, total, emptyStatement);

    /// <summary>表1 or 表4 to render by its definition.</summary>
    public static TwoSidedTableView TwoSided(DisclosureTableDefinition table, int year, TablePrint print, Func<string, decimal?> income,
        IReadOnlyList<(string Label, Func<string, decimal> Amount)> expense, (string Label, Func<string, decimal> Amount)? expenseTotal) =>
        new(table, table.HeadFor(year, print.GroupHeaders), income, expense, expenseTotal);

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string SeverityCode(Severity s) => s switch
    {
        Severity.Error => "E",
        Severity.Warning => "W",
        _ => "I",
    };

    public static string Figure(WanYuanFigure? figure) => figure?.ToString() ?? "—";

    /// <summary>`{比较}` as printed: 比{Y-1}年预算增加/减少{Δ}万元, or 与{Y-1}年预算持平.</summary>
    public static string Comparison(YearComparison? c) => c switch
    {
        null => "",
        { Direction: ComparisonDirection.Flat } => $"与{c.PriorYear}年预算持平",
        { Direction: ComparisonDirection.Increase } => $"比{c.PriorYear}年预算增加{Figure(c.Delta)}",
        _ => $"比{c.PriorYear}年预算减少{Figure(c.Delta)}",
    };

    public static string Compared(ComparedFigure? f) =>
        f is null ? "—" : f.Comparison is null ? Figure(f.Amount) : $"{Figure(f.Amount)}（{Comparison(f.Comparison)}）";
}

/// <summary>A code-keyed table for `_DisclosureCoded`: head rows, data rows, the 合计 amounts, the statement of an empty table.</summary>
public sealed record CodedTableView(DisclosureTableDefinition Table, IReadOnlyList<IReadOnlyList<HeadCell>> Head,
    IReadOnlyList<(SubjectCode? Code, string Name, Func<string, decimal> Amount)> Rows, Func<string, decimal>? Total, string? EmptyStatement);

/// <summary>表1/表4 for `_DisclosureTwoSided`: head rows, income amounts by row key, expense rows, the expense totals.</summary>
public sealed record TwoSidedTableView(DisclosureTableDefinition Table, IReadOnlyList<IReadOnlyList<HeadCell>> Head, Func<string, decimal?> Income,
    IReadOnlyList<(string Label, Func<string, decimal> Amount)> Expense, (string Label, Func<string, decimal> Amount)? ExpenseTotal);
