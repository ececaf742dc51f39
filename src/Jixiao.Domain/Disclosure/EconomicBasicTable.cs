namespace Jixiao.Domain.Disclosure;

/// <summary>
/// A 表7 row: 部门经济分类 code (类 3 / 款 5 digits) and name as printed, 合计 · 人员经费 · 公用经费 (元, blank = 0).
/// <see cref="Code"/> is null on the 合计 row.
/// </summary>
public sealed record EconomicRow(
    SubjectCode? Code,
    string Name,
    decimal Total,
    decimal Personnel,
    decimal Operating,
    int? Line = null);

/// <summary>表7 `{Y}年单位一般公共预算基本支出部门预算经济分类预算表`.</summary>
public sealed record EconomicBasicTable(
    TablePrint Print,
    IReadOnlyList<EconomicRow> Rows,
    EconomicRow? Total,
    string? Statement = null)
{
    /// <summary>经济分类 类 counted as 人员经费 (disclosure.md §3: 301 + 303); the others are 公用经费.</summary>
    public static IReadOnlySet<string> PersonnelClasses { get; } = new HashSet<string> { "301", "303" };
}
