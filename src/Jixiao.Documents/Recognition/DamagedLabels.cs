namespace Jixiao.Documents.Recognition;

/// <summary>
/// Labels OCR damaged (`实施第位` for 实施单位, `主管部n` for 主管部门, `年初预匏数` for 年初预算数, `财政审1度评分` for
/// 财政审核评分): printed words close to one known label and to no other. A label of four or five characters may differ in
/// one character (not its first); one of six or more in one edit, or two where a letter or digit shows the damage (a
/// character read as two), its first and last characters intact. Shorter labels are too close to ordinary words to be read through damage. The caller keeps the
/// printed text and says the label was read so.
/// </summary>
internal static class DamagedLabels
{
    /// <summary>Shortest label read through damage.</summary>
    private const int MinLength = 4;

    /// <summary>Labels this long or longer may carry two edits.</summary>
    private const int TwoEditsFrom = 6;

    /// <summary>Words where a form's indicator grid starts: text after them is no header, and is not read through damage.</summary>
    private static readonly string[] GridStarts = ["一级指标", "绩效指标", "三级指标", "指标名称"];

    /// <summary>
    /// The label of <paramref name="labels"/> that the whole word <paramref name="word"/> (compact, not itself a label) is
    /// a damaged print of, or null when none or more than one is that close.
    /// </summary>
    public static string? Whole(string word, IEnumerable<string> labels)
    {
        // A heading of the indicator grid (年度绩效指标) is no damaged header label (年度绩效目标).
        if (word.Length < MinLength || GridStarts.Any(g => word.Contains(g, StringComparison.Ordinal))) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var label in labels)
        {
            if (label.Length < MinLength || label[0] != word[0] || !Close(word, label, out var d)) continue;
            if (d < bestDistance || (d == bestDistance && label.Length > best!.Length)) (best, bestDistance, tie) = (label, d, false);
            else if (d == bestDistance && label != best && label.Length == best?.Length) tie = true;
        }
        return tie ? null : best;
    }

    /// <summary>
    /// The damaged label starting at <paramref name="i"/> of compact running text <paramref name="s"/>: the label and the
    /// printed length, or null; the label ends before <paramref name="limit"/>. <paramref name="starting"/> are the labels
    /// starting with s[i].
    /// </summary>
    public static (string Label, int Length)? At(string s, int i, int limit, IReadOnlyList<string> starting)
    {
        (string Label, int Length)? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var label in starting)
        {
            if (label.Length < MinLength) continue;
            var edits = label.Length >= TwoEditsFrom ? 2 : 0;
            for (var length = label.Length - edits; length <= label.Length + edits; length++)
            {
                if (i + length > limit) break;
                var printed = s.Substring(i, length);
                if (!Close(printed, label, out var d)) continue;
                // At the same distance the longer label wins (年初预算数 over 年初预算); two as long are a tie.
                if (d < bestDistance || (d == bestDistance && label.Length > best!.Value.Label.Length)) (best, bestDistance, tie) = ((label, length), d, false);
                else if (d == bestDistance && best?.Label != label && label.Length == best?.Label.Length) tie = true;
            }
        }
        return tie ? null : best;
    }

    /// <summary>Where the header of compact running text <paramref name="s"/> ends: the indicator grid's first heading.</summary>
    public static int HeaderEnd(string s)
    {
        var end = s.Length;
        foreach (var w in GridStarts)
        {
            var at = s.IndexOf(w, StringComparison.Ordinal);
            if (at >= 0) end = Math.Min(end, at);
        }
        return end;
    }

    /// <summary>True when <paramref name="printed"/> is a damaged print of <paramref name="label"/> (distance in d).</summary>
    private static bool Close(string printed, string label, out int d)
    {
        d = int.MaxValue;
        if (printed == label || printed[0] != label[0] || !label.All(IsCjk)) return false;
        if (label.Length < TwoEditsFrom)
        {
            if (printed.Length != label.Length) return false;
            d = printed.Zip(label).Count(p => p.First != p.Second);
            return d == 1;
        }
        if (printed[^1] != label[^1]) return false;
        d = Distance(printed, label);
        // Two edits only where the damage shows (a letter or digit for a character): two other Chinese characters make
        // another word (项目绩效目标 is no 项目年度目标).
        return d == 1 || (d == 2 && !printed.All(IsCjk));
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Levenshtein distance of two short words.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
