using ClosedXML.Excel;
using Jixiao.Documents.Reading;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>Workbooks shaped like the ones units fill by hand, read into lines.</summary>
public sealed class XlsxReaderTests
{
    /// <summary>
    /// A form starting in column B with a merged title, an empty row, a money cell, a built-in format, a General
    /// number, a date, a line break inside a cell, a formula; a second sheet; a hidden sheet of lookup values.
    /// </summary>
    private static byte[] UserWorkbook()
    {
        using var workbook = new XLWorkbook();
        var form = workbook.Worksheets.Add("申报表");
        form.Range("B2:E2").Merge();
        form.Cell("B2").SetValue("财政项目支出绩效目标申报表");
        form.Cell("B4").SetValue("项目名称");
        form.Range("C4:E4").Merge();
        form.Cell("C4").SetValue("示范项目");
        form.Cell("B5").SetValue("项目资金总额");
        form.Cell("C5").SetValue(1443356m);
        form.Cell("C5").Style.NumberFormat.Format = "#,##0.00";
        form.Cell("D5").SetValue(2500.5m);
        form.Cell("D5").Style.NumberFormat.NumberFormatId = 4;
        form.Cell("E5").SetValue(1234.5m);
        form.Cell("B6").SetValue("计划开始日期");
        form.Cell("C6").SetValue(new DateTime(2024, 1, 1));
        form.Cell("D6").SetValue("第一行\n第二行");
        form.Cell("B7").SetValue("合计");
        form.Cell("C7").FormulaA1 = "C5*2";
        form.Cell("C7").Style.NumberFormat.Format = "#,##0.00";
        form.Cell("D7").SetValue(0.125m);
        form.Cell("D7").Style.NumberFormat.Format = "0.00%";
        var second = workbook.Worksheets.Add("指标");
        second.Cell("A1").SetValue("一级指标");
        second.Cell("B1").SetValue("产出指标");
        var lookup = workbook.Worksheets.Add("下拉选项");
        lookup.Cell("A1").SetValue("隐藏的选项");
        lookup.Visibility = XLWorksheetVisibility.Hidden;
        var bytes = XlsxTestFiles.Save(workbook);
        // Excel saves a formula's result after it; ClosedXML does not, so add it as Excel would.
        return XlsxTestFiles.EditPart(bytes, "xl/worksheets/sheet1.xml", "<x:f>C5*2</x:f>", "<x:f>C5*2</x:f><x:v>2886712</x:v>");
    }

    [Fact]
    public void Read_UserWorkbook_LinesAsTheUserSeesThem()
    {
        var read = XlsxReader.Read("填报.xlsx", UserWorkbook());

        Assert.True(read.Success, read.Error);
        Assert.Equal(
        [
            "财政项目支出绩效目标申报表",
            "",
            "项目名称\t示范项目",
            "项目资金总额\t1,443,356.00\t2,500.50\t1234.5",
            "计划开始日期\t2024-01-01\t第一行<br>第二行",
            "合计\t2,886,712.00\t12.50%",
            "",
            "一级指标\t产出指标",
        ], read.Lines!.Select(l => l.Text));
    }

    [Fact]
    public void Read_UserWorkbook_LocationsNameSheetAndRow()
    {
        var lines = XlsxReader.Read("填报.xlsx", UserWorkbook()).Lines!;

        Assert.Equal("工作表“申报表”第 2 行", lines[0].Location);
        Assert.Equal("工作表“申报表”第 3 行", lines[1].Location);
        Assert.Equal("工作表“申报表”第 7 行", lines[5].Location);
        Assert.Null(lines[6].Location);
        Assert.Equal("工作表“指标”第 1 行", lines[7].Location);
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Number));
    }

    [Fact]
    public void Read_ValueLeftInCoveredCellOfMerge_OnlyTopLeftValueKept()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("表");
        sheet.Cell("A1").SetValue("左上");
        sheet.Cell("A2").SetValue("下方");
        sheet.Cell("B1").SetValue("右");
        sheet.Range("A1:A2").Merge(checkIntersect: false);
        // Merge may clear covered cells; write one back as some tools leave it there.
        sheet.Cell("A2").SetValue("被覆盖");
        sheet.Cell("B2").SetValue("值");

        var read = XlsxReader.Read("合并.xlsx", XlsxTestFiles.Save(workbook));

        Assert.Equal(["左上\t右", "\t值"], read.Lines!.Select(l => l.Text));
    }

    public static TheoryData<string, string> HandWrittenRows => new()
    {
        // sheet xml of one row (styles: 1 = #,##0.00 built-in id 4, 2 = date id 14, 3 = WPS's 0.00_ whose padding is dropped), expected line
        { """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""", "项目名称\t富文本示范 " },
        { """<row r="1"><c r="A1" t="inlineStr"><is><t>内联文字</t></is></c><c r="B1" s="1"><v>1443356</v></c></row>""", "内联文字\t1,443,356.00" },
        { """<row r="1"><c r="A1" s="2"><v>45292</v></c><c r="B1"><v>0.30000000000000004</v></c><c r="C1" s="3"><v>3.5</v></c></row>""", "2024-01-01\t0.3\t3.50" },
        { """<row r="1"><c r="A1" t="str"><f>A2&amp;"年"</f><v>2024年</v></c><c r="B1" s="1"><f>SUM(X1:X9)</f><v>2500.5</v></c></row>""", "2024年\t2,500.50" },
        { """<row r="1"><c r="A1" t="b"><v>1</v></c><c r="C1"><v>12</v></c></row>""", "TRUE\t\t12" },
    };

    [Theory]
    [MemberData(nameof(HandWrittenRows))]
    public void Read_HandWrittenWorkbook_CellsAsExcelShowsThem(string row, string expected)
    {
        var read = XlsxReader.Read("excel.xlsx", XlsxTestFiles.HandWritten(row));

        Assert.True(read.Success, read.Error);
        Assert.Equal(expected, Assert.Single(read.Lines!).Text);
    }

    [Fact]
    public void Read_HandWrittenMergedTitle_TitleTextOnly()
    {
        var bytes = XlsxTestFiles.HandWritten(
            """<row r="1"><c r="B1" t="inlineStr"><is><t>财政项目支出绩效目标申报表</t></is></c><c r="C1"/><c r="D1"/></row><row r="3"><c r="B3" t="s"><v>0</v></c><c r="D3"><v>1</v></c></row>""",
            """<mergeCells count="1"><mergeCell ref="B1:D1"/></mergeCells>""");

        var read = XlsxReader.Read("excel.xlsx", bytes);

        Assert.Equal(["财政项目支出绩效目标申报表", "", "项目名称\t\t1"], read.Lines!.Select(l => l.Text));
        Assert.Equal("工作表“绩效目标表”第 3 行", read.Lines![2].Location);
    }

    [Fact]
    public void Read_WorkbookWithoutContent_FailsWithReason()
    {
        using var workbook = new XLWorkbook();
        workbook.Worksheets.Add("空表").Cell("C3").Style.Fill.BackgroundColor = XLColor.Yellow;

        var read = XlsxReader.Read("空.xlsx", XlsxTestFiles.Save(workbook));

        Assert.False(read.Success);
        Assert.Contains("没有任何填写内容", read.Error);
    }

    [Fact]
    public void AnyDocumentReader_XlsxBytes_DispatchedToXlsxReader()
    {
        var read = AnyDocumentReader.Read("whatever.bin", UserWorkbook());

        Assert.True(read.Success, read.Error);
        Assert.Equal("财政项目支出绩效目标申报表", read.Lines![0].Text);
    }
}
