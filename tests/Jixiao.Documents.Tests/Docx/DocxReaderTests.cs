using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Reading;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Jixiao.Documents.Tests.Docx;

/// <summary>Word files written by people (not by us): wrappers, nested tables, revisions; and hostile files.</summary>
public class DocxReaderTests
{
    [Fact]
    public void Read_HandMadeWordForm_FlattensNestedTablesAndSkipsEmptyParagraphs()
    {
        var nested = new Table(
            new TableRow(Cell("数量指标"), Cell("培训人数")),
            new TableRow(Cell("质量指标"), Cell("合格率")));
        var body = new Body(
            new Paragraph(),
            new Paragraph(new Run(new WordText("财政项目支出绩效目标申报表"))),
            new Paragraph(new Run(new WordText("   "))),
            new SdtBlock(new SdtContentBlock(new Paragraph(new Run(new WordText("（2024 年度）"))))),
            new Paragraph(new Run(new WordText("第一行")), new Run(new Break()), new Run(new WordText("第二行"))),
            new Paragraph(
                new Run(new WordText("保留")),
                new DeletedRun(new Run(new DeletedText("删除"))),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End })),
            new Table(
                new TableRow(
                    new TableRowProperties(new GridBefore { Val = 1 }),
                    Cell("项目名称", span: 2), Cell("某项目")),
                new TableRow(
                    Cell("绩效指标", merge: MergedCellValues.Restart),
                    new TableCell(new Paragraph(new Run(new WordText("段一"))), new Paragraph(), new Paragraph(new Run(new WordText("段二")))),
                    new TableCell(new Paragraph(new Run(new WordText("嵌套"))), nested, new Paragraph()),
                    Cell("")),
                new TableRow(
                    new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph(new Run(new WordText("被合并")))),
                    new SdtCell(new SdtContentCell(Cell("控件内"))),
                    Cell(""), Cell("尾"))),
            new Paragraph());

        var read = DocxReader.Read("表.docx", Docx(body));

        Assert.True(read.Success, read.Error);
        Assert.Equal(
            [
                ("财政项目支出绩效目标申报表", "第 1 段"),
                ("（2024 年度）", "第 2 段"),
                ("第一行", "第 3 段"),
                ("第二行", "第 3 段"),
                ("保留", "第 4 段"),
                ("\t项目名称\t\t某项目", "第 1 个表格第 1 行"),
                ("绩效指标\t段一<br><br>段二\t嵌套", "第 1 个表格第 2 行"),
                ("数量指标\t培训人数", "第 1 个表格第 2 行内嵌表格第 1 行"),
                ("质量指标\t合格率", "第 1 个表格第 2 行内嵌表格第 2 行"),
                ("\t控件内\t\t尾", "第 1 个表格第 3 行"),
            ],
            read.Lines!.Select(l => (l.Text, l.Location!)));
    }

    [Fact]
    public void Read_DocumentWithoutText_RefusedInChinese()
    {
        var read = DocxReader.Read("空.docx", Docx(new Body(new Paragraph(), new Table(new TableRow(Cell(""))))));

        Assert.False(read.Success);
        Assert.Contains("没有任何文字", read.Error);
    }

    public static TheoryData<string, byte[], string> HostileFiles()
    {
        var valid = DocxSamples.Renderer.Render(DocxSamples.Declaration(Forms.Seeds.District2024A, 0));
        var random = new byte[4096];
        new Random(5).NextBytes(random);
        return new TheoryData<string, byte[], string>
        {
            { "0 bytes", [], "空文件" },
            { "truncated to half", valid[..(valid.Length / 2)], "损坏" },
            { "random bytes", random, "不是有效的 Office 文件" },
            { "OLE container (encrypted docx or old doc)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "已加密" },
            { "xlsx named .docx", Xlsx(), "不是 Word 文档" },
            { "zip without Word parts", Zip(("readme.txt", "hello"u8.ToArray())), "不是 Word 文档" },
            { "document.xml is not XML", ReplaceEntry(valid, "word/document.xml", "<w:document><w:body>"u8.ToArray()), "损坏" },
            { "zip bomb part", AddEntry(valid, "word/media/bomb.bin", new byte[4 * 1024 * 1024]), "压缩炸弹" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Read_HostileFile_ClearChineseErrorNeverThrows(string reason, byte[] bytes, string expected)
    {
        var read = DocxReader.Read("来文.docx", bytes);

        Assert.False(read.Success, reason);
        Assert.Contains("来文.docx", read.Error);
        Assert.Contains(expected, read.Error);
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void AnyDocumentReader_HostileFile_NeverThrows(string reason, byte[] bytes, string expected)
    {
        var read = AnyDocumentReader.Read("来文.docx", bytes);

        Assert.False(read.Success && reason != "xlsx named .docx", $"{reason}: {expected}");
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is not null) properties.Append(new VerticalMerge { Val = merge });
        return new TableCell(properties, new Paragraph(new Run(new WordText(text))));
    }

    private static byte[] Docx(Body body)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
            word.AddMainDocumentPart().Document = new Document(body);
        return stream.ToArray();
    }

    private static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var book = new ClosedXML.Excel.XLWorkbook())
        {
            book.AddWorksheet("表").Cell(1, 1).Value = "项目名称";
            book.SaveAs(stream);
        }
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        return stream.ToArray();
    }

    private static byte[] ReplaceEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }

    private static byte[] AddEntry(byte[] package, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(content);
        }
        return stream.ToArray();
    }
}
