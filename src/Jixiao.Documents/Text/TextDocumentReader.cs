using System.Text;

namespace Jixiao.Documents.Text;

/// <summary>
/// Reads a document file into numbered lines, refusing what is not a readable text document with a one-line
/// Chinese reason. Decodes UTF-8 (with or without BOM), UTF-16 with BOM, and falls back to GB18030, the
/// encoding older Chinese office exports use.
/// </summary>
public static class TextDocumentReader
{
    public const long MaxBytes = 50L * 1024 * 1024;

    static TextDocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ReadResult ReadBytes(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return ReadResult.Fail($"“{name}”是空文件。");
        if (DescribeBinary(bytes) is { } kind) return ReadResult.Fail($"“{name}”是{kind}，不是文本文档；当前仅支持 txt/md/html 文本格式。");
        var text = Decode(bytes);
        if (text is null) return ReadResult.Fail($"“{name}”不是可识别的文本编码（UTF-8/UTF-16/GB18030）。");
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail($"“{name}”没有任何文字内容。");
        return ReadResult.Ok(SplitLines(text));
    }

    /// <summary>
    /// One line per line ending of any kind (those <see cref="string.ReplaceLineEndings()"/> knows), a last empty line
    /// after a final ending, as splitting the text with its endings made `\n` would give — without that copy.
    /// </summary>
    public static IReadOnlyList<SourceLine> SplitLines(string text)
    {
        // Sized for LF and CRLF text up front: growing a list of a 50 MB document's lines copied it many times over.
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var number = 1;
        foreach (var line in text.AsSpan().EnumerateLines())
            lines.Add(new SourceLine(number++, line.ToString()));
        return lines;
    }

    private static string? DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8)) return "PDF 文件";
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return "压缩包或 Office 文件（xlsx/docx）";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return "旧版 Office 文件（xls/doc）";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return null; // UTF-16 text
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0) return "二进制文件";
            if (b < 0x09 || b is > 0x0D and < 0x20) controls++;
        }
        return controls * 20 > head.Length ? "二进制文件" : null;
    }

    /// <summary>The text of <paramref name="bytes"/> (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030), null if none fits.</summary>
    internal static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { }
        try { return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }
}

/// <summary>The lines of a document, or the Chinese reason it could not be read.</summary>
public sealed record ReadResult(IReadOnlyList<SourceLine>? Lines, string? Error)
{
    public bool Success => Lines is not null;
    public static ReadResult Ok(IReadOnlyList<SourceLine> lines) => new(lines, null);
    public static ReadResult Fail(string error) => new(null, error);
}
