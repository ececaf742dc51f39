using Jixiao.Domain.Forms;

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
/// Field-level comparison of two versions (workflow.md §3): every header field of the form definition (funds and goals
/// included), the sub-projects (项目资金投入构成) by name, and indicator rows matched by their stable key (falling back to
/// name + categories for rows without one).
/// </summary>
public static class ProjectDiff
{
    public static IReadOnlyList<ProjectChange> Compare(Project older, Project newer)
    {
        var changes = new List<ProjectChange>();
        // Header fields of the newer version's form first, then any other declaration field either version holds;
        // values compared as the forms print them (`1392000` and `1,392,000.00` are one amount).
        foreach (var f in FormDefinitions.DeclarationFields(FormDefinitions.For(newer)))
        {
            var (x, y) = (f.Read(older).Display, f.Read(newer).Display);
            if (x != y) changes.Add(new ProjectChange(ChangeKind.Changed, f.Name, x, y));
        }

        changes.AddRange(SubProjectChanges(older.SubProjects, newer.SubProjects));
        changes.AddRange(DutyChanges(older.Duties, newer.Duties));

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

    // 项目资金投入构成: sub-projects matched by name (they have no key), amounts as the forms print them.
    private static IEnumerable<ProjectChange> SubProjectChanges(IReadOnlyList<SubProject> older, IReadOnlyList<SubProject> newer)
    {
        static string? Amount(SubProject s) => s.AmountYuan is { } a ? Money.MoneyText.Format(a) : null;
        static string Where(SubProject s) => $"子项目“{s.Name}”·预算金额";
        var remaining = newer.ToList();
        foreach (var o in older)
        {
            var match = remaining.FirstOrDefault(n => n.Name == o.Name);
            if (match is null)
            {
                yield return new ProjectChange(ChangeKind.Removed, Where(o), Amount(o), null);
                continue;
            }
            remaining.Remove(match);
            if (match.AmountYuan != o.AmountYuan) yield return new ProjectChange(ChangeKind.Changed, Where(o), Amount(o), Amount(match));
        }
        foreach (var n in remaining) yield return new ProjectChange(ChangeKind.Added, Where(n), null, Amount(n));
    }

    // 年度履职目标 (部门整体, ADR-064): rows in order, each as printed; a row changed, added or removed by its number.
    private static IEnumerable<ProjectChange> DutyChanges(IReadOnlyList<DepartmentDuty> older, IReadOnlyList<DepartmentDuty> newer)
    {
        static string Text(DepartmentDuty d) => $"{d.Function}｜{d.Task}｜{d.ProjectName}｜{d.AmountText ?? "—"}万元";
        for (var n = 0; n < Math.Max(older.Count, newer.Count); n++)
        {
            var (o, x) = (n < older.Count ? Text(older[n]) : null, n < newer.Count ? Text(newer[n]) : null);
            if (o == x) continue;
            yield return new ProjectChange(o is null ? ChangeKind.Added : x is null ? ChangeKind.Removed : ChangeKind.Changed, $"年度履职目标第 {n + 1} 行", o, x);
        }
    }

    private static string RowLabel(Indicator i) => $"{i.Level1}/{i.Level2}/{i.Name}";
}
