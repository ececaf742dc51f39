using Jixiao.Domain.Projects;

namespace Jixiao.Domain.Forms;

/// <summary>
/// A money block printed as a grid rather than as label/value pairs (the 自评表 项目资金（元）: rows 年度资金总额 … 其他资金
/// × columns 年初预算数 … 得分). Rows and columns carry their printed labels and stable keys; a stored cell is keyed
/// `{row}.{column}`.
/// </summary>
public sealed record MoneyGrid(string Block, IReadOnlyList<MoneyGridRow> Rows, IReadOnlyList<MoneyGridColumn> Columns)
{
    public MoneyGridRow? Row(string key) => Rows.FirstOrDefault(r => r.Key == key);

    public MoneyGridColumn? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>The row that carries the total-only columns (年度资金总额).</summary>
    public MoneyGridRow TotalRow => Rows.First(r => r.IsTotal);

    /// <summary>The row whose printed label (or synonym) a cell holds, `其中：` and white space ignored; null when none.</summary>
    public MoneyGridRow? RowLabelled(string? cell)
    {
        var plain = FieldText.PlainLabel(cell ?? "");
        return Rows.FirstOrDefault(r => r.Name == plain || r.Synonyms.Any(s => FieldText.PlainLabel(s) == plain));
    }

    /// <summary>The row whose label a text starts with (a PDF line `其中：当年财政拨款 100 …`), `其中：` ignored.</summary>
    public MoneyGridRow? RowStarting(string compact)
    {
        var s = FieldText.PlainLabel(compact);
        return Rows.FirstOrDefault(r => s.StartsWith(r.Name, StringComparison.Ordinal));
    }
}

/// <summary>
/// One printed row of a <see cref="MoneyGrid"/>: key, label as printed, how it reads off and is written onto a
/// <see cref="SelfEvaluation"/> (the one place the typed row is named).
/// </summary>
public sealed record MoneyGridRow(string Key, string Label, Func<SelfEvaluation, FundRow?> Read, Func<SelfEvaluation, FundRow?, SelfEvaluation> Write)
{
    /// <summary>True for the row that carries the total-only columns (分值, 执行率, 得分 on 年度资金总额).</summary>
    public bool IsTotal { get; init; }

    /// <summary>Computed from the other rows (年度资金总额 = Σ per column, forms.md §6): read-only in the editor.</summary>
    public bool Computed { get; init; }

    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>
    /// The key of the approved declaration's field whose amount the row's 年初预算数 starts with when a 自评表 is started
    /// (<see cref="FormDefinitions.DeclaredValue"/>); null when it starts blank.
    /// </summary>
    public string? StartsFrom { get; init; }

    /// <summary>The row's name in messages (`当年财政拨款` for `其中：当年财政拨款`).</summary>
    public string Name => FieldText.PlainLabel(Label);
}

/// <summary>What a <see cref="MoneyGrid"/> column holds.</summary>
public enum MoneyGridValue
{
    /// <summary>An amount in 元 (read off each row).</summary>
    Money,

    /// <summary>A 分值 (decimal, 2 dp).</summary>
    Weight,

    /// <summary>A rate printed as a percentage (执行率, 2 dp).</summary>
    Percent,

    /// <summary>A 得分 (decimal, 2 dp).</summary>
    Score,
}

/// <summary>
/// One printed column of a <see cref="MoneyGrid"/>. Money columns read a <see cref="FundRow"/> cell; the others exist on the
/// total row only and print <see cref="OtherRows"/> on the rest (the 分值 `—`).
/// </summary>
public sealed record MoneyGridColumn(string Key, string Label, MoneyGridValue Value, Func<FundRow, decimal?>? Read = null)
{
    public bool TotalOnly => Value != MoneyGridValue.Money;

    /// <summary>What the column prints on a row that is not the total (null: an empty cell).</summary>
    public string? OtherRows { get; init; }
}
