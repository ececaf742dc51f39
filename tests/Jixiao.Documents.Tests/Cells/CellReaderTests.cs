using Jixiao.Documents.Cells;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Cells;

public sealed class CellReaderTests
{
    private static CellDocument Read(string text) => CellReader.Read(TextDocumentReader.SplitLines(text));

    private static string[] Texts(CellRow row) => row.Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void TabbedAndPipedRows_GiveCellsWithTheirColumns_AndTheirLine()
    {
        var doc = Read("项目名称\t示例项目\n\n| 主管部门 | 区科委 |");

        Assert.Equal(2, doc.Rows.Count);
        Assert.Equal(RowShape.Tabbed, doc.Rows[0].Shape);
        Assert.Equal("示例项目", doc.Rows[0].Text(1));
        Assert.Equal(RowShape.Piped, doc.Rows[1].Shape);
        Assert.Equal("区科委", doc.Rows[1].Text(1));
        Assert.Equal(3, doc.Rows[1].Cells[1].Line.Number);
    }

    [Fact]
    public void TabbedRows_KeepTheirSourceLocation()
    {
        var line = new SourceLine(4, "项目名称\t示例项目") { Location = "工作表“申报表”第 4 行" };

        var cell = CellReader.Read([line]).Rows.Single().Cells[1];

        Assert.Equal("工作表“申报表”第 4 行", cell.Line.Location);
    }

    [Fact]
    public void PipedRows_DropTrailingPipeRuns_KeepEmptyCells_AndReadALeadingPipeAsAnEmptyFirstCell()
    {
        var doc = Read("示例申报表 | 2021年 | |||||\n单位甲 | | 实施单位 | 单位乙 | ||||\n| 合计 | 5.00 | ||");

        Assert.All(doc.Rows, r => Assert.Equal(RowShape.Piped, r.Shape));
        Assert.Equal(["示例申报表", "2021年", ""], Texts(doc.Rows[0]));
        Assert.Equal(["单位甲", "", "实施单位", "单位乙", ""], Texts(doc.Rows[1]));
        Assert.Equal(["", "合计", "5.00", ""], Texts(doc.Rows[2]));
    }

    [Fact]
    public void IndentedPipeLines_ContinueTheRowStartedAbove()
    {
        var doc = Read("产出\n    | 数量指标\n    | 示例次数\n    | 2次\n    | ||\n效益\n    | 社会效益\n   指标\n    | 提升");

        Assert.Equal(["产出", "数量指标", "示例次数", "2次"], Texts(doc.Rows[0]));
        Assert.Equal(["效益", "社会效益指标", "提升"], Texts(doc.Rows[1]));
        Assert.All(doc.Rows, r => Assert.Equal(RowShape.Piped, r.Shape));
    }

    [Fact]
    public void CellsEndingInAPipe_FormOneRowUpToAPipeRun_AndALonePipeIsAnEmptyCell()
    {
        var doc = Read("项目名称 |\n示例项目 |\n|\n||||\n主管部门 |\n|\n示例局 | ||||\n很长的单元格\n断在两行 |\n||||");

        Assert.All(doc.Rows, r => Assert.Equal(RowShape.CellPerLine, r.Shape));
        Assert.Equal(["项目名称", "示例项目"], Texts(doc.Rows[0]));
        Assert.Equal(["主管部门", "", "示例局"], Texts(doc.Rows[1]));
        Assert.Equal(["很长的单元格断在两行"], Texts(doc.Rows[2]));
    }

    [Fact]
    public void CellsBetweenLonePipes_WithoutRowMarkers_AreRowsOfOneCell()
    {
        var doc = Read("项目名称\n|\n示例项目\n|\n主管部门\n|\n|\n实施单位");

        Assert.Equal(["项目名称", "示例项目", "主管部门", "实施单位"], doc.Rows.Select(r => r.Cells.Single().Text).ToArray());
    }

    [Fact]
    public void ShortLinesBetweenBlankLines_AreOneCellEach()
    {
        var doc = Read("项目名称\n\n示例项目\n\n主管部门\n\n示例局");

        Assert.Equal(4, doc.Rows.Count);
        Assert.All(doc.Rows, r => { Assert.Single(r.Cells); Assert.Equal(RowShape.CellPerLine, r.Shape); });
        Assert.Equal("示例局", doc.Rows[3].Cells[0].Text);
        Assert.Equal(7, doc.Rows[3].Cells[0].Line.Number);
    }

    [Fact]
    public void SpaceAlignedLines_SplitOnTheirGaps()
    {
        var doc = Read("项目名称 示例项目\n预算单位 示例局\n    资金总额   12.50\n总体\n目标");

        Assert.All(doc.Rows, r => Assert.Equal(RowShape.Aligned, r.Shape));
        Assert.Equal(["项目名称", "示例项目"], Texts(doc.Rows[0]));
        Assert.Equal(["资金总额", "12.50"], Texts(doc.Rows[2]));
        Assert.Equal(["总体"], Texts(doc.Rows[3]));
    }

    [Fact]
    public void RunTogetherLines_StayFlat_ForTheRecognisers()
    {
        var doc = Read("指标名称目标值分值\n示例人数达到预计值12010");

        Assert.All(doc.Rows, r => Assert.Equal(RowShape.Flat, r.Shape));
        Assert.Equal("示例人数达到预计值12010", doc.Rows[1].Cells.Single().Text);
    }

    [Fact]
    public void ShapesAreDecidedPerStretch_NotPerDocument()
    {
        var doc = Read("项目名称\n\n示例项目\n\n单位甲 | 单位乙 | |||\n\n项目名称 示例项目\n预算单位 示例局");

        Assert.Equal([RowShape.CellPerLine, RowShape.CellPerLine, RowShape.Piped, RowShape.Aligned, RowShape.Aligned], doc.Rows.Select(r => r.Shape).ToArray());
    }
}
