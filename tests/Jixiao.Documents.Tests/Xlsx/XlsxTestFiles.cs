using System.IO.Compression;
using System.Text;
using ClosedXML.Excel;
using Jixiao.Documents.Tests.Forms;
using Jixiao.Domain.Projects;

namespace Jixiao.Documents.Tests.Xlsx;

/// <summary>Real projects from the seeds and small helpers to build or doctor xlsx packages in tests.</summary>
internal static class XlsxTestFiles
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Project>> Imported = new();

    /// <summary>The projects of a seed, imported once per test run (records: shared safely).</summary>
    public static IReadOnlyList<Project> SeedProjects(string seed) =>
        Imported.GetOrAdd(seed, s => DocumentImporter.ImportLines(s, Seeds.Lines(s)).Document!.Package.Projects);

    public static XLWorkbook Open(byte[] bytes) => new(new MemoryStream(bytes, writable: false));

    public static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Replaces text inside one part of a package, e.g. to add the cached value Excel writes after a formula.</summary>
    public static byte[] EditPart(byte[] package, string part, string oldText, string newText)
    {
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var buffer = new MemoryStream();
                source.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (entry.FullName == part)
                {
                    var xml = Encoding.UTF8.GetString(bytes);
                    Assert.Contains(oldText, xml, StringComparison.Ordinal);
                    bytes = Encoding.UTF8.GetBytes(xml.Replace(oldText, newText, StringComparison.Ordinal));
                }
                using var target = zip.CreateEntry(entry.FullName).Open();
                target.Write(bytes);
            }
        }
        return output.ToArray();
    }

    /// <summary>A zip with the given text entries.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        return output.ToArray();
    }

    /// <summary>
    /// An xlsx-looking zip whose sheet part inflates to <paramref name="megabytes"/> MB of zeros, written in chunks so
    /// the test itself never holds the inflated data.
    /// </summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in MinimalWorkbookParts)
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(Encoding.UTF8.GetBytes(text));
            }
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) sheet.Write(zeros);
        }
        return output.ToArray();
    }

    /// <summary>
    /// Rewrites the uncompressed size an entry declares, in its local header and in the central directory, as a
    /// hostile zip would to slip past checks of declared sizes.
    /// </summary>
    public static byte[] DeclareSize(byte[] zip, string entry, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(entry);
        for (var i = 0; i + 46 + name.Length <= bytes.Length; i++)
        {
            if (bytes[i] != 'P' || bytes[i + 1] != 'K') continue;
            var (local, central) = (bytes[i + 2] == 3 && bytes[i + 3] == 4, bytes[i + 2] == 1 && bytes[i + 3] == 2);
            var (nameAt, sizeAt) = local ? (30, 22) : central ? (46, 24) : (0, 0);
            if (nameAt == 0 || !bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name)) continue;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), size);
        }
        return bytes;
    }

    private static readonly (string Name, string Text)[] MinimalWorkbookParts =
    [
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
        ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
        ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
    ];

    /// <summary>
    /// A workbook written the way Excel and WPS write one, not ClosedXML: the given sheet xml, shared strings (one
    /// with rich-text runs), built-in and custom number formats in styles (0 General, 1 #,##0.00, 2 date, 3 0.00).
    /// </summary>
    public static byte[] HandWritten(string sheetData, string mergeCells = "")
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        return Zip(
            ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""),
            ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
            ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"""),
            ("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="绩效目标表" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="176" formatCode="0.00_ "/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"""),
            ("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{main}" count="2" uniqueCount="2"><si><t>项目名称</t></si><si><r><rPr><b/></rPr><t>富文本</t></r><r><t xml:space="preserve">示范 </t></r></si></sst>"""),
            ("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}"><sheetData>{sheetData}</sheetData>{mergeCells}</worksheet>"""));
    }

    /// <summary>A minimal Word package: what a .docx renamed to .xlsx looks like inside.</summary>
    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:body></w:document>"""));
}
