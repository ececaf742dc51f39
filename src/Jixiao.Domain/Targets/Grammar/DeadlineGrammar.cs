namespace Jixiao.Domain.Targets.Grammar;

// deadline := ( monthly | within | dated ) ['完成']
// monthly  := '每月' ( day ('日'|'号') before | '底' before )          每月20日前, 每月底前
// within   := '当年内' | '年内' | '本年内' | '本年度内' | '年度内' | '年底前'   当年内, 年内完成
// dated    := year '年' ( '底' [before] | '内' )                        2024年底前 (= 12月底前), 2024年内
//           | [year '年'] month '月' '底' [before]                      2024年8月底前, 2023年10月底
//           | [year '年'] month '月' [day ('日'|'号')] before           2024年10月前, 10月20日前
//           | year '年' month '月' [day ('日'|'号')]                    2023年10月31日 (a date, mostly actuals)
//           | year '-' month '-' day                                   2023-10-31
// before   := '前' | '之前' | '以前'
internal static class DeadlineGrammar
{
    private static readonly string[] WithinYear = ["当年内", "年内", "本年内", "本年度内", "年度内", "年底前"];
    private static readonly string[] Before = ["之前", "以前", "前"];
    private static readonly string[] DayMarks = ["日", "号"];

    public static TargetValue? TryParse(string text, TargetValue seed)
    {
        var body = text.Length > 2 && text.EndsWith("完成", StringComparison.Ordinal) ? text[..^2] : text;
        if (WithinYear.Contains(body))
        {
            return Deadline(seed, new DeadlineSpec(Recurrence.None, null, null, null, DeadlineAnchor.WithinYear));
        }

        var cursor = new TextCursor(body);
        var spec = cursor.TryConsume("每月") ? Monthly(ref cursor) : Dated(ref cursor);
        return spec is not null && cursor.AtEnd ? Deadline(seed, spec) : null;
    }

    private static TargetValue Deadline(TargetValue seed, DeadlineSpec spec) =>
        seed with { Kind = TargetKind.Deadline, Deadline = spec };

    private static DeadlineSpec? Monthly(ref TextCursor cursor)
    {
        if (cursor.TryConsume("底"))
        {
            return cursor.TryConsumeAny(Before)
                ? new DeadlineSpec(Recurrence.Monthly, null, null, null, DeadlineAnchor.EndOfMonthBefore)
                : null;
        }

        return cursor.TryReadInt(1, 2, out var day) && day is >= 1 and <= 31
            && cursor.TryConsumeAny(DayMarks) && cursor.TryConsumeAny(Before)
            ? new DeadlineSpec(Recurrence.Monthly, null, null, day, DeadlineAnchor.Before)
            : null;
    }

    private static DeadlineSpec? Dated(ref TextCursor cursor)
    {
        int? year = null;
        if (cursor.TryReadInt(4, 4, out var y))
        {
            // `0023年` is not a year: it would print as `23年`, which no longer reads as a date (RT-3).
            if (y < 1000)
            {
                return null;
            }

            if (cursor.TryConsume("-"))
            {
                return IsoDate(ref cursor, y);
            }

            if (!cursor.TryConsume("年"))
            {
                return null;
            }

            year = y;
            if (cursor.TryConsume("底"))
            {
                var anchor = cursor.TryConsumeAny(Before) ? DeadlineAnchor.EndOfMonthBefore : DeadlineAnchor.AtEndOfMonth;
                return new DeadlineSpec(Recurrence.None, year, 12, null, anchor);
            }

            if (cursor.TryConsume("内"))
            {
                return new DeadlineSpec(Recurrence.None, year, null, null, DeadlineAnchor.WithinYear);
            }
        }

        if (!cursor.TryReadInt(1, 2, out var month) || month is < 1 or > 12 || !cursor.TryConsume("月"))
        {
            return null;
        }

        if (cursor.TryConsume("底"))
        {
            var anchor = cursor.TryConsumeAny(Before) ? DeadlineAnchor.EndOfMonthBefore : DeadlineAnchor.AtEndOfMonth;
            return new DeadlineSpec(Recurrence.None, year, month, null, anchor);
        }

        int? day = null;
        if (cursor.TryReadInt(1, 2, out var d))
        {
            if (!cursor.TryConsumeAny(DayMarks) || !IsValidDay(year, month, d))
            {
                return null;
            }

            day = d;
        }

        if (cursor.TryConsumeAny(Before))
        {
            return new DeadlineSpec(Recurrence.None, year, month, day, DeadlineAnchor.Before);
        }

        return year is null ? null : new DeadlineSpec(Recurrence.None, year, month, day, DeadlineAnchor.OnDate);
    }

    private static DeadlineSpec? IsoDate(ref TextCursor cursor, int year) =>
        cursor.TryReadInt(1, 2, out var month) && month is >= 1 and <= 12
        && cursor.TryConsume("-")
        && cursor.TryReadInt(1, 2, out var day) && IsValidDay(year, month, day)
            ? new DeadlineSpec(Recurrence.None, year, month, day, DeadlineAnchor.OnDate)
            : null;

    // Without a year, 2-29 is allowed (leap years exist); the due date resolves per form year.
    private static bool IsValidDay(int? year, int month, int day) =>
        day >= 1 && day <= DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year.Value : 2000, month);
}
