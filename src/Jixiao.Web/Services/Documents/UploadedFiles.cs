using System.IO.Compression;
using Jixiao.Documents.Reading;
using Jixiao.Domain.Text;

namespace Jixiao.Web.Services.Documents;

/// <summary>One document to import, or the reason it cannot be read out of its zip.</summary>
public sealed record UploadedDocument(string Name, byte[]? Bytes, string? Error);

/// <summary>
/// Expands uploaded files into the documents to import: a zip (not an xlsx/docx package) yields its entries, every
/// other file itself. Zip entries are read with hard caps, since a zip's declared sizes can lie.
/// </summary>
public static class UploadedFiles
{
    public const int MaxEntries = 500;
    public const long MaxExpandedBytes = 200L * 1024 * 1024;

    public static IEnumerable<UploadedDocument> Expand(string name, byte[] bytes)
    {
        name = TextHygiene.Clean(name); // file and entry names are shown and stored like any other text
        if (!IsZip(name, bytes))
        {
            yield return new UploadedDocument(name, bytes, null);
            yield break;
        }
        List<UploadedDocument> documents;
        try { documents = ReadZip(name, bytes); }
        catch (InvalidDataException)
        {
            documents = [new UploadedDocument(name, null, $"“{name}”不是有效的 zip 压缩包，或已损坏。")];
        }
        foreach (var d in documents) yield return d;
    }

    private static bool IsZip(string name, byte[] bytes) =>
        bytes.AsSpan().StartsWith("PK\u0003\u0004"u8) && SourceFormats.Sniff(name, bytes) == SourceFormat.OtherPackage
        && name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static List<UploadedDocument> ReadZip(string name, byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var files = zip.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
            && !Path.GetFileName(e.FullName).StartsWith('.')).ToList();
        if (files.Count > MaxEntries) return [new UploadedDocument(name, null, $"“{name}”包含 {files.Count} 个文件，超过上限 {MaxEntries} 个。")];
        var documents = new List<UploadedDocument>();
        long total = 0;
        foreach (var entry in files)
        {
            var entryName = TextHygiene.Clean($"{name}/{entry.FullName}");
            var content = ReadCapped(entry, DocumentImportService.MaxBytes);
            if (content is null)
            {
                documents.Add(new UploadedDocument(entryName, null, $"“{entryName}”超过 {DocumentImportService.MaxBytes / 1024 / 1024} MB，未导入。"));
                continue;
            }
            total += content.Length;
            if (total > MaxExpandedBytes)
                return [new UploadedDocument(name, null, $"“{name}”解压后超过 {MaxExpandedBytes / 1024 / 1024} MB，疑似压缩炸弹，未导入。")];
            documents.Add(entry.FullName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
                ? new UploadedDocument(entryName, null, $"“{entryName}”是压缩包中的压缩包，请先解开再导入。")
                : new UploadedDocument(entryName, content, null));
        }
        return documents;
    }

    private static byte[]? ReadCapped(ZipArchiveEntry entry, int cap)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
