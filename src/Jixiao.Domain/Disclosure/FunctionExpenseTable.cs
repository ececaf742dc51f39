namespace Jixiao.Domain.Disclosure;

/// <summary>
/// A 功能分类 expense row of 表3, 表5 or 表6: code, name, 合计 · 基本支出 · 项目支出 (元, blank = 0).
/// <see cref="Code"/> is null on the 合计 row.
/// </summary>
public sealed record FunctionExpenseRow(
    SubjectCode? Code,
    string Name,
    decimal Total,
    decimal Basic,
    decimal Project,
    int? Line = null);

/// <summary>
/// 表3 `单位支出预算总表`, 表5 `单位一般公共预算支出功能分类预算表` or 表6 `单位政府性基金预算支出功能分类预算表`.
/// An empty table carries its printed statement (e.g. `本单位无政府性基金预算支出。`, DSC-11).
/// </summary>
public sealed record FunctionExpenseTable(
    TablePrint Print,
    IReadOnlyList<FunctionExpenseRow> Rows,
    FunctionExpenseRow? Total,
    string? Statement = null)
{
    public bool IsEmpty => Rows.Count == 0 && (Total is null || Total.Total == 0m);
}
