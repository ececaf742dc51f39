namespace Jixiao.Documents.Layout;

/// <summary>Excel sheet-name rules: ≤ 31 characters, none of `[]:*?/\`, unique within the workbook.</summary>
public static class SheetNames
{
    public static string Safe(string name, ISet<string> used)
    {
        var cleaned = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim('\'', ' ');
        if (cleaned.Length == 0) cleaned = "表";
        if (cleaned.Length > 31) cleaned = cleaned[..31];
        var candidate = cleaned;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $"({n})";
            candidate = (cleaned.Length + suffix.Length > 31 ? cleaned[..(31 - suffix.Length)] : cleaned) + suffix;
        }
        return candidate;
    }
}
