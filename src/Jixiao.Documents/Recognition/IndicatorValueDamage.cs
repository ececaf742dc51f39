namespace Jixiao.Documents.Recognition;

/// <summary>
/// Signs that a printed value was damaged or never filled in: template placeholders (`≥**人`, `……`), ★ marks,
/// full-width look-alike symbols (≧, ≦, ═) and values that are only a unit. The value is kept as printed; this names
/// what to check, in Chinese.
/// </summary>
internal static class IndicatorValueDamage
{
    private static readonly (string Mark, string Meaning)[] Marks =
    [
        ("**", "含未填写的模板占位符“**”"),
        ("＊＊", "含未填写的模板占位符“＊＊”"),
        ("★", "含★标记"),
        ("≧", "含全角符号“≧”"),
        ("≦", "含全角符号“≦”"),
        ("═", "含制表线符号“═”"),
        ("……", "含省略号占位"),
    ];

    /// <summary>
    /// The letters inside the leading figure of a value (`M.8万元` → `M`), where a digit run and a letter touch in it;
    /// null when the figure is all digits or the text does not start as a figure.
    /// </summary>
    private static string? LetterInNumber(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetterOrDigit(value[end]) || value[end] == '.')) end++;
        var figure = value[..end];
        if (figure.Length < 2 || !figure.Any(char.IsAsciiDigit) || !figure.Any(char.IsAsciiLetter)) return null;
        // A figure with a unit in letters (`80M`, `5G`, `100km`) is no damage: the letters must come before a digit.
        var firstDigit = figure.IndexOf(figure.First(char.IsAsciiDigit));
        var lettersBefore = figure[..firstDigit].Where(char.IsAsciiLetter).ToList();
        return lettersBefore.Count > 0 ? string.Concat(lettersBefore) : null;
    }

    /// <summary>What is wrong with <paramref name="text"/>, or null when nothing is.</summary>
    public static string? Describe(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var found = Marks.Where(m => text.Contains(m.Mark, StringComparison.Ordinal)).Select(m => m.Meaning).ToList();
        var bare = IndicatorGridVocabulary.Compact(text).TrimStart('≥', '≤', '>', '<', '=', '≧', '≦', '═', '＝');
        if (IndicatorUnitWords.IsUnit(bare)) found.Add("只有单位、没有数值");
        // `M.8万元`, `1O0%`: a letter where the number's digits stand is OCR damage; the figure is not guessed.
        if (LetterInNumber(bare) is { } letter) found.Add($"数字中含疑似识别错误的字符“{letter}”");
        return found.Count == 0 ? null : string.Join("；", found);
    }
}
