using Jixiao.Domain.Text;

namespace Jixiao.Documents.Export;

/// <summary>File and zip-entry names that are valid on every OS and keep the Chinese title readable.</summary>
public static class FileNames
{
    private const int MaxLength = 120;

    public static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', '/', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        // Invisible characters are removed (not shown as `_`), so the name reads as the form's title.
        var cleaned = new string(TextHygiene.Clean(name).Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim(' ', '.');
        if (cleaned.Length == 0) cleaned = "表格";
        return cleaned.Length > MaxLength ? cleaned[..MaxLength] : cleaned;
    }
}
