using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>How often one library identity is used in the current versions of a scope, and its latest target.</summary>
public sealed record IdentityUse(string IdentityName, string IdentityLevel1, string IdentityLevel2, int Projects, string? LastTarget, int? LastYear);

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

/// <summary>The 指标库's reads of the indicator facts (ADR-051): aggregates by identity in SQL, no form JSON.</summary>
internal static class LibraryFacts
{
    /// <summary>
    /// The 指标库 entries of <paramref name="projects"/> whose name or category contains <paramref name="query"/> (a
    /// <see cref="IndicatorIdentity.NameKey"/>; the name ignoring case) and whose 一级指标 is <paramref name="level1"/>: one
    /// row per stored identity (its first stored definition) used in a current version in scope, aggregated by the
    /// database (ADR-056). Names compare ordinally (PostgreSQL's "C" collation, SQLite's default), as the library always
    /// sorted them.
    /// </summary>
    public static IQueryable<IndicatorListRow> Entries(JixiaoDbContext db, IQueryable<ProjectEntity> projects, string query, string? level1)
    {
        var uses =
            from f in db.IndicatorFacts
            where f.IsCurrent
            join p in projects on f.ProjectId equals p.Id
            group new { f.ProjectId, p.Year } by new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2 } into g
            select new { g.Key.IdentityName, g.Key.IdentityLevel1, g.Key.IdentityLevel2, Projects = g.Select(x => x.ProjectId).Distinct().Count(), LastYear = g.Max(x => x.Year) };
        var joined =
            from d in Definitions(db, query, level1)
            join u in uses on new { N = d.IdentityName!, L1 = d.IdentityLevel1!, L2 = d.IdentityLevel2! }
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
    /// How many entries <see cref="Entries"/> holds, counted without the aggregates: the matching definitions with a
    /// current row in scope.
    /// </summary>
    public static Task<int> CountAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, string query, string? level1, CancellationToken ct) =>
        Used(db, projects, Definitions(db, query, level1)).CountAsync(ct);

    /// <summary>The 一级指标 of the entries matching <paramref name="query"/> (the list's filter offers them), ordinal order.</summary>
    public static async Task<List<string>> Level1ChoicesAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, string query, CancellationToken ct)
    {
        var labels = await Used(db, projects, Definitions(db, query, null)).Select(d => d.Level1).Where(l => l != "").Distinct().ToListAsync(ct);
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

    private static IQueryable<IndicatorDefinition> Used(JixiaoDbContext db, IQueryable<ProjectEntity> projects, IQueryable<IndicatorDefinition> definitions) =>
        definitions.Where(d => db.IndicatorFacts.Any(f => f.IsCurrent && f.IdentityName == d.IdentityName && f.IdentityLevel1 == d.IdentityLevel1
            && f.IdentityLevel2 == d.IdentityLevel2 && projects.Any(p => p.Id == f.ProjectId)));

    /// <summary>The latest target of each of <paramref name="identities"/> (a page's entries) in the current versions of <paramref name="projects"/>.</summary>
    public static async Task<Dictionary<IndicatorIdentity, string?>> LatestTargetsAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects,
        IReadOnlyCollection<IndicatorIdentity> identities, CancellationToken ct)
    {
        if (identities.Count == 0) return [];
        var names = identities.Select(i => i.Name).Distinct().ToList();
        var uses = await UsesAsync(db, projects, names, ct);
        return uses.Select(u => (Key: new IndicatorIdentity(u.IdentityName, u.IdentityLevel1, u.IdentityLevel2), u.LastTarget))
            .Where(u => identities.Contains(u.Key)).ToDictionary(u => u.Key, u => u.LastTarget);
    }

    // Per identity of these names used in the current versions of the projects: projects using it and the latest target.
    private static async Task<List<IdentityUse>> UsesAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, List<string> names, CancellationToken ct)
    {
        // Project names order as the library always ordered them (ordinal): PostgreSQL's byte order ("C"), SQLite's default.
        var current = db.Database.IsNpgsql()
            ? from f in db.IndicatorFacts
              where f.IsCurrent && names.Contains(f.IdentityName)
              join p in projects on f.ProjectId equals p.Id
              select new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.ProjectId, f.Position, f.VersionNumber, f.TargetText, p.Year, ProjectName = EF.Functions.Collate(p.Name, "C") }
            : from f in db.IndicatorFacts
              where f.IsCurrent && names.Contains(f.IdentityName)
              join p in projects on f.ProjectId equals p.Id
              select new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.ProjectId, f.Position, f.VersionNumber, f.TargetText, p.Year, ProjectName = p.Name };
        // The latest target: of the latest year's rows, the highest version, then the project first by name.
        var uses = await current
            .GroupBy(x => new { x.IdentityName, x.IdentityLevel1, x.IdentityLevel2 })
            .Select(g => new
            {
                g.Key,
                Projects = g.Select(x => x.ProjectId).Distinct().Count(),
                LastYear = g.Max(x => x.Year),
                LastTarget = g.OrderByDescending(x => x.Year).ThenByDescending(x => x.VersionNumber).ThenBy(x => x.ProjectName)
                    .ThenBy(x => x.ProjectId).ThenBy(x => x.Position).Select(x => x.TargetText).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return uses.Select(c => new IdentityUse(c.Key.IdentityName, c.Key.IdentityLevel1, c.Key.IdentityLevel2, c.Projects, c.LastTarget, c.LastYear)).ToList();
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
