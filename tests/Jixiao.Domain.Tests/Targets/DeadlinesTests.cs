using Jixiao.Domain.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>Due dates (target-grammar.md §5 MonthBeforeMeans, AV-6).</summary>
public sealed class DeadlinesTests
{
    [Theory]
    // `M月前`: EndOfMonth (default) → last day of M; StartOfMonth → strictly before day 1 of M.
    [InlineData("2024年10月前", 2024, MonthBeforeMeans.EndOfMonth, "2024-10-31")]
    [InlineData("2024年10月前", 2024, MonthBeforeMeans.StartOfMonth, "2024-09-30")]
    [InlineData("2024年1月前", 2024, MonthBeforeMeans.StartOfMonth, "2023-12-31")]
    [InlineData("10月前", 2025, MonthBeforeMeans.EndOfMonth, "2025-10-31")]
    // `月底前` / `月底` → last day regardless of the option; leap February.
    [InlineData("2024年8月底前", 2024, MonthBeforeMeans.StartOfMonth, "2024-08-31")]
    [InlineData("2024年2月底前", 2030, MonthBeforeMeans.EndOfMonth, "2024-02-29")]
    [InlineData("2023 年 10 月 底", 2023, MonthBeforeMeans.EndOfMonth, "2023-10-31")]
    // `当年内` / `年内完成` → 12-31 of the form year.
    [InlineData("当年内", 2024, MonthBeforeMeans.EndOfMonth, "2024-12-31")]
    [InlineData("年内完成", 2023, MonthBeforeMeans.EndOfMonth, "2023-12-31")]
    // A day is inclusive; a full date is itself.
    [InlineData("2024年6月30日前", 2024, MonthBeforeMeans.StartOfMonth, "2024-06-30")]
    [InlineData("2023年10月31日", 2024, MonthBeforeMeans.EndOfMonth, "2023-10-31")]
    // Monthly without a month → its December occurrence.
    [InlineData("每月20日前", 2024, MonthBeforeMeans.EndOfMonth, "2024-12-20")]
    public void DueDate_ParsedDeadline_IsSpecDate(string text, int formYear, MonthBeforeMeans option, string expected)
    {
        var spec = TargetParser.Parse(text).Deadline!;

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Deadlines.DueDate(spec, formYear, option));
    }

    [Fact]
    public void DueDate_MonthlyInGivenMonth_IsThatMonthsDay()
    {
        var spec = TargetParser.Parse("每月20日前").Deadline!;

        Assert.Equal(new DateOnly(2024, 2, 20), Deadlines.DueDate(spec, 2024, month: 2));
    }

    [Fact]
    public void DueDates_Monthly_GivesTwelveDatesClampedToShortMonths()
    {
        var spec = new DeadlineSpec(Recurrence.Monthly, null, null, 31, DeadlineAnchor.Before);

        var dates = Deadlines.DueDates(spec, 2023);

        Assert.Equal(12, dates.Count);
        Assert.Equal(new DateOnly(2023, 1, 31), dates[0]);
        Assert.Equal(new DateOnly(2023, 2, 28), dates[1]);
        Assert.Equal(new DateOnly(2023, 4, 30), dates[3]);
    }

    [Fact]
    public void DueDates_SingleDeadline_GivesOneDate() =>
        Assert.Equal([new DateOnly(2024, 8, 31)], Deadlines.DueDates(TargetParser.Parse("2024年8月底前").Deadline!, 2024));

    [Theory]
    // A spec missing the month it needs, or a year out of range, has no due date.
    [InlineData(null, null, DeadlineAnchor.Before, 2024)]
    [InlineData(null, 13, DeadlineAnchor.AtEndOfMonth, 2024)]
    [InlineData(null, 5, DeadlineAnchor.Before, 0)]
    public void DueDate_IncompleteSpec_IsNull(int? year, int? month, DeadlineAnchor anchor, int formYear) =>
        Assert.Null(Deadlines.DueDate(new DeadlineSpec(Recurrence.None, year, month, null, anchor), formYear));
}
