namespace Jixiao.Domain.Disclosure;

/// <summary>
/// A 表2 row: 功能分类 code and name, 合计 · 财政拨款收入 · 事业收入 · 事业单位经营收入 · 其他收入 (元, blank = 0).
/// <see cref="Code"/> is null on the 合计 row.
/// </summary>
public sealed record FunctionIncomeRow(
    SubjectCode? Code,
    string Name,
    decimal Total,
    decimal FiscalAppropriation,
    decimal ServiceRevenue,
    decimal BusinessRevenue,
    decimal OtherRevenue,
    int? Line = null)
{
    public decimal PartsSum => FiscalAppropriation + ServiceRevenue + BusinessRevenue + OtherRevenue;
}

/// <summary>表2 `{Y}年单位收入预算总表`.</summary>
public sealed record FunctionIncomeTable(
    TablePrint Print,
    IReadOnlyList<FunctionIncomeRow> Rows,
    FunctionIncomeRow? Total,
    string? Statement = null);
