using Jixiao.Domain.Projects;
using Jixiao.Domain.Review.Narrative;
using Jixiao.Domain.Targets;
using static Jixiao.Domain.Review.Rules.RuleHelpers;

namespace Jixiao.Domain.Review.Rules;

/// <summary>DATE-01…DATE-05: form dates, budget year, narrative periods and deadline targets (month granularity).</summary>
internal sealed partial class DatesAndPeriods : IProjectRules
{
    public IEnumerable<Finding> Check(ProjectRun run)
    {
        var p = run.Project;
        var start = p.PlannedStart;
        var end = p.PlannedEnd;
        if (start is { } s0 && end is { } e0 && s0 > e0)
            yield return run.Emit("DATE-01", field: "计划开始日期", evidence: $"{Fmt.Date(s0)} > {Fmt.Date(e0)}");

        if (run.BudgetYear is { } year && start is { } s1 && end is { } e1 && (e1 < new DateOnly(year, 1, 1) || s1 > new DateOnly(year, 12, 31)))
            yield return run.Emit("DATE-02", field: "计划开始日期", evidence: $"{Fmt.Date(s1)}–{Fmt.Date(e1)}, {year}");
        if (p.OverallGoalYears is { } g && start is { } s2 && end is { } e2 && (g.From != s2.Year || g.To != e2.Year))
            yield return run.Emit("DATE-02", field: "项目总目标", evidence: $"{g.From}–{g.To} vs {Fmt.Date(s2)}–{Fmt.Date(e2)}");

        var periods = NarrativePeriodsOf(run);
        // A period given for a named sub-project is its own statement: it must lie within the form dates, and it
        // never contradicts another sub-project's period (issue 18).
        var own = periods.Where(x => !IsSubProjectPeriod(x, p.Name)).ToList();
        if (start is { } s && end is { } e)
        {
            // One finding per fact: `2024年7月至2025年7月` and `2024年7月6日至2025年7月5日` are one month range, and a
            // `(2024-2025)` range in the name restates a month range of the same years already reported.
            var reported = new List<NarrativePeriod>();
            foreach (var period in periods.Where(x => own.Contains(x) ? !Agrees(x, s, e) : !Within(x, s, e)))
            {
                if (reported.Any(r => SameFact(r, period))) continue;
                reported.Add(period);
                yield return run.Emit("DATE-03", new Args(("period", period.Text), ("start", Fmt.Date(s)), ("end", Fmt.Date(e))),
                    field: "实施周期", evidence: $"{Fmt.Date(period.Start)}–{Fmt.Date(period.End)}");
            }
        }

        var monthly = own.Where(x => !x.YearsOnly).ToList();
        if (monthly.Select(x => (MonthKey(x.Start), MonthKey(x.End))).Distinct().Count() > 1)
            yield return run.Emit("DATE-04", variant: HasNumberedParts(p) ? "parts" : null, field: "实施周期",
                evidence: string.Join(" / ", monthly.Select(x => x.Text).Distinct()));

        foreach (var f in Deadlines(run, ImplementationStart(run))) yield return f;
    }

    /// <summary>Periods of 五、实施周期 and 一、概述 (in that order), and `(YYYY-YYYY)` ranges of the name and heading.</summary>
    private static List<NarrativePeriod> NarrativePeriodsOf(ProjectRun run)
    {
        var p = run.Project;
        var list = new List<NarrativePeriod>();
        foreach (var section in new[] { NarrativeSection.Period, NarrativeSection.Overview })
            list.AddRange(run.Periods(section));
        list.AddRange(NarrativePeriods.ExtractYearRanges(p.Name));
        if (p.NarrativeTitle is not null && !Compact(p.NarrativeTitle).Contains(Compact(p.Name), StringComparison.Ordinal))
            list.AddRange(NarrativePeriods.ExtractYearRanges(p.NarrativeTitle));
        return list;
    }

    /// <summary>
    /// The 概述 describes the project as numbered parts (`1、网站群安全服务项目。…` / `2、等级保护测评费项目。…`), none of
    /// which states its own period: two periods that differ may each be one part's (the spec's DATE-04 compares
    /// statements about the same thing), so the conflict is debatable and only worth a hint (issue 18).
    /// </summary>
    private static bool HasNumberedParts(Project p) =>
        p.Narrative.TryGetValue(NarrativeSection.Overview, out var overview) && NumberedPart().Count(overview) >= 2;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^\s*(?:[1-9][、.．]|[(（][1-9][)）]|[一二三四五六七八九]是)")]
    private static partial System.Text.RegularExpressions.Regex NumberedPart();

    private static readonly string[] ThisProject = ["项目", "该项目", "本项目", "此项目", "这个项目"];

    /// <summary>The sentence names a project other than this one (`数据安全专项检查项目实施的起止时间为…`).</summary>
    private static bool IsSubProjectPeriod(NarrativePeriod period, string name)
    {
        if (period.Subject is not { } subject || ThisProject.Contains(subject)) return false;
        var own = Compact(name);
        return !own.Contains(subject, StringComparison.Ordinal) && !subject.Contains(own, StringComparison.Ordinal);
    }

    /// <summary>Month granularity: the period lies within the form dates.</summary>
    private static bool Within(NarrativePeriod period, DateOnly start, DateOnly end) =>
        MonthKey(period.Start) >= MonthKey(start) && MonthKey(period.End) <= MonthKey(end);

    private static bool SameFact(NarrativePeriod a, NarrativePeriod b) =>
        a.YearsOnly || b.YearsOnly
            ? a.Start.Year == b.Start.Year && a.End.Year == b.End.Year
            : MonthKey(a.Start) == MonthKey(b.Start) && MonthKey(a.End) == MonthKey(b.End);

    private static bool Agrees(NarrativePeriod period, DateOnly start, DateOnly end) =>
        period.YearsOnly
            ? period.Start.Year == start.Year && period.End.Year == end.Year
            : MonthKey(period.Start) == MonthKey(start) && MonthKey(period.End) == MonthKey(end);

    /// <summary>Start of the narrative period: 五、实施周期 when it states one (it is the dedicated field), else 一、概述.</summary>
    private static DateOnly? ImplementationStart(ProjectRun run)
    {
        foreach (var section in new[] { NarrativeSection.Period, NarrativeSection.Overview })
            if (run.Periods(section) is { Count: > 0 } found)
                return found.Min(x => x.Start);
        return null;
    }

    private static IEnumerable<Finding> Deadlines(ProjectRun run, DateOnly? narrativeStart)
    {
        var p = run.Project;
        foreach (var i in run.RealIndicators.Where(i => i.Target.Kind == TargetKind.Deadline))
        {
            if (DueDate(i.Target.Deadline, run.BudgetYear) is not { } due) continue;
            var value = Describe(i.Target);
            // Month granularity: a deadline in the start month is not early.
            var early = new[] { p.PlannedStart, narrativeStart }.Where(d => d is not null && MonthKey(due) < MonthKey(d.Value)).Max();
            if (early is { } s)
            {
                yield return run.Emit("DATE-05", new Args(("value", value), ("start", Fmt.Date(s))),
                    indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: Fmt.Date(due));
                continue;
            }

            var lateEnd = p.PlannedEnd ?? (run.BudgetYear is { } y ? new DateOnly(y, 12, 31) : null);
            if (lateEnd is { } e && MonthKey(due) > MonthKey(e) || run.BudgetYear is { } by && due.Year > by)
                yield return run.Emit("DATE-05", new Args(("value", value), ("end", Fmt.Date(lateEnd ?? due))), variant: "late",
                    indicator: i.Name, field: "指标值", row: i.Ordinal, evidence: Fmt.Date(due));
        }
    }

    /// <summary>
    /// The due date of a one-off deadline (`2024年8月底前` → 2024-08-31, `当年内` → 12-31 of the form year);
    /// null for monthly recurrences or when the year is unknown. `…月前` means the end of that month
    /// (target-grammar.md `MonthBeforeMeans` default).
    /// </summary>
    internal static DateOnly? DueDate(DeadlineSpec? d, int? budgetYear)
    {
        if (d is null || d.Recurrence != Recurrence.None) return null;
        var year = d.Year ?? budgetYear;
        if (year is not { } y || y < 1 || y > 9999) return null;
        if (d.Anchor == DeadlineAnchor.WithinYear) return new DateOnly(y, 12, 31);
        if (d.Month is not (>= 1 and <= 12) || d.Month is not { } m) return null;
        if (d.Anchor == DeadlineAnchor.OnDate && d.Day is { } day && day >= 1 && day <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, day);
        return EndOfMonth(y, m);
    }
}
