using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Domain.Review.Narrative;

/// <summary>
/// An implementation period found in narrative text. Month-only starts are day 1, month-only ends the last day
/// of the month; <see cref="YearsOnly"/> for `(2023-2024)` ranges (1 Jan – 31 Dec).
/// </summary>
public sealed record NarrativePeriod(DateOnly Start, DateOnly End, bool YearsOnly, string Text)
{
    /// <summary>
    /// The project the sentence gives this period for, when it names one (`区政务外网驻场运维服务项目实施的起止时间为…`
    /// → `区政务外网驻场运维服务项目`); null when the sentence names none. `该项目`/`本项目` are returned as written.
    /// </summary>
    public string? Subject { get; init; }
}

/// <summary>
/// Periods in narrative text (target-grammar.md §9), pure and total.
/// <code>
/// period  := date sep date | date sep month              ; 2024年8月-2025年7月, 2024 年 1 月（至 2024 年 12 月）
/// date    := year "年" month "月" [day ("日"|"号")]
/// sep     := ["（"|"("] ("至"|"到"|"-"|"—"|"–"|"~"|"～"|"－")
/// range   := ("("|"（") year ("-"|"—"|"–") year (")"|"）")   ; 松江区政务云运营运维项目(2023-2024), （2021 年- 2021年）
/// </code>
/// </summary>
public static partial class NarrativePeriods
{
    [GeneratedRegex(@"(?<ay>(?:19|20)\d{2})\s*年\s*(?<am>\d{1,2})\s*月(?:\s*(?<ad>\d{1,2})\s*[日号])?\s*(?:[（(]\s*)?(?:至|到|[-—–~～－])\s*(?:(?<by>(?:19|20)\d{2})\s*年\s*)?(?<bm>\d{1,2})\s*月(?:\s*(?<bd>\d{1,2})\s*[日号])?(?:\s*底)?\s*[）)]?")]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"[(（]\s*(?<a>(?:19|20)\d{2})\s*年?\s*[-—–~～－]\s*(?<b>(?:19|20)\d{2})\s*年?\s*[)）]")]
    private static partial Regex YearRangeRegex();

    /// <summary>Every dated period (two month-precise ends) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<NarrativePeriod> Extract(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var result = new List<NarrativePeriod>();
        foreach (Match m in PeriodRegex().Matches(text))
        {
            var ay = Int(m, "ay");
            var by = m.Groups["by"].Success ? Int(m, "by") : ay;
            var start = MakeDate(ay, Int(m, "am"), m.Groups["ad"].Success ? Int(m, "ad") : 1);
            var bm = Int(m, "bm");
            var end = m.Groups["bd"].Success
                ? MakeDate(by, bm, Int(m, "bd"))
                : bm is >= 1 and <= 12 ? MakeDate(by, bm, DateTime.DaysInMonth(by, bm)) : null;
            if (start is null || end is null) continue;
            result.Add(new NarrativePeriod(start.Value, end.Value, false, m.Value.Trim()) { Subject = SubjectBefore(text, m.Index) });
        }

        return result;
    }

    /// <summary>`(2023-2024)` year ranges, e.g. in a project name or goal header.</summary>
    public static IReadOnlyList<NarrativePeriod> ExtractYearRanges(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return YearRangeRegex().Matches(text)
            .Select(m => (A: Int(m, "a"), B: Int(m, "b"), m.Value))
            .Select(r => new NarrativePeriod(new DateOnly(r.A, 1, 1), new DateOnly(r.B, 12, 31), true, r.Value))
            .ToList();
    }

    /// <summary>`X项目[的][实施][的](起止时间|实施周期|周期|期间)为` right before the period, in its sentence.</summary>
    [GeneratedRegex(@"(?<subject>[^。；;，,：:\n]*?项目)\s*的?\s*(?:实施)?\s*的?\s*(?:起止时间|实施周期|周期|实施期间|期间|服务期)\s*(?:为|是)?\s*[：:]?\s*$")]
    private static partial Regex SubjectLabel();

    private static string? SubjectBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && text[start - 1] is not ('。' or '；' or ';' or '\n')) start--;
        var m = SubjectLabel().Match(text[start..index]);
        return m.Success ? string.Concat(m.Groups["subject"].Value.Where(c => !char.IsWhiteSpace(c))) : null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static DateOnly? MakeDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
