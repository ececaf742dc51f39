using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Scoring;

/// <summary>
/// Due dates of deadline targets and completion dates of deadline actuals (SC-16, AV-6). The year defaults to the
/// form year. Null when the spec names no resolvable date (e.g. no year anywhere).
/// </summary>
internal static class DeadlineDates
{
    /// <summary>
    /// Last day that still meets <paramref name="spec"/>: `2024年8月底前` → 2024-08-31; `2024年10月前` → 2024-10-31
    /// (EndOfMonth) or 2024-09-30 (StartOfMonth); `当年内` → 12-31 of the year; a recurring spec has no single date.
    /// </summary>
    public static DateOnly? Due(DeadlineSpec spec, int? formYear, MonthBeforeMeans monthBefore)
    {
        var year = spec.Year ?? formYear;
        if (year is null || spec.Recurrence != Recurrence.None) return null;
        if (spec.Anchor == DeadlineAnchor.WithinYear) return new DateOnly(year.Value, 12, 31);
        if (spec.Month is not { } month || month is < 1 or > 12) return null;
        var monthEnd = new DateOnly(year.Value, month, DateTime.DaysInMonth(year.Value, month));
        if (spec.Day is { } day)
            return day >= 1 && day <= monthEnd.Day ? new DateOnly(year.Value, month, day) : null;
        return spec.Anchor == DeadlineAnchor.Before && monthBefore == MonthBeforeMeans.StartOfMonth
            ? new DateOnly(year.Value, month, 1).AddDays(-1)
            : monthEnd;
    }

    public static DateOnly YearEnd(int year) => new(year, 12, 31);
}
