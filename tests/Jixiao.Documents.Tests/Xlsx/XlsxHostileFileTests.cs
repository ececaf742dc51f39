using System.Diagnostics;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Xlsx;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Forms;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>Files that are not a readable workbook fail with a Chinese reason, quickly, without exhausting memory.</summary>
public sealed class XlsxHostileFileTests
{
    // A hang guard, not a speed goal (a bomb inflated in full would run for minutes; bench measures speed).
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    private static byte[] Rendered() =>
        new XlsxRenderer().Render(FormLayouts.Declaration(XlsxTestFiles.SeedProjects(Seeds.District2024B)[0]));

    public static TheoryData<string, Func<byte[]>, string> Files => new()
    {
        // case, bytes, a word the Chinese reason must contain
        { "empty file", () => [], "空文件" },
        { "truncated to half", () => Rendered()[..(Rendered().Length / 2)], "损坏" },
        { "truncated after the first entry header", () => Rendered()[..64], "损坏" },
        { "random bytes", () => RandomBytes(4096), "不是有效" },
        { "OLE container (encrypted xlsx or old xls)", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(2048)], "加密" },
        { "300 MB of zeros in the sheet part", () => XlsxTestFiles.ZipBomb(300), "压缩炸弹" },
        { "50 MB part at a 1000:1 ratio", () => XlsxTestFiles.ZipBomb(50), "压缩炸弹" },
        { "300 MB of zeros declared as 1 KB", () => XlsxTestFiles.DeclareSize(XlsxTestFiles.ZipBomb(300), "xl/worksheets/sheet1.xml", 1024), "损坏" },
        { "more merged ranges than any form has", ManyMerges, "合并单元格过多" },
        { "a docx renamed to xlsx", XlsxTestFiles.Docx, "不是 Excel 工作簿" },
        { "a plain zip", () => XlsxTestFiles.Zip(("readme.txt", "项目名称")), "不是 Excel 工作簿" },
        { "workbook part that is not xml", () => XlsxTestFiles.Zip(("[Content_Types].xml", "<"), ("xl/workbook.xml", "项目名称")), "损坏" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_HostileFile_FailsWithChineseReasonInBoundedTime(string name, Func<byte[]> make, string reason)
    {
        var bytes = make();
        var clock = Stopwatch.StartNew();

        var read = XlsxReader.Read("表格.xlsx", bytes);

        Assert.False(read.Success, name);
        Assert.Contains(reason, read.Error);
        Assert.Contains("表格.xlsx", read.Error);
        Assert.True(clock.Elapsed < Bound, $"{name}: {clock.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ImportBytes_HostileXlsx_FailsWithoutThrowing(string name, Func<byte[]> make, string reason)
    {
        _ = reason;
        var outcome = DocumentImporter.ImportBytes("表格.xlsx", make());

        Assert.False(outcome.Success, name);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Error));
    }

    private static byte[] ManyMerges()
    {
        var merges = string.Concat(Enumerable.Range(1, XlsxReader.MaxMergedRanges + 1).Select(r => $"<mergeCell ref=\"A{r}:B{r}\"/>"));
        return XlsxTestFiles.HandWritten("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>""", $"<mergeCells>{merges}</mergeCells>");
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20241123).NextBytes(bytes);
        return bytes;
    }
}
