namespace Jixiao.Domain.Projects;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One difference between two versions of a declared project: a header field or an indicator row.</summary>
public sealed record ProjectChange(ChangeKind Kind, string Where, string? Old, string? New);

/// <summary>
/// Field-level comparison of two versions (workflow.md §3): header fields, funds, goals, and indicator rows matched by
/// their stable key (falling back to name + categories for rows without one).
/// </summary>
public static class ProjectDiff
{
    public static IReadOnlyList<ProjectChange> Compare(Project older, Project newer)
    {
        var changes = new List<ProjectChange>();
        void Field(string label, object? a, object? b)
        {
            var (x, y) = (Show(a), Show(b));
            if (x != y) changes.Add(new ProjectChange(ChangeKind.Changed, label, x, y));
        }

        Field("项目名称", older.Name, newer.Name);
        Field("项目性质", older.Nature, newer.Nature);
        Field("项目类别", older.Category, newer.Category);
        Field("主管部门", older.SupervisingDepartment, newer.SupervisingDepartment);
        Field("实施单位", older.ImplementingUnit, newer.ImplementingUnit);
        Field("计划开始日期", older.PlannedStart, newer.PlannedStart);
        Field("计划完成日期", older.PlannedEnd, newer.PlannedEnd);
        Field("项目资金总额", older.Funds.ProjectFundsTotal, newer.Funds.ProjectFundsTotal);
        Field("其中：财政资金", older.Funds.FiscalFunds, newer.Funds.FiscalFunds);
        Field("其他资金", older.Funds.OtherFunds, newer.Funds.OtherFunds);
        Field("年度资金申请总额", older.Funds.AnnualRequestTotal, newer.Funds.AnnualRequestTotal);
        Field("其中：当年财政拨款", older.Funds.CurrentYearAppropriation, newer.Funds.CurrentYearAppropriation);
        Field("上年结转资金", older.Funds.PriorYearCarryover, newer.Funds.PriorYearCarryover);
        Field("项目总目标", older.OverallGoal, newer.OverallGoal);
        Field("年度总体目标", older.AnnualGoal, newer.AnnualGoal);

        var remaining = newer.Indicators.ToList();
        foreach (var o in older.Indicators)
        {
            var match = remaining.FirstOrDefault(n => o.Key is not null && n.Key == o.Key)
                ?? remaining.FirstOrDefault(n => n.Name == o.Name && n.Level1 == o.Level1 && n.Level2 == o.Level2);
            if (match is null)
            {
                changes.Add(new ProjectChange(ChangeKind.Removed, RowLabel(o), o.Target.OriginalText, null));
                continue;
            }
            remaining.Remove(match);
            if (match.Name != o.Name || match.Level1 != o.Level1 || match.Level2 != o.Level2)
                changes.Add(new ProjectChange(ChangeKind.Changed, RowLabel(match), RowLabel(o), RowLabel(match)));
            if (match.Target.OriginalText != o.Target.OriginalText)
                changes.Add(new ProjectChange(ChangeKind.Changed, $"{RowLabel(match)} · 指标值", o.Target.OriginalText, match.Target.OriginalText));
        }
        changes.AddRange(remaining.Select(n => new ProjectChange(ChangeKind.Added, RowLabel(n), null, n.Target.OriginalText)));
        return changes;
    }

    private static string RowLabel(Indicator i) => $"{i.Level1}/{i.Level2}/{i.Name}";

    private static string? Show(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        string s when string.IsNullOrWhiteSpace(s) => null,
        _ => value.ToString(),
    };
}
