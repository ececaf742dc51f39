using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Money;

namespace Jixiao.Documents.Disclosure;

/// <summary>Shared cell-level reading: amounts, ordinal labels, header vocabulary.</summary>
internal static partial class CellReading
{
    // Row labels of 表1/表4 carry an ordinal: `一、`, `1、`, `（一）`, `(1)`.
    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|[0-9]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)])\s*")]
    private static partial Regex OrdinalPattern();

    public static bool HasOrdinal(string text) => OrdinalPattern().IsMatch(text);

    public static string StripOrdinal(string text) => OrdinalPattern().Replace(text, string.Empty).Trim();

    /// <summary>Text without any whitespace (labels are compared this way, forms.md "Importer variants").</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static bool IsCode(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    /// <summary>An amount cell: blank → 0; invalid → 0 and a warning with MoneyText's reason.</summary>
    public static decimal Amount(Cell? cell, decimal scale, ICollection<ImportWarning> warnings)
    {
        if (cell is null || cell.IsBlank)
        {
            return 0m;
        }

        var r = MoneyText.Parse(cell.Text);
        if (r.IsOk)
        {
            return r.Value * scale;
        }

        warnings.Add(new ImportWarning(cell.Line, $"单元格「{cell.Text}」：{r.Error}"));
        return 0m;
    }

    /// <summary>Like <see cref="Amount"/> but null for a blank cell (where blank and 0 mean different things).</summary>
    public static decimal? OptionalAmount(Cell? cell, decimal scale, ICollection<ImportWarning> warnings) =>
        cell is null || cell.IsBlank ? null : Amount(cell, scale, warnings);

    public static bool LooksLikeAmount(string text) => text.Length > 0 && MoneyText.Parse(text).IsOk;

    /// <summary>Amount scale of the table from its `单位：…` line: 元 → 1, 万元 → 10,000.</summary>
    public static decimal Scale(string? amountUnitLine) =>
        amountUnitLine is not null && amountUnitLine.Contains("万元", StringComparison.Ordinal) ? Domain.Money.Amount.YuanPerWanYuan : 1m;

    /// <summary>
    /// The next cell of a printed row: cells of <paramref name="group"/> only, so a short row reads as blanks
    /// instead of swallowing the next row's cells.
    /// </summary>
    public static Cell? Next(IReadOnlyList<Cell> cells, ref int index, int group)
    {
        if (index >= cells.Count || cells[index].Group != group)
        {
            return null;
        }

        return cells[index++];
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
