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

/// <summary>The 指标库's reads of the indicator facts (ADR-051): aggregates by identity in SQL, no form JSON.</summary>
internal static class LibraryFacts
{
    /// <summary>Per identity used in the current versions of <paramref name="projects"/>: projects using it and the latest target.</summary>
    public static async Task<List<IdentityUse>> UsesAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects, CancellationToken ct)
    {
        // Project names order as the library always ordered them (ordinal): PostgreSQL's byte order ("C"), SQLite's default.
        var current = db.Database.IsNpgsql()
            ? from f in db.IndicatorFacts
              where f.IsCurrent
              join p in projects on f.ProjectId equals p.Id
              select new { f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.ProjectId, f.Position, f.VersionNumber, f.TargetText, p.Year, ProjectName = EF.Functions.Collate(p.Name, "C") }
            : from f in db.IndicatorFacts
              where f.IsCurrent
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
