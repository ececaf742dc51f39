using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// The 分析 screen's year-over-year table from the indicator facts (ADR-051): the database finds the indicators used in
/// two or more years of the focus; only their current rows are read.
/// </summary>
internal static class AnalysisTrends
{
    public static async Task<List<IndicatorTrend>> BuildAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, int years, CancellationToken ct)
    {
        // No indicator spans two years of a focus whose projects are all of one year: skip the group over every fact (ADR-056).
        if (years < 2) return [];
        var current =
            from f in db.IndicatorFacts
            where f.IsCurrent
            join p in projects on f.ProjectId equals p.Id
            select new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.ProjectId, f.Position, p.Year, ProjectName = p.Name, f.Name, f.Level1, f.Level2, f.TargetText, f.TrendActual };
        var repeated = await current
            .GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2 })
            .Where(g => g.Min(x => x.Year) < g.Max(x => x.Year)) // two years or more, without a distinct count's sort
            .Select(g => g.Key)
            .ToListAsync(ct);
        if (repeated.Count == 0) return [];
        var keys = repeated.Select(k => new IndicatorIdentity(k.IdentityName, k.IdentityLevel1, k.IdentityLevel2)).ToHashSet();
        var names = keys.Select(k => k.Name).Distinct().ToList();
        var rows = (await current.Where(x => names.Contains(x.IdentityName)).ToListAsync(ct))
            .Select(x => (Identity: new IndicatorIdentity(x.IdentityName, x.IdentityLevel1, x.IdentityLevel2), Row: x))
            .Where(x => keys.Contains(x.Identity))
            // A fixed order, so the latest row and the lists of texts do not depend on how the database returns rows.
            .OrderByDescending(x => x.Row.Year).ThenBy(x => x.Row.ProjectName, StringComparer.Ordinal).ThenBy(x => x.Row.ProjectId).ThenBy(x => x.Row.Position)
            .ToList();
        var definitions = IndicatorLibrary.ByIdentity(await db.IndicatorDefinitions.AsNoTracking().ToListAsync(ct))
            .ToDictionary(kv => kv.Key, kv => kv.Value.Id);

        return rows.GroupBy(x => x.Identity)
            .Select(g => (Uses: g, Latest: g.First().Row))
            .Select(x => new IndicatorTrend(definitions.TryGetValue(x.Uses.Key, out var id) ? id : null,
                x.Latest.Name, x.Latest.Level1, x.Latest.Level2,
                x.Uses.GroupBy(u => u.Row.Year).OrderBy(y => y.Key).Select(y => new IndicatorYear(y.Key, y.Select(u => u.Row.ProjectId).Distinct().Count(),
                    y.Select(u => u.Row.TargetText).Where(t => t.Length > 0).Distinct().ToList(),
                    y.Select(u => u.Row.TrendActual).OfType<string>().Where(t => t.Length > 0).Distinct().ToList())).ToList()))
            .OrderBy(t => t.Level1, StringComparer.Ordinal).ThenBy(t => t.Level2, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }
}
