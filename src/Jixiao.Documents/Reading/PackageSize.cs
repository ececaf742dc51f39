using System.IO.Compression;

namespace Jixiao.Documents.Reading;

/// <summary>
/// Measures what a zip package really inflates to by streaming every entry, stopping at a limit: the sizes a zip
/// declares (all <see cref="OfficePackageGuard"/> can see without inflating) can lie, and a parser such as ClosedXML
/// reads whole parts into memory with no cap of its own.
/// </summary>
public static class PackageSize
{
    /// <param name="package">The zip bytes (already passed by <see cref="OfficePackageGuard.Check"/>).</param>
    /// <param name="limit">Bytes after which measuring stops.</param>
    /// <returns>The inflated size of all entries, or null when it exceeds <paramref name="limit"/> or an entry cannot be inflated.</returns>
    public static long? Inflated(byte[] package, long limit)
    {
        var buffer = new byte[81920];
        long total = 0;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > limit) return null;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
        return total;
    }
}
