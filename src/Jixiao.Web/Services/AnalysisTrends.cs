using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The 分析 screen's year-over-year table from the indicator facts (ADR-051), counted by the database (ADR-067): the
/// indicators used in two or more years of the focus, per year the number of projects and each distinct target and
/// actual with the number of projects that wrote it. At the district and department scope the table is a summary — the
/// <see cref="SummaryIndicators"/> indicators used by most projects, per year the <see cref="SummaryValues"/> most
/// common values — so the page stays small however many projects the district holds; a unit or a project lists all.
/// </summary>
public static class AnalysisTrends
{
    /// <summary>At an aggregate scope: how many indicators the table lists, and how many values per year.</summary>
    public const int SummaryIndicators = 30, SummaryValues = 3;

    public sealed record Table(List<IndicatorTrend> Trends, int Indicators);

    private sealed record Key(string Name, string Level1, string Level2);

    public static async Task<Table> BuildAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, int years, bool summarized, CancellationToken ct)
    {
        // No indicator spans two years of a focus whose projects are all of one year: skip the group over every fact (ADR-056).
        if (years < 2) return new([], 0);
        var current =
            from f in db.IndicatorFacts
            where f.IsCurrent
            join p in projects on f.ProjectId equals p.Id
            select new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.ProjectId, f.Position, p.Year, ProjectName = p.Name, f.Name, f.Level1, f.Level2, f.TargetText, f.TrendActual };

        // One row per indicator used in two years or more (without a distinct count of years' sort), with its projects.
        var repeated = (await current
                .GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2 })
                .Where(g => g.Min(x => x.Year) < g.Max(x => x.Year))
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, Projects = g.Select(x => x.ProjectId).Distinct().Count(), Latest = g.Max(x => x.Year) })
                .ToListAsync(ct))
            .ToDictionary(r => new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2));
        if (repeated.Count == 0) return new([], 0);

        // The written name and categories of the latest year's first use (by project name), as the form shows them.
        var latestYears = repeated.Values.Select(r => r.Latest).Distinct().ToList();
        var labels = new Dictionary<Key, (string Name, string Level1, string Level2)>();
        var chosen = repeated.Keys.ToHashSet();
        if (summarized)
        {
            // The most used first; among equals the identity's order. Their labels are read to order the shown ones below.
            chosen = repeated.OrderByDescending(r => r.Value.Projects).ThenBy(r => r.Key.Level1, StringComparer.Ordinal)
                .ThenBy(r => r.Key.Level2, StringComparer.Ordinal).ThenBy(r => r.Key.Name, StringComparer.Ordinal)
                .Take(SummaryIndicators).Select(r => r.Key).ToHashSet();
        }
        var names = chosen.Select(k => k.Name).Distinct().ToList();
        var mine = current.Where(x => names.Contains(x.IdentityName));

        foreach (var row in (await mine.Where(x => latestYears.Contains(x.Year))
                     .Select(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year, x.ProjectName, x.ProjectId, x.Position, x.Name, x.Level1, x.Level2 })
                     .ToListAsync(ct))
                 .Select(x => (Key: new Key(x.IdentityName, x.IdentityLevel1, x.IdentityLevel2), Row: x))
                 .Where(x => chosen.Contains(x.Key) && repeated[x.Key].Latest == x.Row.Year)
                 .OrderBy(x => x.Row.ProjectName, StringComparer.Ordinal).ThenBy(x => x.Row.ProjectId).ThenBy(x => x.Row.Position))
            labels.TryAdd(row.Key, (row.Row.Name, row.Row.Level1, row.Row.Level2));

        var perYear = (await mine.GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2, x.Year })
                .Select(g => new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, g.Key.Year, Projects = g.Select(x => x.ProjectId).Distinct().Count() })
                .ToListAsync(ct))
            .Select(r => (Key: new Key(r.IdentityName, r.IdentityLevel1, r.IdentityLevel2), r.Year, r.Projects))
            .Where(r => chosen.Contains(r.Key))
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

        // The 指标库 entries of the listed indicators only (the link to each entry).
        var definitions = IndicatorLibrary.ByIdentity(await db.IndicatorDefinitions.AsNoTracking().Where(d => names.Contains(d.IdentityName!)).ToListAsync(ct))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Id);
        var shown = summarized ? SummaryValues : int.MaxValue;

        var trends = perYear.GroupBy(r => r.Key)
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
