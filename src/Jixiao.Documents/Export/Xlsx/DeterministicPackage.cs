using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Export.Xlsx;

/// <summary>
/// Rewrites a saved Office package so the same content always gives the same bytes: System.IO.Packaging names the
/// core-properties part with a random GUID and gives package relationships random ids, and every zip entry carries
/// the save time. The core properties move to `docProps/core.xml` (where Office itself puts them), ids become
/// `rIdN`, entry times a fixed stamp. Part contents are otherwise untouched.
/// </summary>
internal static partial class DeterministicPackage
{
    private const string CorePart = "docProps/core.xml";

    public static byte[] Normalize(byte[] package, DateTime stamp)
    {
        using var input = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var coreEntry = input.Entries.FirstOrDefault(e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var content = ReadAll(entry);
                var name = entry.FullName;
                if (entry == coreEntry) name = CorePart;
                else if (coreEntry is not null && name == "_rels/.rels") content = FixPackageRelationships(content, coreEntry.FullName);
                else if (coreEntry is not null && name == "[Content_Types].xml") content = FixContentTypes(content);
                var target = zip.CreateEntry(name, CompressionLevel.Optimal);
                target.LastWriteTime = stamp;
                using var stream = target.Open();
                stream.Write(content);
            }
        }
        return output.ToArray();
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[] FixPackageRelationships(byte[] content, string corePartName)
    {
        var xml = Encoding.UTF8.GetString(content).Replace("/" + corePartName, "/" + CorePart, StringComparison.Ordinal);
        var next = RelationshipId().Matches(xml).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        xml = RandomRelationshipId().Replace(xml, _ => $"Id=\"rId{next++}\"");
        return Encode(xml);
    }

    private static byte[] FixContentTypes(byte[] content)
    {
        var xml = PsmdcpDefault().Replace(Encoding.UTF8.GetString(content), m => $"<Override PartName=\"/{CorePart}\" ContentType=\"{m.Groups[1].Value}\" />");
        return Encode(xml);
    }

    // A byte-order mark survives: GetString keeps it as U+FEFF, which encodes back to the same bytes.
    private static byte[] Encode(string xml) => new UTF8Encoding(false).GetBytes(xml);

    [GeneratedRegex("Id=\"rId([0-9]+)\"")]
    private static partial Regex RelationshipId();

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex("<Default Extension=\"psmdcp\" ContentType=\"([^\"]+)\" />")]
    private static partial Regex PsmdcpDefault();
}
