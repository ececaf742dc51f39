using System.Text;
using Jixiao.Documents.Reading;
using Jixiao.Documents.Tests.Html;

namespace Jixiao.Documents.Tests.Pdf;

public class PdfReaderRobustnessTests
{
    [Fact]
    public void Read_ScannedPdfWithoutTextLayer_ClearChineseError()
    {
        using var dir = new TempDir();
        var form = Tools.Write(dir, "form.pdf", PdfSamples.Pdf(LayoutSamples.Declarations2024A));
        Assert.Equal(0, Tools.Run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", form, Path.Combine(dir.Path, "scan")).ExitCode);
        File.WriteAllText(Path.Combine(dir.Path, "scan.html"),
            "<!DOCTYPE html><html><body style=\"margin:0\"><img src=\"scan.png\" style=\"width:100%\"></body></html>");
        var scanned = Path.Combine(dir.Path, "scan.pdf");
        Tools.Run("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(dir.Path, "profile")}", $"--print-to-pdf={scanned}", new Uri(Path.Combine(dir.Path, "scan.html")).AbsoluteUri);

        var read = AnyDocumentReader.Read("扫描件.pdf", File.ReadAllBytes(scanned));

        Assert.False(read.Success);
        Assert.Equal("“扫描件.pdf”没有可提取的文字层（可能是扫描件），请导入原始 Excel/Word 文件或文字版 PDF。", read.Error);
    }

    [Fact]
    public void Read_EncryptedPdf_ClearChineseError()
    {
        var read = PdfReader.Read("加密.pdf", EncryptedPdf());

        Assert.False(read.Success);
        Assert.Contains("已加密", read.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> Broken => new()
    {
        { "only the magic bytes", Encoding.ASCII.GetBytes("%PDF-1.7\n") },
        { "magic bytes then binary junk", [.. Encoding.ASCII.GetBytes("%PDF-1.4\n"), .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 251))] },
        { "an object that never ends", Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n") },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Read_CorruptPdf_ClearErrorNeverThrows(string reason, byte[] bytes)
    {
        var read = PdfReader.Read("坏.pdf", bytes);

        Assert.False(read.Success, reason);
        Assert.Contains("“坏.pdf”", read.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.3, "cut in the middle of the page content")]
    [InlineData(0.9, "cut before the cross-reference table")]
    public void Read_TruncatedExport_NeverThrows(double keep, string reason)
    {
        var pdf = PdfSamples.Pdf(LayoutSamples.Mixed);

        var read = PdfReader.Read("截断.pdf", pdf[..(int)(pdf.Length * keep)]);

        Assert.True(read.Success ? read.Lines is not null : read.Error!.Contains("截断.pdf", StringComparison.Ordinal), reason);
    }

    // A one-page PDF with a standard-security /Encrypt dictionary whose user password is not empty.
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 8 >>\nstream\nqqqqqqqq\nendstream",
            "<< /Filter /Standard /V 1 /R 2 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> /P -44 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
