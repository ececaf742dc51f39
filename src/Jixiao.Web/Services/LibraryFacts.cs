using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One indicator row of a scoped project's version, from the indicator facts (the history of one 指标库 entry).</summary>
public sealed record LibraryRow(Guid ProjectId, string ProjectName, int Year, string UnitName, int VersionNumber, FormState State, bool IsCurrent,
    string TargetText, bool HasActual, string? ActualText, decimal? Weight, decimal? Score);

/// <summary>
/// One 指标库 entry as the list query reads it (ADR-056): the canonical definition of an identity used in the scope's
/// current versions, with the projects using it and the latest year of use; the latest target is read for a page's rows only.
/// </summary>
public sealed class IndicatorListRow
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required string Level1 { get; init; }
    public required string Level2 { get; init; }
    public string? UnitText { get; init; }
    public int FirstYear { get; init; }
    public int LastYear { get; init; }
    public required string IdentityName { get; init; }
    public required string IdentityLevel1 { get; init; }
    public required string IdentityLevel2 { get; init; }
    public int Projects { get; init; }
    /// <summary>The latest year of a project in scope whose current version uses the identity.</summary>
    public int LastTargetYear { get; init; }
}

/// <summary>
/// The 指标库's reads (ADR-051, ADR-056, ADR-066): the list and its filters from the per-identity aggregates (the
/// district's rows for a user who sees every project, else the rows of the units in scope), an entry's history from its
/// indicator facts. No form JSON, and no list read groups the facts.
/// </summary>
internal static class LibraryFacts
{
    // One identity's use in the user's scope.
    private sealed class UseRow
    {
        public required string IdentityName { get; init; }
        public required string IdentityLevel1 { get; init; }
        public required string IdentityLevel2 { get; init; }
        public int Projects { get; init; }
        public int LastYear { get; init; }
    }

    // 财政局 reads the district's rows as they are; anyone else adds up the rows of the units in scope (a department's units).
    private static IQueryable<UseRow> Uses(JixiaoDbContext db, CurrentUser me) => me.SeesEveryProject
        ? db.IndicatorUses.AsNoTracking().Select(u => new UseRow
        {
            IdentityName = u.IdentityName,
            IdentityLevel1 = u.IdentityLevel1,
            IdentityLevel2 = u.IdentityLevel2,
            Projects = u.Projects,
            LastYear = u.LastYear,
        })
        : from u in db.IndicatorUnitUses.AsNoTracking()
          join o in me.ScopeProjectUnits(db.Organizations) on u.UnitId equals o.Id
          group u by new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2 } into g
          select new UseRow
          {
              IdentityName = g.Key.IdentityName,
              IdentityLevel1 = g.Key.IdentityLevel1,
              IdentityLevel2 = g.Key.IdentityLevel2,
              Projects = g.Sum(x => x.Projects),
              LastYear = g.Max(x => x.LastYear),
          };

    /// <summary>
    /// The 指标库 entries of the user's scope whose name or category contains <paramref name="query"/> (a
    /// <see cref="IndicatorIdentity.NameKey"/>; the name ignoring case) and whose 一级指标 is <paramref name="level1"/>: one
    /// row per stored identity (its first stored definition) used in a current version in scope, with the projects using
    /// it and its latest year from the aggregates (ADR-066). Names compare ordinally (PostgreSQL's "C" collation, SQLite's
    /// default), as the library always sorted them.
    /// </summary>
    public static IQueryable<IndicatorListRow> Entries(JixiaoDbContext db, CurrentUser me, string query, string? level1)
    {
        var joined =
            from d in Definitions(db, query, level1)
            join u in Uses(db, me) on new { N = d.IdentityName!, L1 = d.IdentityLevel1!, L2 = d.IdentityLevel2! }
                equals new { N = u.IdentityName, L1 = u.IdentityLevel1, L2 = u.IdentityLevel2 }
            select new { d, u.Projects, u.LastYear };
        return db.Database.IsNpgsql()
            ? joined.Select(x => new IndicatorListRow
            {
                Id = x.d.Id,
                Name = EF.Functions.Collate(x.d.Name, "C"),
                Level1 = x.d.Level1,
                Level2 = x.d.Level2,
                UnitText = x.d.UnitText,
                FirstYear = x.d.FirstYear,
                LastYear = x.d.LastYear,
                IdentityName = x.d.IdentityName!,
                IdentityLevel1 = x.d.IdentityLevel1!,
                IdentityLevel2 = x.d.IdentityLevel2!,
                Projects = x.Projects,
                LastTargetYear = x.LastYear,
            })
            : joined.Select(x => new IndicatorListRow
            {
                Id = x.d.Id,
                Name = x.d.Name,
                Level1 = x.d.Level1,
                Level2 = x.d.Level2,
                UnitText = x.d.UnitText,
                FirstYear = x.d.FirstYear,
                LastYear = x.d.LastYear,
                IdentityName = x.d.IdentityName!,
                IdentityLevel1 = x.d.IdentityLevel1!,
                IdentityLevel2 = x.d.IdentityLevel2!,
                Projects = x.Projects,
                LastTargetYear = x.LastYear,
            });
    }

    /// <summary>
    /// How many entries <see cref="Entries"/> holds, counted without the aggregates: the matching definitions with an
    /// aggregate row in scope.
    /// </summary>
    public static Task<int> CountAsync(JixiaoDbContext db, CurrentUser me, string query, string? level1, CancellationToken ct) =>
        Used(db, me, Definitions(db, query, level1)).CountAsync(ct);

    /// <summary>The 一级指标 of the entries matching <paramref name="query"/> (the list's filter offers them), ordinal order.</summary>
    public static async Task<List<string>> Level1ChoicesAsync(JixiaoDbContext db, CurrentUser me, string query, CancellationToken ct)
    {
        var labels = await Used(db, me, Definitions(db, query, null)).Select(d => d.Level1).Where(l => l != "").Distinct().ToListAsync(ct);
        return labels.Order(StringComparer.Ordinal).ToList();
    }

    // The first stored definition of each identity (entries stored before ADR-012 may share one), narrowed by the filters.
    private static IQueryable<IndicatorDefinition> Definitions(JixiaoDbContext db, string query, string? level1)
    {
        var definitions = db.IndicatorDefinitions.AsNoTracking().Where(d => !db.IndicatorDefinitions.Any(o =>
            o.IdentityName == d.IdentityName && o.IdentityLevel1 == d.IdentityLevel1 && o.IdentityLevel2 == d.IdentityLevel2
            && (o.FirstYear < d.FirstYear || (o.FirstYear == d.FirstYear && o.Id.CompareTo(d.Id) < 0))));
        if (query.Length > 0)
        {
            // OrdinalIgnoreCase is an ordinal comparison of the upper-cased texts; the category keys match as typed.
            var upper = query.ToUpperInvariant();
            definitions = definitions.Where(d => d.SearchName!.Contains(upper) || d.SearchLevels!.Contains(query));
        }
        if (level1 is { Length: > 0 }) definitions = definitions.Where(d => d.Level1 == level1);
        return definitions;
    }

    private static IQueryable<IndicatorDefinition> Used(JixiaoDbContext db, CurrentUser me, IQueryable<IndicatorDefinition> definitions)
    {
        if (me.SeesEveryProject)
            return definitions.Where(d => db.IndicatorUses.Any(u => u.IdentityName == d.IdentityName && u.IdentityLevel1 == d.IdentityLevel1
                && u.IdentityLevel2 == d.IdentityLevel2));
        var units = me.ScopeProjectUnits(db.Organizations);
        return definitions.Where(d => db.IndicatorUnitUses.Any(u => u.IdentityName == d.IdentityName && u.IdentityLevel1 == d.IdentityLevel1
            && u.IdentityLevel2 == d.IdentityLevel2 && units.Any(o => o.Id == u.UnitId)));
    }

    /// <summary>
    /// The latest target of each of <paramref name="identities"/> (a page's entries) in the user's scope: the district's
    /// row, or the first of the latest rows of the units in scope (year, version, project name, project id, position).
    /// </summary>
    public static async Task<Dictionary<IndicatorIdentity, string?>> LatestTargetsAsync(JixiaoDbContext db, CurrentUser me,
        IReadOnlyCollection<IndicatorIdentity> identities, CancellationToken ct)
    {
        if (identities.Count == 0) return [];
        var names = identities.Select(i => i.Name).Distinct().ToList();
        List<(IndicatorIdentity Key, string? Target)> found;
        if (me.SeesEveryProject)
        {
            var rows = await db.IndicatorUses.AsNoTracking().Where(u => names.Contains(u.IdentityName))
                .Select(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2, u.LatestTarget }).ToListAsync(ct);
            found = rows.Select(u => (new IndicatorIdentity(u.IdentityName, u.IdentityLevel1, u.IdentityLevel2), (string?)u.LatestTarget)).ToList();
        }
        else
        {
            var units =
                from u in db.IndicatorUnitUses.AsNoTracking()
                where names.Contains(u.IdentityName)
                join o in me.ScopeProjectUnits(db.Organizations) on u.UnitId equals o.Id
                select u;
            var groups = units.GroupBy(u => new { u.IdentityName, u.IdentityLevel1, u.IdentityLevel2 });
            var latest = db.Database.IsNpgsql()
                ? await groups.Select(g => new
                {
                    g.Key,
                    LastTarget = g.OrderByDescending(x => x.LastYear).ThenByDescending(x => x.LatestVersion).ThenBy(x => EF.Functions.Collate(x.LatestProjectName, "C"))
                        .ThenBy(x => x.LatestProjectId).ThenBy(x => x.LatestPosition).Select(x => x.LatestTarget).FirstOrDefault(),
                }).ToListAsync(ct)
                : await groups.Select(g => new
                {
                    g.Key,
                    LastTarget = g.OrderByDescending(x => x.LastYear).ThenByDescending(x => x.LatestVersion).ThenBy(x => x.LatestProjectName)
                        .ThenBy(x => x.LatestProjectId).ThenBy(x => x.LatestPosition).Select(x => x.LatestTarget).FirstOrDefault(),
                }).ToListAsync(ct);
            found = latest.Select(u => (new IndicatorIdentity(u.Key.IdentityName, u.Key.IdentityLevel1, u.Key.IdentityLevel2), u.LastTarget)).ToList();
        }
        return found.Where(u => identities.Contains(u.Key)).ToDictionary(u => u.Key, u => u.Target);
    }

    /// <summary>Every row of <paramref name="identity"/> in every version of <paramref name="projects"/>, by version and position.</summary>
    public static async Task<List<LibraryRow>> RowsAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, IndicatorIdentity identity, CancellationToken ct)
    {
        var rows = await (
                from f in db.IndicatorFacts
                where f.IdentityName == identity.Name && f.IdentityLevel1 == identity.Level1 && f.IdentityLevel2 == identity.Level2
                join p in projects on f.ProjectId equals p.Id
                orderby f.VersionNumber, f.Position
                select new LibraryRow(f.ProjectId, p.Name, p.Year, p.Unit!.Name, f.VersionNumber, f.State, f.IsCurrent, f.TargetText, f.HasActual,
                    f.ActualText, f.Weight, f.Score))
            .ToListAsync(ct);
        return rows;
    }
}
