namespace Jixiao.Domain.Disclosure;

/// <summary>Whether a published table states a budget (预算) or the final accounts (决算) of a year.</summary>
public enum PublicationStage
{
    Budget,
    FinalAccounts,
}

/// <summary>The side of a two-sided table a row sits on (收入 | 支出), or <see cref="Only"/> in a one-sided table.</summary>
public enum TableSide
{
    Only,
    Income,
    Expense,
}

/// <summary>
/// One row of a published table as printed: its classification code (null when none is printed), its label with its
/// ordinal, and its amounts in the table's printed columns of its side, in the table's unit (null = printed blank);
/// <see cref="Printed"/> holds the same cells' text as printed.
/// </summary>
public sealed record PublishedTableRow(
    TableSide Side,
    string? Code,
    string Name,
    IReadOnlyList<decimal?> Amounts,
    IReadOnlyList<string> Printed,
    int? Line = null);

/// <summary>
/// A disclosure table of a layout other than the Shanghai package (<see cref="BudgetDisclosure"/>), kept as printed: the
/// description that recognised it, its title, 预算 or 决算, year and unit when printed, the money unit its amounts are in
/// (<see cref="AmountUnit"/>: 1 for 元, 10000 for 万元, as the table states; amounts are not converted), the amount
/// columns of each side and its rows.
/// </summary>
public sealed record PublishedTable(
    string DescriptionId,
    string Title,
    PublicationStage Stage,
    int? Year,
    string? UnitName,
    decimal? AmountUnit,
    IReadOnlyList<string> IncomeColumns,
    IReadOnlyList<string> Columns,
    IReadOnlyList<PublishedTableRow> Rows,
    int? Line = null)
{
    /// <summary>The unit the amounts are printed in, in words (`万元`, `元`), or null when the table states none.</summary>
    public string? AmountUnitText => AmountUnit switch
    {
        10_000m => "万元",
        1m => "元",
        _ => null,
    };
}
