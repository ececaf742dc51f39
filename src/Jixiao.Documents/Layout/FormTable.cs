using Jixiao.Domain.Text;

namespace Jixiao.Documents.Layout;

/// <summary>
/// A bordered grid. Rows list their cells left to right, skipping positions covered by a row-span from above
/// (html semantics); <see cref="TableGrid.Place"/> turns that into absolute positions for renderers.
/// </summary>
/// <param name="ColumnWidths">Width of each column in character units (one CJK character = 2), see <see cref="TextWidth"/>.</param>
/// <param name="Rows">Rows of cells.</param>
/// <param name="RepeatHeaderRows">Leading rows repeated at the top of every printed page (0 = none).</param>
public sealed record FormTable(IReadOnlyList<decimal> ColumnWidths, IReadOnlyList<IReadOnlyList<TableCell>> Rows, int RepeatHeaderRows = 0) : FormBlock
{
    public int ColumnCount => ColumnWidths.Count;
}

public enum CellRole
{
    /// <summary>A printed label (`项目名称`, column headers): bold, shaded, centred.</summary>
    Label,
    /// <summary>Entered text, left-aligned, wrapped.</summary>
    Text,
    /// <summary>Entered text, centred (dates, short codes).</summary>
    Center,
    /// <summary>A money amount: right-aligned, <see cref="TableCell.Number"/> set, formatted `#,##0.00`.</summary>
    Amount,
    /// <summary>A score or percentage with two decimals, right-aligned.</summary>
    Decimal,
}

/// <summary>
/// One cell. <see cref="Text"/> is what is printed (already formatted); <see cref="Number"/> carries the exact value
/// for numeric cells so spreadsheets get a real number with <see cref="NumberFormat"/>.
/// </summary>
public sealed record TableCell(string Text, CellRole Role = CellRole.Text, int ColSpan = 1, int RowSpan = 1)
{
    public string Text { get; init => field = TextHygiene.Clean(value); } = TextHygiene.Clean(Text); // see FormDocument

    public decimal? Number { get; init; }
    /// <summary>Excel number format for <see cref="Number"/>, e.g. `#,##0.00`.</summary>
    public string? NumberFormat { get; init; }

    public static TableCell Label(string text, int colSpan = 1, int rowSpan = 1) => new(text, CellRole.Label, colSpan, rowSpan);

    public static TableCell Value(string? text, int colSpan = 1, int rowSpan = 1) => new(text ?? "", CellRole.Text, colSpan, rowSpan);

    public static TableCell Centered(string? text, int colSpan = 1, int rowSpan = 1) => new(text ?? "", CellRole.Center, colSpan, rowSpan);

    /// <summary>A money cell in 元 (`1,443,356.00`); null prints blank.</summary>
    public static TableCell Money(decimal? yuan, int colSpan = 1, int rowSpan = 1) => yuan is null
        ? new TableCell("", CellRole.Amount, colSpan, rowSpan)
        : new TableCell(CellFormats.Money(yuan.Value), CellRole.Amount, colSpan, rowSpan) { Number = yuan, NumberFormat = CellFormats.MoneyFormat };

    /// <summary>A money cell of a form that states its money in 万元: the stored 元 ÷ 10,000, 2 dp (MNY-06); null prints blank.</summary>
    public static TableCell WanYuan(decimal? yuan, int colSpan = 1, int rowSpan = 1) => yuan is null
        ? new TableCell("", CellRole.Amount, colSpan, rowSpan)
        : new TableCell(new Domain.Money.Amount(yuan.Value).WanYuan.ToString(CellFormats.MoneyFormat, System.Globalization.CultureInfo.InvariantCulture), CellRole.Amount, colSpan, rowSpan)
        { Number = new Domain.Money.Amount(yuan.Value).WanYuan, NumberFormat = CellFormats.MoneyFormat };

    /// <summary>A score, weight or percentage with two decimals; null prints blank.</summary>
    public static TableCell Decimal2(decimal? value, int colSpan = 1, int rowSpan = 1) => value is null
        ? new TableCell("", CellRole.Decimal, colSpan, rowSpan)
        : new TableCell(CellFormats.TwoDecimals(value.Value), CellRole.Decimal, colSpan, rowSpan) { Number = value, NumberFormat = CellFormats.TwoDecimalFormat };
}
