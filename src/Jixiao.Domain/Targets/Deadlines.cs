namespace Jixiao.Domain.Targets;

/// <summary>Due dates of <see cref="DeadlineSpec"/> values for a form year (used by scoring and lint).</summary>
public static class Deadlines
{
    /// <summary>
    /// The last day on which the deadline is met. A spec without a year takes <paramref name="formYear"/>.
    /// `2024年10月前` follows <paramref name="monthBefore"/> (EndOfMonth → 10-31, StartOfMonth → 09-30);
    /// `…月底前`/`…月底` → last day of the month; `…日前` → that day (inclusive, as forms use it); `当年内` → 12-31;
    /// a monthly spec (`每月20日前`) gives its occurrence in <paramref name="month"/>, December when omitted, with day
    /// 31 clamped to short months. Null when the spec lacks a month it needs or the date is out of range.
    /// </summary>
    public static DateOnly? DueDate(DeadlineSpec spec, int formYear,
        MonthBeforeMeans monthBefore = MonthBeforeMeans.EndOfMonth, int? month = null)
    {
        var year = spec.Year ?? formYear;
        if (year is < 1 or > 9999)
        {
            return null;
        }

        if (spec.Recurrence == Recurrence.Monthly)
        {
            var m = month ?? 12;
            return m is < 1 or > 12 ? null
                : spec.Anchor == DeadlineAnchor.EndOfMonthBefore || spec.Day is null ? LastDay(year, m)
                : new DateOnly(year, m, Math.Clamp(spec.Day.Value, 1, DateTime.DaysInMonth(year, m)));
        }

        if (spec.Anchor == DeadlineAnchor.WithinYear)
        {
            return new DateOnly(year, 12, 31);
        }

        if (spec.Month is not { } specMonth || specMonth is < 1 or > 12)
        {
            return null;
        }

        if (spec.Day is { } day)
        {
            return day >= 1 && day <= DateTime.DaysInMonth(year, specMonth) ? new DateOnly(year, specMonth, day) : null;
        }

        if (spec.Anchor == DeadlineAnchor.Before && monthBefore == MonthBeforeMeans.StartOfMonth)
        {
            return year == 1 && specMonth == 1 ? null : new DateOnly(year, specMonth, 1).AddDays(-1);
        }

        return LastDay(year, specMonth);
    }

    /// <summary>Every due date in <paramref name="formYear"/>: twelve for a monthly spec, otherwise at most one.</summary>
    public static IReadOnlyList<DateOnly> DueDates(DeadlineSpec spec, int formYear,
        MonthBeforeMeans monthBefore = MonthBeforeMeans.EndOfMonth)
    {
        if (spec.Recurrence != Recurrence.Monthly)
        {
            return DueDate(spec, formYear, monthBefore) is { } single ? [single] : [];
        }

        var dates = new List<DateOnly>(12);
        for (var m = 1; m <= 12; m++)
        {
            if (DueDate(spec, formYear, monthBefore, m) is { } date)
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
