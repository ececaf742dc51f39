namespace Jixiao.Documents.Recognition;

/// <summary>The template's numbering placeholder in front of an indicator name: `指标1:`, `指标 2：`, OCR'd `指标L:`.</summary>
internal static class IndicatorNamePlaceholder
{
    /// <summary>The name without its leading `指标N:` placeholders (`指标1:指标2:` → ``); the text itself when it has none.</summary>
    public static string Strip(string name)
    {
        var stripped = StripOne(name);
        while (stripped != name)
        {
            name = stripped;
            stripped = StripOne(name);
        }
        return stripped;
    }

    /// <summary>N of a leading `指标N:` printed in digits (`指标12:` → 12), or null when the text does not start so.</summary>
    public static int? Number(string text)
    {
        var t = text.TrimStart();
        if (StripOne(t) == t || !t.StartsWith("指标", StringComparison.Ordinal)) return null;
        var digits = string.Concat(t[2..].TrimStart().TakeWhile(char.IsAsciiDigit));
        return digits.Length is > 0 and <= 3 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string StripOne(string name)
    {
        var t = name.TrimStart();
        if (!t.StartsWith("指标", StringComparison.Ordinal)) return name;
        var i = 2;
        while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
        var digitsFrom = i;
        while (i < t.Length && (char.IsDigit(t[i]) || "一二三四五六七八九十LlIi".Contains(t[i], StringComparison.Ordinal))) i++;
        if (i == digitsFrom || i > digitsFrom + 3) return name;
        while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
        return i < t.Length && t[i] is ':' or '：' ? t[(i + 1)..].Trim() : name;
    }
}
