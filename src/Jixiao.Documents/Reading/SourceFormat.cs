using System.IO.Compression;

namespace Jixiao.Documents.Reading;

public enum SourceFormat
{
    Text,
    Html,
    Xlsx,
    Docx,
    Pdf,
    /// <summary>A zip or OLE file that is not a readable xlsx/docx (refused by <see cref="OfficePackageGuard"/> or unknown).</summary>
    OtherPackage,
}

/// <summary>Recognises a file's format by its content (magic bytes, package parts), the name only breaking ties for text.</summary>
public static class SourceFormats
{
    public static SourceFormat Sniff(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8)) return SourceFormat.Pdf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return SourceFormat.OtherPackage;
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return SniffPackage(bytes.ToArray());
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is ".html" or ".htm") return SourceFormat.Html;
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 2048)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? SourceFormat.Html
            : SourceFormat.Text;
    }

    private static SourceFormat SniffPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is not null) return SourceFormat.Xlsx;
            if (zip.GetEntry("word/document.xml") is not null) return SourceFormat.Docx;
        }
        catch (InvalidDataException)
        {
            // A truncated package: let the guard explain.
        }
        return SourceFormat.OtherPackage;
    }
}
