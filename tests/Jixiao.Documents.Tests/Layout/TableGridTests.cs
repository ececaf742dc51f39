using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Tests.Layout;

public class TableGridTests
{
    private static IReadOnlyList<TableCell> Row(params TableCell[] cells) => cells;

    [Fact]
    public void Place_RowSpanFromAbove_SkipsCoveredColumn()
    {
        var table = new FormTable([1m, 1m, 1m],
        [
            Row(TableCell.Label("A", rowSpan: 2), TableCell.Value("B"), TableCell.Value("C")),
            Row(TableCell.Value("D", colSpan: 2)),
        ]);

        var placed = TableGrid.Place(table);

        Assert.Equal(new PlacedCell(1, 1, table.Rows[1][0]), placed[3]);
        Assert.Equal(1, placed[0].LastRow);
        Assert.Equal(2, placed[3].LastColumn);
    }

    public static TheoryData<string, IReadOnlyList<IReadOnlyList<TableCell>>> BrokenLayouts => new()
    {
        { "row wider than the table", [Row(TableCell.Value("A", colSpan: 2), TableCell.Value("B", colSpan: 2))] },
        { "row span below the last row", [Row(TableCell.Value("A", rowSpan: 3), TableCell.Value("B"), TableCell.Value("C"))] },
        { "zero span", [Row(TableCell.Value("A", colSpan: 0))] },
    };

    [Theory]
    [MemberData(nameof(BrokenLayouts))]
    public void Place_BrokenLayout_Throws(string why, IReadOnlyList<IReadOnlyList<TableCell>> rows)
    {
        Assert.Throws<InvalidOperationException>(() => TableGrid.Place(new FormTable([1m, 1m, 1m], rows)));
        Assert.NotEmpty(why);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("项目名称", 8)]
    [InlineData("≥90.00(%)", 9)]
    [InlineData("全年≤5次", 8)]
    [InlineData("短\n较长的一行", 10)]
    public void TextWidth_CountsWideCharactersTwice(string text, int expected) => Assert.Equal(expected, TextWidth.Of(text));
}
