using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Jixiao.Documents.Tests.Fuzzing;

/// <summary>One hostile input: a file name (its extension steers format sniffing), the bytes and where it came from.</summary>
public sealed record FuzzFile(string Name, string Family, byte[] Bytes);

/// <summary>What importing one file did: imported (with warnings) or refused (with a reason), cost, or the exception.</summary>
public sealed record ImporterFuzzResult(FuzzFile File, bool Imported, string? Error, int Warnings, TimeSpan Elapsed, long AllocatedBytes, string? Exception)
{
    /// <summary>A clear outcome: no exception, and either a document whose warnings all have a message or a Chinese reason.</summary>
    public bool IsClear => Exception is null && (Imported || !string.IsNullOrWhiteSpace(Error));

    public override string ToString() =>
        $"{File.Family} {File.Name} ({File.Bytes.Length:N0} B): {(Exception ?? (Imported ? $"imported, {Warnings} warnings" : Error))}, " +
        $"{Elapsed.TotalMilliseconds:N0} ms, {AllocatedBytes / 1024 / 1024:N0} MB allocated";
}

/// <summary>
/// Deterministic fuzzer of <see cref="DocumentImporter.ImportBytes"/>, shared by the test run and `bench/fuzz`:
/// seed documents with lines dropped, duplicated and swapped, bytes flipped, truncated anywhere and re-encoded;
/// random bytes; and the fixed hostile set of <see cref="Hostile"/> (50 MB, zip bombs, encrypted, corrupt
/// packages). Each file is imported on the calling thread so its time and allocations can be measured.
/// </summary>
public sealed class ImporterFuzzer(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int seed)
{
    /// <summary>Environment variable that overrides the number of mutated files (the bench sets tens of thousands).</summary>
    public const string CountVariable = "JIXIAO_FUZZ_FILES";

    public static int CountFromEnvironment(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(CountVariable), out var n) && n > 0 ? n : fallback;

    /// <summary>The same <paramref name="count"/> mutated files for the same seeds and seed.</summary>
    public IEnumerable<FuzzFile> Files(int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, bytes) = seeds[random.Next(seeds.Count)];
            var family = random.Next(12) switch
            {
                < 4 => "lines",
                < 6 => "bytes",
                6 => "truncated",
                7 => "random",
                8 => "utf16",
                9 => "html",
                10 => "package",
                _ => "mixed",
            };
            var mutated = family switch
            {
                "lines" => MutateLines(bytes, random),
                "bytes" => FlipBytes(bytes, random),
                "truncated" => bytes[..random.Next(bytes.Length + 1)],
                "random" => RandomBytes(random),
                "utf16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(MutateLines(bytes, random)))).ToArray(),
                "html" => Encoding.UTF8.GetBytes("<html><body><table><tr><td>" + Encoding.UTF8.GetString(MutateLines(bytes, random))
                    .Replace("\t", "</td><td>", StringComparison.Ordinal).Replace("\n", "</td></tr><tr><td>", StringComparison.Ordinal) + "</td></tr></table></body></html>"),
                "package" => RandomPackage(bytes, random),
                _ => FlipBytes(MutateLines(bytes, random), random),
            };
            var extension = family switch { "html" => ".html", "package" => random.Next(2) == 0 ? ".xlsx" : ".docx", _ => Path.GetExtension(name) };
            yield return new FuzzFile($"{i:D6}-{Path.GetFileNameWithoutExtension(name)}{extension}", family, mutated);
        }
    }

    /// <summary>Imports one file, measuring wall time and the bytes allocated on this thread.</summary>
    public static ImporterFuzzResult Import(FuzzFile file)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        try
        {
            var outcome = DocumentImporter.ImportBytes(file.Name, file.Bytes);
            var warnings = outcome.Document?.Warnings ?? [];
            var silent = warnings.FirstOrDefault(w => string.IsNullOrWhiteSpace(w.Message));
            return new ImporterFuzzResult(file, outcome.Success, outcome.Error, warnings.Count, clock.Elapsed,
                GC.GetAllocatedBytesForCurrentThread() - allocatedBefore, silent is null ? null : $"warning without a message at line {silent.Line}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ImporterFuzzResult(file, false, null, 0, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore,
                $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Files no mutation reaches: a 50 MB text (the size limit) made of real forms, one byte over the limit, zip bombs
    /// (one huge entry, many entries, a nested zip), encrypted Office files, corrupt and truncated packages, a PDF
    /// header with garbage, empty, blank, NUL-only and one-enormous-line files. Built on demand (some are large).
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Family, Func<IReadOnlyList<(string Name, byte[] Bytes)>, byte[]> Build)> Hostile =
    [
        ("50mb.txt", "50MB", s => Repeat(s, (int)Text.TextDocumentReader.MaxBytes)),
        ("max-lines.txt", "50MB", s => FirstLines(Repeat(s, 8 * 1024 * 1024), DocumentImporter.MaxLines)),
        ("over-limit.txt", "50MB", s => Repeat(s, (int)Text.TextDocumentReader.MaxBytes + 1)),
        ("bomb.xlsx", "zip-bomb", _ => Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", new byte[64 * 1024 * 1024]))),
        ("bomb.docx", "zip-bomb", _ => Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", new byte[8 * 1024 * 1024]))),
        ("many-parts.xlsx", "zip-bomb", _ => Zip([("xl/workbook.xml", new byte[10]), .. Enumerable.Range(0, 12_000).Select(i => ($"xl/p{i}.xml", new byte[1]))])),
        ("nested.zip", "zip-bomb", _ => Zip(("inner.zip", Zip(("xl/workbook.xml", new byte[4 * 1024 * 1024]))))),
        ("encrypted.xlsx", "encrypted", _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]]),
        ("encrypted.docx", "encrypted", _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Encoding.Unicode.GetBytes("EncryptedPackage")]),
        ("broken.xlsx", "package", _ => BrokenXlsx()),
        ("truncated.xlsx", "package", _ => BrokenXlsx() is var x ? x[..(x.Length / 2)] : []),
        ("broken.docx", "package", _ => BrokenDocx()),
        ("truncated.docx", "package", _ => BrokenDocx() is var d ? d[..(d.Length - 7)] : []),
        ("garbage.pdf", "pdf", _ => [.. "%PDF-1.7\n"u8, .. Encoding.UTF8.GetBytes(new string('(', 100_000)), .. "\n%%EOF"u8]),
        ("header-only.pdf", "pdf", _ => "%PDF-"u8.ToArray()),
        ("empty.txt", "empty", _ => []),
        ("blank.txt", "empty", _ => Encoding.UTF8.GetBytes(" \r\n\t\u3000\n")),
        ("nul.txt", "random", _ => new byte[1024]),
        ("one-line.txt", "long-line", _ => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("项目名称\t绩效目标\t", 400_000)))),
    ];

    public static FuzzFile HostileFile(string name, IReadOnlyList<(string Name, byte[] Bytes)> seeds)
    {
        var (_, family, build) = Hostile.Single(h => h.Name == name);
        return new FuzzFile(name, family, build(seeds));
    }

    private static byte[] BrokenXlsx() => Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()),
        ("xl/workbook.xml", "<workbook><sheets><sheet name=\"申报表\" r:id=\"rId1\"/></sheets></workbook>"u8.ToArray()),
        ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"s\"><v>99999</v></c></row>"u8.ToArray()));

    private static byte[] BrokenDocx() => Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()),
        ("word/document.xml", "<w:document><w:body><w:tbl><w:tr><w:tc>"u8.ToArray()));

    private static byte[] MutateLines(byte[] bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var edits = random.Next(1, 40);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(5))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 3:
                    var block = lines.Skip(at).Take(random.Next(1, 30)).ToList();
                    lines.InsertRange(random.Next(lines.Count + 1), block);
                    break;
                default:
                    var text = lines[at];
                    lines[at] = text.Length == 0 ? "\t" : text.Insert(random.Next(text.Length), random.Next(3) switch { 0 => "\t", 1 => "9999999999999999999999", _ => "　" });
                    break;
            }
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var flips = random.Next(1, 64);
        for (var f = 0; f < flips && copy.Length > 0; f++)
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 64 * 1024)];
        random.NextBytes(bytes);
        // Sometimes disguise the garbage as a known format.
        ReadOnlySpan<byte> magic = random.Next(5) switch { 0 => "%PDF-1.4"u8, 1 => "PK\u0003\u0004"u8, 2 => [0xD0, 0xCF, 0x11, 0xE0], 3 => [0xEF, 0xBB, 0xBF], _ => [] };
        magic[..Math.Min(magic.Length, bytes.Length)].CopyTo(bytes);
        return bytes;
    }

    // A package with the parts a reader looks for, holding a mutated seed or garbage, sometimes cut short.
    private static byte[] RandomPackage(byte[] seedBytes, Random random)
    {
        var body = random.Next(2) == 0 ? FlipBytes(seedBytes, random) : RandomBytes(random);
        var zip = random.Next(2) == 0
            ? Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("xl/workbook.xml", body), ("xl/worksheets/sheet1.xml", body))
            : Zip(("[Content_Types].xml", "<Types/>"u8.ToArray()), ("word/document.xml", body));
        return random.Next(3) == 0 ? zip[..random.Next(zip.Length)] : zip;
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero); // deterministic bytes
                using var part = entry.Open();
                part.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static byte[] FirstLines(byte[] text, int lines)
    {
        var end = 0;
        for (var n = 0; n < lines - 1 && end < text.Length; end++)
            if (text[end] == (byte)'\n') n++;
        return text[..end];
    }

    // Whole seed documents one after another (never a cut UTF-8 sequence), the tail padded with line breaks.
    private static byte[] Repeat(IReadOnlyList<(string Name, byte[] Bytes)> seeds, int length)
    {
        var bytes = new byte[length];
        var at = 0;
        for (var i = 0; at + seeds[i % seeds.Count].Bytes.Length + 1 <= length; i++)
        {
            var part = seeds[i % seeds.Count].Bytes;
            part.CopyTo(bytes, at);
            at += part.Length;
            bytes[at++] = (byte)'\n';
        }

        bytes.AsSpan(at).Fill((byte)'\n');
        return bytes;
    }
}
