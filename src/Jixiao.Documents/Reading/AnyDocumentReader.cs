using Jixiao.Documents.Text;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Turns any supported file (txt/md, html, xlsx, docx, pdf) into numbered lines in the text shape the form and
/// disclosure importers understand (tab-separated table rows, merged cells blank after their first cell), each line
/// carrying its location in the source file. One entry point, so CLI, web upload and bulk import read alike.
/// </summary>
public static class AnyDocumentReader
{
    /// <summary>The file's lines, cleaned (<see cref="SourceLines.Clean"/>): the one place document text enters.</summary>
    public static ReadResult Read(string name, byte[] bytes)
    {
        var read = ReadRaw(name, bytes);
        return read.Success ? ReadResult.Ok(SourceLines.Clean(read.Lines!)) : read;
    }

    private static ReadResult ReadRaw(string name, byte[] bytes)
    {
        if (bytes.LongLength > TextDocumentReader.MaxBytes)
            return ReadResult.Fail($"“{name}”过大（{bytes.LongLength / 1024 / 1024} MB，上限 {TextDocumentReader.MaxBytes / 1024 / 1024} MB）。");
        if (bytes.Length == 0) return ReadResult.Fail($"“{name}”是空文件。");
        // The xlsx and docx readers run OfficePackageGuard themselves, so a package is checked once whoever calls them.
        return SourceFormats.Sniff(name, bytes) switch
        {
            SourceFormat.Docx => DocxReader.Read(name, bytes),
            SourceFormat.Pdf => PdfReader.Read(name, bytes),
            SourceFormat.Html => HtmlReader.Read(name, bytes),
            SourceFormat.OtherPackage => ReadResult.Fail(OfficePackageGuard.Check(name, bytes) ?? $"“{name}”是压缩包或无法识别的 Office 文件，不是 xlsx/docx 表格或文档。"),
            SourceFormat.Xlsx => XlsxReader.Read(name, bytes),
            _ => TextDocumentReader.ReadBytes(name, bytes),
        };
    }

    public static ReadResult ReadFile(string path)
    {
        if (Directory.Exists(path)) return ReadResult.Fail($"“{path}”是目录，不是文件。");
        if (!File.Exists(path)) return ReadResult.Fail($"找不到文件“{path}”。");
        try
        {
            var length = new FileInfo(path).Length;
            if (length > TextDocumentReader.MaxBytes)
                return ReadResult.Fail($"“{path}”过大（{length / 1024 / 1024} MB，上限 {TextDocumentReader.MaxBytes / 1024 / 1024} MB）。");
            return Read(Path.GetFileName(path), File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail($"无法读取“{path}”：{e.Message}");
        }
    }
}
