using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Summaries;
using Jixiao.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The 分析 screen's year-over-year table: the indicators used in two or more years of the focus, per year the number of
/// projects and each distinct target and actual with the number of projects that wrote it. At the district and
/// department scope the table is a summary — the <see cref="SummaryIndicators"/> indicators used by most projects, per
/// year the <see cref="SummaryValues"/> most common values — read from the per-unit year summaries (ADR-068), so no
/// indicator fact is read however many projects the district holds; a unit or a project lists all, counted by the
/// database from its current indicator facts (ADR-067).
/// </summary>
public static class AnalysisTrends
{
    /// <summary>At an aggregate scope: how many indicators the table lists, and how many values per year.</summary>
    public const int SummaryIndicators = 30, SummaryValues = 3;

    public sealed record Table(List<IndicatorTrend> Trends, int Indicators);

    private sealed record Key(string Name, string Level1, string Level2);

    // An indicator used in two years or more: its projects (each counted once) and its latest year.
    private sealed record Use(int Projects, int Latest);

    private sealed record Label(string ProjectName, Guid ProjectId, int Position, string Name, string Level1, string Level2);

    /// <summary>Every indicator and value of a unit's or a project's <paramref name="projects"/>, from their current indicator facts.</summary>
    public static async Task<Table> BuildAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, int years, CancellationToken ct)
    {
        // No indicator spans two years of a focus whose projects are all of one year: skip the group over every fact (ADR-056).
        if (years < 2) return new([], 0);
        var current =
            from f in db.IndicatorFacts
            where f.IsCurrent
            join p in projects on f.ProjectId equals p.Id
            select new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.ProjectId, f.Position, p.Year, ProjectName = p.Name, f.Name, f.Level1, f.Level2, f.TargetText, f.TrendActual };

        var repeated = (await current
                .GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2 })
                .Where(g => g.Min(x => x.Year) < g.Max(x => x.Year))
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, Projects = g.Select(x => x.ProjectId).Distinct().Count(), Latest = g.Max(x => x.Year) })
                .ToListAsync(ct))
            .ToDictionary(r => new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r => new Use(r.Projects, r.Latest));
        if (repeated.Count == 0) return new([], 0);
        var names = repeated.Keys.Select(k => k.Name).Distinct().ToList();
        var latestYears = repeated.Values.Select(r => r.Latest).Distinct().ToList();
        var mine = current.Where(x => names.Contains(x.IdentityName));

        var labels = (await mine.Where(x => latestYears.Contains(x.Year))
                .Select(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year, x.ProjectName, x.ProjectId, x.Position, x.Name, x.Level1, x.Level2 })
                .ToListAsync(ct))
            .Select(x => (Key: new Key(x.IdentityName, x.IdentityLevel1, x.IdentityLevel2), x.Year, Label: new Label(x.ProjectName, x.ProjectId, x.Position, x.Name, x.Level1, x.Level2)))
            .ToList();
        var perYear = (await mine.GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year })
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, g.Key.Year, Projects = g.Select(x => x.ProjectId).Distinct().Count() })
                .ToListAsync(ct))
            .Select(r => (Key: new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r.Year, r.Projects))
            .ToList();
        var targets = (await mine.Where(x => x.TargetText != "")
                .GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year, Text = x.TargetText })
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, g.Key.Year, g.Key.Text, Projects = g.Select(x => x.ProjectId).Distinct().Count() })
                .ToListAsync(ct))
            .ToLookup(r => (new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r.Year), r => new ValueCount(r.Text, r.Projects));
        var actuals = (await mine.Where(x => x.TrendActual != null && x.TrendActual != "")
                .GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year, Text = x.TrendActual! })
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, g.Key.Year, g.Key.Text, Projects = g.Select(x => x.ProjectId).Distinct().Count() })
                .ToListAsync(ct))
            .ToLookup(r => (new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r.Year), r => new ValueCount(r.Text, r.Projects));
        return await AssembleAsync(db, repeated, repeated.Keys.ToHashSet(), labels, perYear, targets, actuals, int.MaxValue, ct);
    }

    /// <summary>
    /// The summary of a district or department: the year summaries of <paramref name="units"/> (the focus's units in the
    /// user's reach) summed by identity, year and value. A project has one unit and one year, so the sums are the
    /// distinct projects the facts would give.
    /// </summary>
    public static async Task<Table> BuildSummaryAsync(JixiaoDbContext db, IQueryable<int> units, int years, CancellationToken ct)
    {
        if (years < 2) return new([], 0);
        var uses = db.IndicatorYearUses.AsNoTracking().Where(u => units.Contains(u.UnitId));
        var repeated = (await uses
                .GroupBy(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2 })
                .Where(g => g.Min(u => u.Year) < g.Max(u => u.Year))
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, Projects = g.Sum(u => u.Projects), Latest = g.Max(u => u.Year) })
                .ToListAsync(ct))
            .ToDictionary(r => new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r => new Use(r.Projects, r.Latest));
        if (repeated.Count == 0) return new([], 0);

        // The most used first; among equals the identity's order.
        var chosen = repeated.OrderByDescending(r => r.Value.Projects).ThenBy(r => r.Key.Level1, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Level2, StringComparer.Ordinal).ThenBy(r => r.Key.Name, StringComparer.Ordinal)
            .Take(SummaryIndicators).Select(r => r.Key).ToHashSet();
        var names = chosen.Select(k => k.Name).Distinct().ToList();
        var latestYears = chosen.Select(k => repeated[k].Latest).Distinct().ToList();
        var mine = uses.Where(u => names.Contains(u.IdentityName));

        // Each unit's first use in the identity's latest year; the first of them is the district's (AssembleAsync).
        var labels = (await mine.Where(u => latestYears.Contains(u.Year))
                .Select(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2, u.Year, u.LabelProjectName, u.LabelProjectId, u.LabelPosition, u.LabelName, u.LabelLevel1, u.LabelLevel2 })
                .ToListAsync(ct))
            .Select(u => (Key: new Key(u.IdentityName, u.IdentityLevel1, u.IdentityLevel2), u.Year,
                Label: new Label(u.LabelProjectName, u.LabelProjectId, u.LabelPosition, u.LabelName, u.LabelLevel1, u.LabelLevel2)))
            .ToList();
        var perYear = (await mine.GroupBy(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2, u.Year })
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, g.Key.Year, Projects = g.Sum(u => u.Projects) })
                .ToListAsync(ct))
            .Select(r => (Key: new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r.Year, r.Projects))
            .ToList();
        var values = (await db.IndicatorYearValues.AsNoTracking()
                .Where(v => units.Contains(v.UnitId) && names.Contains(v.IdentityName))
                .GroupBy(v => new { v.IdentityName, v.IdentityLevel1, v.IdentityLevel2, v.Year, v.Kind, v.Value })
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, g.Key.Year, g.Key.Kind, g.Key.Value, Projects = g.Sum(v => v.Projects) })
                .ToListAsync(ct))
            .ToLookup(r => r.Kind);
        ILookup<(Key, int), ValueCount> Of(IndicatorValueKind kind) => values[kind]
            .ToLookup(r => (new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r.Year), r => new ValueCount(r.Value, r.Projects));
        return await AssembleAsync(db, repeated, chosen, labels, perYear, Of(IndicatorValueKind.Target), Of(IndicatorValueKind.Actual), SummaryValues, ct);
    }

    // The table of the chosen indicators, ordered by their labels' categories and name; each year's values cut to `shown`.
    private static async Task<Table> AssembleAsync(JixiaoDbContext db, Dictionary<Key, Use> repeated, HashSet<Key> chosen,
        List<(Key Key, int Year, Label Label)> uses, List<(Key Key, int Year, int Projects)> perYear,
        ILookup<(Key, int), ValueCount> targets, ILookup<(Key, int), ValueCount> actuals, int shown, CancellationToken ct)
    {
        // The written name and categories of the latest year's first use (by project name), as the form shows them.
        var labels = new Dictionary<Key, Label>();
        foreach (var use in uses.Where(x => chosen.Contains(x.Key) && repeated[x.Key].Latest == x.Year)
                     .OrderBy(x => x.Label.ProjectName, StringComparer.Ordinal).ThenBy(x => x.Label.ProjectId).ThenBy(x => x.Label.Position))
            labels.TryAdd(use.Key, use.Label);

        // The 指标库 entries of the listed indicators only (the link to each entry).
        var names = chosen.Select(k => k.Name).Distinct().ToList();
        var definitions = IndicatorLibrary.ByIdentity(await db.IndicatorDefinitions.AsNoTracking().Where(d => names.Contains(d.IdentityName!)).ToListAsync(ct))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Id);

        var trends = perYear.Where(r => chosen.Contains(r.Key)).GroupBy(r => r.Key)
            .Select(g =>
            {
                var label = labels[g.Key];
                return new IndicatorTrend(definitions.TryGetValue(new IndicatorIdentity(g.Key.Name, g.Key.Level1, g.Key.Level2), out var id) ? id : null,
                    label.Name, label.Level1, label.Level2, repeated[g.Key].Projects,
                    g.OrderBy(y => y.Year).Select(y => Year(y.Year, y.Projects, targets[(g.Key, y.Year)], actuals[(g.Key, y.Year)], shown)).ToList());
            })
            .OrderBy(t => t.Level1, StringComparer.Ordinal).ThenBy(t => t.Level2, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        return new(trends, repeated.Count);
    }

    // The values of a year, most projects first (then by text), the first `shown` of them with the number of kinds.
    private static IndicatorYear Year(int year, int projects, IEnumerable<ValueCount> targets, IEnumerable<ValueCount> actuals, int shown)
    {
        var t = Order(targets);
        var a = Order(actuals);
        return new IndicatorYear(year, projects, t.Take(shown).ToList(), t.Count, a.Take(shown).ToList(), a.Count);
    }

    private static List<ValueCount> Order(IEnumerable<ValueCount> values) =>
        values.OrderByDescending(v => v.Projects).ThenBy(v => v.Text, StringComparer.Ordinal).ToList();
}
