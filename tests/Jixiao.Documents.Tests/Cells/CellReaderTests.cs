using Jixiao.Documents.Cells;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Cells;

public sealed class CellReaderTests
{
    [Fact]
    public void TabbedAndPipedRows_GiveCellsWithTheirColumns_AndTheirLine()
    {
        var doc = CellReader.Read(TextDocumentReader.SplitLines("项目名称\t示例项目\n\n| 主管部门 | 区科委 |"));

        Assert.Equal(2, doc.Rows.Count);
        Assert.Equal(RowShape.Tabbed, doc.Rows[0].Shape);
        Assert.Equal("示例项目", doc.Rows[0].Text(1));
        Assert.Equal(RowShape.Piped, doc.Rows[1].Shape);
        Assert.Equal("区科委", doc.Rows[1].Text(1));
        Assert.Equal(3, doc.Rows[1].Cells[1].Line.Number);
    }
}
