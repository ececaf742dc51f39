using System.IO.Compression;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Checks an xlsx/docx (a zip package) before any parser opens it, so a hostile file fails fast with a Chinese
/// reason instead of exhausting memory: encrypted Office files (an OLE container, not a zip), truncated or corrupt
/// zips, too many entries, and zip bombs (declared uncompressed size or compression ratio beyond sane forms).
/// </summary>
public static class OfficePackageGuard
{
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    public const int MaxCompressionRatio = 200;

    /// <returns>null when the package may be opened, else the reason it is refused.</returns>
    public static string? Check(string name, byte[] bytes)
    {
        if (bytes.Length == 0) return $"“{name}”是空文件。";
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return $"“{name}”已加密或是旧版 Office 格式（xls/doc），无法读取；请去掉密码并另存为 xlsx/docx 后再导入。";
        if (!bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)) return $"“{name}”不是有效的 Office 文件（xlsx/docx）。";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return $"“{name}”包含的部件过多（{zip.Entries.Count} 个），已拒绝。";
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes)
                    return $"“{name}”解压后超过 {MaxUncompressedBytes / 1024 / 1024} MB，疑似压缩炸弹，已拒绝。";
                if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio && entry.Length > 1024 * 1024)
                    return $"“{name}”中的部件“{entry.FullName}”压缩比异常（{entry.Length / entry.CompressedLength}:1），疑似压缩炸弹，已拒绝。";
            }
        }
        catch (InvalidDataException)
        {
            return $"“{name}”已损坏或不完整，无法读取。";
        }
        return null;
    }
}
