using Jixiao.Domain.Targets;

namespace Jixiao.Documents.Recognition;

/// <summary>
/// Splits text whose cells ran together (PDF, docx or OCR output with no separators) into cell texts:
/// a header is a chain of vocabulary labels (`一级指标二级指标三级指标分值年度指标值…`); a data row is split at category
/// words (`产出指标(70分)`, `数量指标`), at values the target grammar reads (`10≥266米≥266米10` → `10` `≥266米` `≥266米`
/// `10`) and at result words after a value (`>=95.00%已完成` → `>=95.00%` `已完成`). Nothing is changed, only cut.
/// </summary>
internal static class IndicatorGridFlatText
{
    private const int MinimumHeaderLabels = 3;
    private const int LongestValue = 20;
    private const int MaxCategoryHead = 6;
    private const int MinBareLevelWord = 4;
    private const int MaxBareLevelWord = 8;

    /// <summary>The first run of at least three header labels in <paramref name="text"/>: where it starts and ends, and the labels.</summary>
    public static (int Start, int End, IReadOnlyList<string> Labels)? FindHeader(string text)
    {
        for (var start = 0; start < text.Length; start++)
        {
            var labels = new List<string>();
            var i = start;
            while (i < text.Length && LabelAt(text, i) is { } label)
            {
                labels.Add(label);
                i += label.Length;
            }
            if (labels.Count >= MinimumHeaderLabels) return (start, i, labels);
        }
        return null;
    }

    /// <summary>The longest header label at <paramref name="i"/>, with a parenthesised part printed after it (`指标权重(分)`).</summary>
    private static string? LabelAt(string text, int i)
    {
        foreach (var label in IndicatorGridVocabulary.LabelsLongestFirst)
        {
            if (string.CompareOrdinal(text, i, label, 0, label.Length) != 0) continue;
            var end = i + label.Length;
            if (end < text.Length && text[end] is '(' or '（')
            {
                var close = text.IndexOfAny([')', '）'], end);
                if (close > end && close - end <= 6) end = close + 1;
            }
            return text[i..end];
        }
        return null;
    }

    /// <summary>
    /// The cell texts a run-together data text is made of. With the header's column <paramref name="roles"/>, a run of
    /// bare digits is cut into the value columns (<see cref="IndicatorNumberRun"/>) and a unit ending the name before it
    /// goes to the 计量单位 column.
    /// </summary>
    public static IReadOnlyList<string> SplitBody(string text, IReadOnlyList<IndicatorGridColumnRole>? roles = null)
    {
        var slots = roles is null ? [] : IndicatorNumberRun.Slots(roles);
        var unitColumn = roles is not null && roles.Contains(IndicatorGridColumnRole.Unit);
        var cells = new List<string>();
        // Cells cut from a run of digits by the column rules: already one number each.
        var cut = new HashSet<int>();
        var buffer = new System.Text.StringBuilder();
        var afterValue = false;
        // A row starts after a value (the last row's score) or after a level-1 word: there a level word may be printed
        // without its 指标 suffix (`项目立项`, `财务管理`).
        var afterLevel1 = false;
        var bufferAfterValue = false;
        void Flush()
        {
            if (buffer.Length > 0) cells.AddRange(SplitDoubled(buffer.ToString()));
            buffer.Clear();
        }
        void Add(string cell, bool value)
        {
            Flush();
            cells.Add(cell);
            afterValue = value;
            afterLevel1 = false;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (IndicatorGridEnd.IsClosingLabel(text[i..]))
            {
                Add(text[i..], false);
                break;
            }
            if (text[i] == '…')
            {
                var run = i;
                while (run < text.Length && text[run] == '…') run++;
                Add(text[i..run], false);
                i = run;
                continue;
            }
            if (buffer.Length == 0 && afterValue && ResultWordAt(text, i) is { } word)
            {
                Add(word, true);
                i += word.Length;
                continue;
            }
            // `IO` after a value, where the score stands: OCR's letters for digits, cut as the number's cell (kept as printed).
            if (buffer.Length == 0 && afterValue && slots.Count > 0 && OcrLookAlikes.DamagedNumberAt(text, i) is { } damaged)
            {
                Add(damaged, true);
                i += damaged.Length;
                continue;
            }
            var rowStart = buffer.Length == 0 && (cells.Count == 0 || afterValue || afterLevel1);
            if (CategoryAt(text, i, buffer.Length == 0, rowStart) is { } levelWord)
            {
                var head = "";
                // `社会公众或` + `服务对象满意度指标`: a short head joined by a conjunction belongs to the category word.
                if (buffer.Length is > 1 and <= MaxCategoryHead && buffer[^1] is '或' or '和' or '及' or '与' or '、'
                    && !buffer.ToString().Any(c => char.IsDigit(c) || c is ':' or '：'))
                {
                    head = buffer.ToString();
                    buffer.Clear();
                }
                Add(head + levelWord, false);
                afterLevel1 = IndicatorCategoryWords.Classify(levelWord) == CategoryKind.Level1;
                i += levelWord.Length;
                continue;
            }
            // `415万元15万元4` under 分值 | 指标值 | 实际值 | 得分: a weight, then a target the actual repeats.
            if (!EndsWithPlaceholderWord(buffer) && slots.Count > 0 && slots[0] == IndicatorGridColumnRole.Weight && WeightThenTwiceAt(text, i) is { } twice)
            {
                Flush();
                foreach (var piece in twice.Pieces) cells.Add(piece);
                afterValue = true;
                afterLevel1 = false;
                i += twice.Length;
                continue;
            }
            if (!EndsWithPlaceholderWord(buffer) && NumberRunAt(text, i, slots) is { } numbers)
            {
                var name = buffer.ToString();
                buffer.Clear();
                if (name.Length > 0) cells.AddRange(unitColumn && UnitAtEnd(name) is { } unit ? [name[..^unit.Length], unit] : [name]);
                foreach (var piece in numbers.Pieces)
                {
                    cut.Add(cells.Count);
                    cells.Add(piece);
                }
                afterValue = true;
                i += numbers.Length;
                continue;
            }
            if (!EndsWithPlaceholderWord(buffer) && ValueAt(text, i) is { } value)
            {
                // `3M.8万元`: letters OCR printed for a digit right after the last value belong to this value (kept as printed).
                var damagedHead = bufferAfterValue && buffer.Length is > 0 and <= 2 && buffer.ToString().All(c => char.IsAsciiLetter(c) || c == '.')
                    && buffer.ToString().Any(char.IsAsciiLetter) ? buffer.ToString() : "";
                if (damagedHead.Length > 0) buffer.Clear();
                Add(damagedHead + value, true);
                i += value.Length;
                continue;
            }
            if (buffer.Length == 0) bufferAfterValue = afterValue;
            buffer.Append(text[i]);
            afterValue = false;
            afterLevel1 = false;
            i++;
        }
        Flush();
        if (roles is not null && HasColumnAfterTarget(roles)) SplitCommonTail(cells, cut);
        return SplitRepeatedValues(cells, cut);
    }

    /// <summary>
    /// A weight (a number of at most three digits, no more than the pool) followed by a value printed twice (the target
    /// and the actual alike: `2370人2370人`, `2021年12月完成2021年12月完成`), then a score's digit: the three cells, or null.
    /// </summary>
    private static (IReadOnlyList<string> Pieces, int Length)? WeightThenTwiceAt(string text, int i)
    {
        if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.'))) return null;
        for (var w = 1; w <= 3 && i + w < text.Length; w++)
        {
            var weight = text.Substring(i, w);
            if (!weight.All(char.IsAsciiDigit) || (weight.Length > 1 && weight[0] == '0') || int.Parse(weight, System.Globalization.CultureInfo.InvariantCulture) is 0 or > 100) break;
            var from = i + w;
            if (!char.IsAsciiDigit(text[from])) continue;
            for (var len = Math.Min(LongestValue, (text.Length - from) / 2); len >= 2; len--)
            {
                var end = from + 2 * len;
                if (string.CompareOrdinal(text, from, text, from + len, len) != 0) continue;
                var value = text.Substring(from, len);
                if (!IndicatorValueShape.LooksLikeValue(value) || value[^1] == '.') continue;
                if (end < text.Length && (char.IsAsciiDigit(text[end]) || OcrLookAlikes.DamagedNumberAt(text, end) is not null)) return ([weight, value, value], 2 * len + w);
            }
        }
        return null;
    }

    /// <summary>A run of bare digits at <paramref name="i"/> that cuts into the value columns, or null.</summary>
    private static (IReadOnlyList<string> Pieces, int Length)? NumberRunAt(string text, int i, IReadOnlyList<IndicatorGridColumnRole> slots)
    {
        if (slots.Count < 2 || !char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.'))) return null;
        var end = i;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.')) end++;
        // `95.00%`, `3.5万元`: a number with a unit of its own is read by the target grammar.
        if (end < text.Length && (text[end] is '%' or '％' || IsRangeAt(text, end))) return null;
        var strict = end < text.Length && UnitAt(text, end);
        return IndicatorNumberRun.Cut(text[i..end], slots, strict) is { } pieces ? (pieces, end - i) : null;
    }

    /// <summary>A range sign at <paramref name="i"/> (`1-12月`): a dash followed by a digit; `6-严格…` is a number and a dash cell.</summary>
    private static bool IsRangeAt(string text, int i) =>
        text[i] is '-' or '－' or '~' or '～' or '—' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    private static bool UnitAt(string text, int i)
    {
        for (var len = 1; len <= 4 && i + len <= text.Length; len++)
            if (IndicatorUnitWords.IsUnit(text.Substring(i, len))) return true;
        return false;
    }

    /// <summary>The longest unit word ending <paramref name="name"/> (`完成率%` → `%`, `管护面积万亩` → `万亩`), or null.</summary>
    private static string? UnitAtEnd(string name)
    {
        for (var len = Math.Min(4, name.Length - 1); len >= 1; len--)
            if (IndicatorUnitWords.IsUnit(name[^len..])) return name[^len..];
        return null;
    }

    // `指标2:` is a numbering placeholder: its digit is no value.
    private static bool EndsWithPlaceholderWord(System.Text.StringBuilder buffer) =>
        buffer.Length >= 2 && buffer[^2] == '指' && buffer[^1] == '标';

    // Result words of an actual that follow a value; the grammar's qualitative words (及时, 完成) also begin names.
    private static readonly string[] ResultWords = ["已完成", "未完成", "基本完成", "已达成", "未达成", "已达标", "未达标"];

    private static string? ResultWordAt(string text, int i) =>
        ResultWords.FirstOrDefault(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0);

    /// <summary>The longest category word at <paramref name="i"/> (`产出指标`, `质量指标(5分)`, `项目决策(10分)`), or null.</summary>
    private static string? CategoryAt(string text, int i, bool atCellStart, bool rowStart = false)
    {
        for (var len = Math.Min(16, text.Length - i); len >= 4; len--)
        {
            var candidate = text.Substring(i, len);
            if (!candidate.EndsWith("指标", StringComparison.Ordinal) && !candidate.EndsWith(')') && !candidate.EndsWith('）')) continue;
            if (IndicatorCategoryWords.Classify(candidate) is CategoryKind.Level1 or CategoryKind.Level2 or CategoryKind.Either) return candidate;
        }
        // A known level word without its suffix (`项目立项`, `项Fl实施`) only where a row starts: inside a row it begins a name
        // (`财务管理` over `财务管理制度有效性`).
        for (var len = Math.Min(MaxBareLevelWord, text.Length - i); rowStart && len >= MinBareLevelWord; len--)
        {
            var candidate = text.Substring(i, len);
            if (!char.IsAsciiDigit(candidate[^1]) && IndicatorCategoryWords.Classify(candidate) is CategoryKind.Level1 or CategoryKind.Level2 or CategoryKind.Either)
                return candidate;
        }
        // An unknown `…指标` word only where a cell starts (inside a name it is part of the name), holding no other `指标`.
        for (var len = Math.Min(16, text.Length - i); atCellStart && len >= 4; len--)
        {
            var candidate = text.Substring(i, len);
            if (candidate.EndsWith("指标", StringComparison.Ordinal) && candidate.IndexOf("指标", StringComparison.Ordinal) == len - 2
                && IndicatorCategoryWords.Classify(candidate) == CategoryKind.Unknown && !EndsWithKnownCategory(candidate))
                return ClosingBracket(text, i + len, candidate);
        }
        return null;
    }

    /// <summary>`项目年度绩效目标(定量指标)`: a word whose bracket closes right after it keeps its closing bracket.</summary>
    private static string ClosingBracket(string text, int end, string word) =>
        end < text.Length && text[end] is ')' or '）' && word.Count(c => c is '(' or '（') > word.Count(c => c is ')' or '）') ? word + text[end] : word;

    private static bool EndsWithKnownCategory(string candidate)
    {
        for (var k = 1; k <= candidate.Length - 4; k++)
            if (IndicatorCategoryWords.Classify(candidate[k..]) is CategoryKind.Level1 or CategoryKind.Level2 or CategoryKind.Either) return true;
        return false;
    }

    /// <summary>The longest value the target grammar reads at <paramref name="i"/> whose unit is a real unit, or null.</summary>
    private static string? ValueAt(string text, int i)
    {
        var c = text[i];
        if (!char.IsAsciiDigit(c) && !"≥≤><=≧≦＝".Contains(c, StringComparison.Ordinal)) return null;
        // `4项目立项…`: the characters after a number that begin a level word are no unit of it.
        var digitsEnd = i;
        while (digitsEnd < text.Length && (char.IsAsciiDigit(text[digitsEnd]) || text[digitsEnd] == '.')) digitsEnd++;
        var longest = digitsEnd > i && digitsEnd < text.Length && CategoryAt(text, digitsEnd, atCellStart: true, rowStart: true) is not null
            ? digitsEnd - i
            : LongestValue;
        for (var len = Math.Min(longest, text.Length - i); len >= 1; len--)
        {
            var candidate = text.Substring(i, len);
            var end = i + len;
            // A value does not stop inside a range (`1-12月`), a decimal (`95.00%`) or a number.
            if (candidate[^1] == '.') continue;
            if (end < text.Length && (text[end] == '.' || IsRangeAt(text, end) || (char.IsAsciiDigit(text[end]) && char.IsAsciiDigit(candidate[^1])))) continue;
            if (IndicatorValueShape.IsValue(candidate)) return candidate;
            // `=提高`: a comparator before a qualitative or relative word of the grammar.
            if (!char.IsAsciiDigit(c) && QualitativeVocabulary.Words.Contains(candidate.TrimStart('≥', '≤', '>', '<', '=', '≧', '≦', '＝'))) return candidate;
        }
        return null;
    }

    /// <summary>`显著提升显著提升`: the target and the actual printed alike and run together.</summary>
    private static IEnumerable<string> SplitDoubled(string text)
    {
        var half = text.Length / 2;
        return text.Length % 2 == 0 && half >= 2 && string.CompareOrdinal(text, 0, text, half, half) == 0 ? [text[..half], text[half..]] : [text];
    }

    private const int MinimumRowsForCommonTail = 3;

    private static bool HasColumnAfterTarget(IReadOnlyList<IndicatorGridColumnRole> roles)
    {
        var target = roles.ToList().FindLastIndex(r => r == IndicatorGridColumnRole.Target);
        return target >= 0 && target < roles.Count - 1;
    }

    /// <summary>
    /// `88100` `68100` `20100`: when every bare number of the grid ends in the same digits (two or more, not starting
    /// with 0) after digits of its own, that tail is the next column's value printed alike on every row (`100`).
    /// </summary>
    private static void SplitCommonTail(List<string> cells, HashSet<int> cut)
    {
        var numbers = Enumerable.Range(0, cells.Count).Where(k => !cut.Contains(k) && cells[k].All(char.IsAsciiDigit)).ToList();
        if (numbers.Count < MinimumRowsForCommonTail || numbers.Any(k => cells[k][0] == '0')) return;
        var first = cells[numbers[0]];
        var shortest = numbers.Min(k => cells[k].Length);
        var tail = 0;
        while (tail < shortest - 1 && numbers.All(k => cells[k][^(tail + 1)] == first[^(tail + 1)])) tail++;
        while (tail >= 2 && first[^tail] == '0') tail--;
        if (tail < 2) return;
        foreach (var k in numbers.OrderByDescending(k => k))
        {
            var text = cells[k];
            cells[k] = text[..^tail];
            cells.Insert(k + 1, text[^tail..]);
        }
        // Indexes after an insertion moved; the tails and heads are plain numbers that need no further cutting.
        cut.Clear();
    }

    /// <summary>`20100%` before `100%`: a weight run into the target that the actual repeats (`20` `100%` `100%`).</summary>
    private static List<string> SplitRepeatedValues(List<string> cells, HashSet<int> cut)
    {
        var result = new List<string>();
        for (var k = 0; k < cells.Count; k++)
        {
            var cell = cells[k];
            var next = k + 1 < cells.Count ? cells[k + 1] : null;
            if (next is not null && !cut.Contains(k) && cell.Length > next.Length && cell.EndsWith(next, StringComparison.Ordinal)
                && cell[..^next.Length] is var head && head.All(char.IsAsciiDigit) && head[0] != '0' && char.IsAsciiDigit(next[0]))
            {
                result.Add(head);
                result.Add(next);
                continue;
            }
            result.Add(cell);
        }
        return result;
    }
}
