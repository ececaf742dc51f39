using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Domain.Review.Narrative;

/// <summary>
/// Money statements in narrative text (target-grammar.md §9). Pure and total: never throws on user text.
/// <code>
/// amount     := ["约" ["为"]] number unit ["/" per]
/// number     := digits ["," digits]* ["." digits]
/// unit       := "亿元" | "万元" | "元" | "万"          ; "万" not followed by a count noun (万条, 万人次 are counts)
/// per        := "千字" | one CJK character            ; 115 万元/年, 1000 元/千字
/// year line  := year "年" ("：" | ":") amount           ; 2023年：607.98万元
/// percent-of := [amount] "的" pct "%" "即" amount      ; 95.00 万元的 45.00%即 42.75 万元
/// q × p      := number noun ("×"|"x"|"*") amount "/" noun … amount
/// </code>
/// Roles: an amount inside an enumerated piece (`1.`, `(9)`, `①`, `一是`) is an Item; otherwise a total keyword in
/// the text since the previous amount makes it a Total; per-unit markers (`单次`, `人均`, `/年`) make it PerUnit.
/// </summary>
public static partial class NarrativeAmounts
{
    private const string AmountPattern =
        @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>亿元|万元|元|万(?![条人次份个册件户张家台套项篇字]))(?:\s*/\s*(?<per>千字|\p{IsCJKUnifiedIdeographs}))?";

    [GeneratedRegex(@"(?<![\d.,])" + AmountPattern)]
    private static partial Regex AmountRegex();

    [GeneratedRegex(@"(?<![\d.])(?<year>(?:19|20)\d{2})\s*年\s*[：:]\s*$")]
    private static partial Regex YearLineLabel();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*年度?\s*(?:预算|申请|计划)")]
    private static partial Regex YearQualifier();

    [GeneratedRegex(@"(?:^|(?<=[。；;，,：:\s]))(?:\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、是])")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"的\s*(?<pct>\d+(?:\.\d+)?)\s*[%％]\s*即\s*$")]
    private static partial Regex PercentOfLabel();

    [GeneratedRegex(@"(?:(?<=的|其中|执行)\s*(?<pct>\d+(?:\.\d+)?)\s*[%％])|(?:(?<pct>\d+(?:\.\d+)?)\s*[%％](?=\s*(?:用于|即)))")]
    private static partial Regex ShareRegex();

    [GeneratedRegex(@"(?<![\d.])(?<year>(?:19|20)\d{2})(?![\d.%])")]
    private static partial Regex ClauseYearRegex();

    [GeneratedRegex(@"(?<q>\d+(?:\.\d+)?)\s*(?<noun>\p{IsCJKUnifiedIdeographs}{1,2}?)\s*[×xX*＊]\s*$")]
    private static partial Regex QuantityTimesLabel();

    private static readonly string[] TotalKeywords =
        ["总计", "合计", "总预算", "总金额", "总额", "总资金", "资金共计", "预算资金", "资金需求", "预算金额", "申请资金", "总投资"];

    private static readonly string[] PerUnitMarkers = ["单次", "每次", "每场", "每人", "每月", "每年", "单价", "人均", "平均"];

    private static readonly string[] ApproxMarkers = ["约", "约为", "大约", "约合"];

    /// <summary>Every amount in <paramref name="text"/>, in order, with its role.</summary>
    public static IReadOnlyList<AmountMention> Extract(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var result = new List<AmountMention>();
        List<(int Start, int End)>? enumerated = null; // built on first need: most amounts never ask
        var previousEnd = 0;
        foreach (var m in AmountRegex().EnumerateMatches(text))
        {
            var segmentStart = SegmentStart(text, m.Index);
            var labelStart = Math.Max(previousEnd, segmentStart);
            var label = text.AsSpan(labelStart, m.Index - labelStart);
            previousEnd = m.Index + m.Length;
            var figure = AmountFigure.Of(text.AsSpan(m.Index, m.Length));
            if (!TryAmount(figure, out var yuan, out var tolerance)) continue;

            var trimmed = label.TrimEnd();
            var approx = EndsWithAny(trimmed, ApproxMarkers);
            var per = figure.Per.IsEmpty ? null : figure.Per.ToString();
            int? year = null;
            AmountRole role;
            if (FirstMatchAt(YearLineLabel(), label) is { } yearLine)
            {
                role = AmountRole.YearLine;
                year = YearAt(label, yearLine);
            }
            else if (PercentOfLabel().IsMatch(label))
            {
                role = AmountRole.PercentResult;
            }
            else if (NextNonSpace(text, previousEnd) == '的' && PercentAfter(text, previousEnd))
            {
                role = AmountRole.PercentBase;
            }
            else if (per is not null || EndsWithPerMarker(trimmed))
            {
                role = AmountRole.PerUnit;
            }
            else if (ContainsAny(Tail(label, 16), TotalKeywords) && !InRanges(enumerated ??= EnumeratedRanges(text), m.Index))
            {
                role = AmountRole.Total;
                var tail = Tail(label, 20);
                if (FirstMatchAt(YearQualifier(), tail) is { } q) year = YearAt(tail, q);
            }
            else
            {
                role = AmountRole.Item;
            }

            result.Add(new AmountMention(yuan, tolerance, approx, role, year, per, Compact(text.AsSpan(m.Index, m.Length)), m.Index, m.Length));
        }

        return result;
    }

    /// <summary>Where the leftmost match of <paramref name="regex"/> in <paramref name="input"/> starts, without allocating a Match.</summary>
    private static int? FirstMatchAt(Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input)) return m.Index;
        return null;
    }

    /// <summary>The year that opens a YearLineLabel or YearQualifier match (both patterns start with `(?&lt;year&gt;(?:19|20)\d{2})`).</summary>
    private static int YearAt(ReadOnlySpan<char> input, int matchIndex) =>
        int.Parse(input.Slice(matchIndex, 4), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>`{A} 万元的 {P}%即 {B} 万元` statements; A is null when the base is not a figure.</summary>
    public static IReadOnlyList<PercentStatement> ExtractPercentStatements(string? text) =>
        string.IsNullOrEmpty(text) ? [] : ExtractPercentStatements(text, Extract(text));

    /// <summary><see cref="ExtractPercentStatements(string)"/> over the <paramref name="amounts"/> already extracted from <paramref name="text"/>.</summary>
    internal static IReadOnlyList<PercentStatement> ExtractPercentStatements(string text, IReadOnlyList<AmountMention> amounts)
    {
        var result = new List<PercentStatement>();
        for (var i = 0; i < amounts.Count; i++)
        {
            var b = amounts[i];
            if (b.Role != AmountRole.PercentResult) continue;
            var labelStart = i > 0 ? amounts[i - 1].End : 0;
            var pct = PercentOfLabel().Match(text[labelStart..b.Index]);
            if (!pct.Success) continue;
            var a = i > 0 && amounts[i - 1].Role == AmountRole.PercentBase ? amounts[i - 1] : null;
            var start = a?.Index ?? labelStart + pct.Index;
            result.Add(new PercentStatement(a, decimal.Parse(pct.Groups["pct"].Value, CultureInfo.InvariantCulture), b,
                text[start..b.End].Trim()));
        }

        return result;
    }

    /// <summary>
    /// Percentage shares of a budget plan (`其中 30%用于…`, `…总额的 70%`), with `剩余` detection. A cap
    /// (`不超过项目总投资的 10%`, `…的 10%以内`) limits an amount and splits nothing: it is no share. Each share keeps
    /// the total it is a share of (<see cref="ShareMention.Base"/>), so shares of different amounts never add up.
    /// </summary>
    public static ShareSplit ExtractShares(string? text)
    {
        if (string.IsNullOrEmpty(text)) return new ShareSplit([], false);
        var shares = ShareRegex().Matches(text)
            .Where(m => !IsCap(text, m))
            .Select(m => new ShareMention(decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture), ClauseYear(text, m.Index))
            {
                Base = ShareBase(text, m),
            })
            .ToList();
        var remainder = new[] { "剩余", "其余", "余下", "余款" }.Any(w => text.Contains(w, StringComparison.Ordinal));
        return new ShareSplit(shares, remainder);
    }

    private static readonly string[] CapBefore = ["不超过", "不高于", "不得超过", "不得高于", "不大于", "最高", "最多", "上限"];

    private static readonly string[] CapAfter = ["以内", "以下", "为限", "封顶"];

    /// <summary>The share's clause limits rather than splits: a cap word before it in the clause, or right after it.</summary>
    private static bool IsCap(string text, Match m)
    {
        var clause = text.AsSpan(ClauseStart(text, m.Index), m.Index - ClauseStart(text, m.Index));
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        return ContainsAny(clause, CapBefore) || StartsWithAny(after, CapAfter);
    }

    /// <summary>
    /// What a `…的 P%` share is a share of: the clause's words before `的`, whitespace and a leading year
    /// (`2025 计划执行项目总额` → `计划执行项目总额`) removed. Empty for `其中 P%`, `P%用于`: the section's one total.
    /// </summary>
    private static string ShareBase(string text, Match m)
    {
        var pct = m.Groups["pct"].Index;
        var de = text.LastIndexOf('的', Math.Max(0, pct - 1));
        if (de < 0 || text.AsSpan(de + 1, pct - de - 1).Trim().Length > 0) return "";
        var words = LeadingYear().Replace(Compact(text.AsSpan(ClauseStart(text, m.Index), de - ClauseStart(text, m.Index))), "");
        // The total is the noun phrase after the clause's last verb: `设置为运营服务费用` → `运营服务费用`.
        var cut = BaseVerbs.Select(v => (At: words.LastIndexOf(v, StringComparison.Ordinal), v.Length)).MaxBy(x => x.At);
        return cut.At >= 0 && cut.At + cut.Length < words.Length ? words[(cut.At + cut.Length)..] : words;
    }

    private static readonly string[] BaseVerbs = ["为", "是", "占", "按", "支付", "用于", "执行"];

    [GeneratedRegex(@"^(?:19|20)\d{2}年?度?")]
    private static partial Regex LeadingYear();

    private static int ClauseStart(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('，' or ',' or '；' or ';' or '。' or '\n')) start--;
        return start;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
            if (text.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The first year (`2025`, `2025 年`) of the clause that ends at <paramref name="index"/>.</summary>
    private static int? ClauseYear(string text, int index)
    {
        var m = ClauseYearRegex().Match(text[ClauseStart(text, index)..index]);
        return m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>`{q}{noun} × {price}/{per} … {amount}` statements within one sentence.</summary>
    public static IReadOnlyList<QuantityPriceStatement> ExtractQuantityPrice(string? text) =>
        string.IsNullOrEmpty(text) ? [] : ExtractQuantityPrice(text, Extract(text));

    /// <summary><see cref="ExtractQuantityPrice(string)"/> over the <paramref name="amounts"/> already extracted from <paramref name="text"/>.</summary>
    internal static IReadOnlyList<QuantityPriceStatement> ExtractQuantityPrice(string text, IReadOnlyList<AmountMention> amounts)
    {
        var result = new List<QuantityPriceStatement>();
        for (var i = 0; i < amounts.Count; i++)
        {
            var price = amounts[i];
            if (price.Role != AmountRole.PerUnit) continue;
            var labelStart = i > 0 ? amounts[i - 1].End : SegmentStart(text, price.Index);
            var q = QuantityTimesLabel().Match(text[Math.Max(labelStart, SegmentStart(text, price.Index))..price.Index]);
            if (!q.Success) continue;
            var sentenceEnd = SentenceEnd(text, price.Index);
            var stated = amounts.Skip(i + 1)
                .FirstOrDefault(a => a.Index < sentenceEnd && a.Role is AmountRole.Item or AmountRole.Total);
            var end = stated?.End ?? price.End;
            var start = Math.Max(labelStart, SegmentStart(text, price.Index)) + q.Index;
            result.Add(new QuantityPriceStatement(
                decimal.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture), q.Groups["noun"].Value, price, stated,
                text[start..end].Trim()));
        }

        return result;
    }

    /// <summary>
    /// The groups of one <see cref="AmountRegex"/> match, read from the matched text instead of a Match object:
    /// `num` is the leading run of digits, `,` and `.` (nothing else can precede the unit); after optional
    /// whitespace, `unit` is `亿元`, `万元` (a `元` right after `万` is always part of it), `元` or `万`; `per` is what
    /// follows the `/`, if anything.
    /// </summary>
    private readonly ref struct AmountFigure(ReadOnlySpan<char> num, ReadOnlySpan<char> unit, ReadOnlySpan<char> per)
    {
        public ReadOnlySpan<char> Num { get; } = num;
        public ReadOnlySpan<char> Unit { get; } = unit;
        public ReadOnlySpan<char> Per { get; } = per;

        public static AmountFigure Of(ReadOnlySpan<char> match)
        {
            var numEnd = 0;
            while (numEnd < match.Length && (char.IsDigit(match[numEnd]) || match[numEnd] is ',' or '.')) numEnd++;
            var unitStart = numEnd;
            while (unitStart < match.Length && char.IsWhiteSpace(match[unitStart])) unitStart++;
            var unitLength = match[unitStart] == '亿' || (match[unitStart] == '万' && unitStart + 1 < match.Length && match[unitStart + 1] == '元') ? 2 : 1;
            var rest = match[(unitStart + unitLength)..];
            var per = rest.IsEmpty ? [] : rest[(rest.IndexOf('/') + 1)..].TrimStart();
            return new AmountFigure(match[..numEnd], match.Slice(unitStart, unitLength), per);
        }
    }

    private static bool TryAmount(AmountFigure figure, out decimal yuan, out decimal tolerance)
    {
        yuan = 0m;
        tolerance = 0m;
        Span<char> buffer = figure.Num.Length <= 64 ? stackalloc char[figure.Num.Length] : new char[figure.Num.Length];
        var n = 0;
        foreach (var c in figure.Num)
            if (c != ',') buffer[n++] = c;
        ReadOnlySpan<char> digits = buffer[..n];
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        var scale = figure.Unit switch
        {
            "亿元" => 100_000_000m,
            "万元" or "万" => 10_000m,
            _ => 1m,
        };
        yuan = value * scale;
        // A figure printed in 万元 with k decimals carries ±0.5 × 10⁻ᵏ of its unit; 元 figures are exact.
        tolerance = scale == 1m ? 0m : scale * 0.5m / Pow10(decimals);
        return true;
    }

    private static decimal Pow10(int k)
    {
        var p = 1m;
        for (var i = 0; i < Math.Min(k, 20); i++) p *= 10m;
        return p;
    }

    // Longest first, so `约为` is stripped whole rather than as `约`.
    private static readonly string[] ApproxMarkersLongestFirst = ApproxMarkers.OrderByDescending(a => a.Length).ToArray();

    private static bool EndsWithPerMarker(ReadOnlySpan<char> label)
    {
        var core = label;
        foreach (var a in ApproxMarkersLongestFirst)
            if (core.EndsWith(a, StringComparison.Ordinal)) { core = core[..^a.Length].TrimEnd(); break; }
        if (core.EndsWith('为')) core = core[..^1].TrimEnd();
        return EndsWithAny(core, PerUnitMarkers);
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
            if (text.EndsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
            if (text.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool InRanges(List<(int Start, int End)> ranges, int index)
    {
        foreach (var (start, end) in ranges)
            if (index >= start && index < end) return true;
        return false;
    }

    private static string Compact(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
            if (!char.IsWhiteSpace(c)) buffer[n++] = c;
        return buffer[..n].ToString();
    }

    private static ReadOnlySpan<char> Tail(ReadOnlySpan<char> s, int n) => s.Length <= n ? s : s[^n..];

    /// <summary>The first non-whitespace character at or after <paramref name="index"/>, or '\0' at the end.</summary>
    private static char NextNonSpace(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
            if (!char.IsWhiteSpace(text[i])) return text[i];
        return '\0';
    }

    private static bool PercentAfter(string text, int index)
    {
        var next = text.AsSpan(index, Math.Min(text.Length - index, 16));
        return next.Contains('%') || next.Contains('％');
    }

    /// <summary>Start of the clause holding <paramref name="index"/> (after `。；;` or a line break).</summary>
    private static int SegmentStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (text[i] is '。' or '；' or ';' or '\n') return i + 1;
        return 0;
    }

    private static int SentenceEnd(string text, int index)
    {
        for (var i = index; i < text.Length; i++)
            if (text[i] is '。' or '；' or ';' or '\n') return i;
        return text.Length;
    }

    /// <summary>Ranges from an enumerator (`1.`, `(9)`, `①`, `一是`) to the next enumerator or line end.</summary>
    private static List<(int Start, int End)> EnumeratedRanges(string text)
    {
        var ranges = new List<(int, int)>();
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var starts = Enumerator().Matches(line).Select(m => m.Index).ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : line.Length;
                ranges.Add((lineStart + starts[i], lineStart + end));
            }

            lineStart += line.Length + 1;
        }

        return ranges;
    }
}
