using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One indicator row of one stored declaration version, with the project it belongs to.</summary>
public sealed record IndicatorUsage(
    IndicatorIdentity Identity,
    DeclaredIndicator Row,
    Guid ProjectId,
    string ProjectName,
    int Year,
    int UnitId,
    string UnitName,
    Guid VersionId,
    int VersionNumber,
    FormState State,
    bool IsCurrent);

/// <summary>Reads indicator rows out of stored declaration versions (the JSON snapshots), for the library and analysis.</summary>
public static class IndicatorUsages
{
    /// <summary>
    /// Every indicator row of the versions of <paramref name="projects"/> (already scoped by the caller);
    /// <paramref name="currentOnly"/> keeps each project's latest version only.
    /// </summary>
    public static async Task<IReadOnlyList<IndicatorUsage>> LoadAsync(JixiaoDbContext db, IQueryable<ProjectEntity> projects,
        bool currentOnly, CancellationToken ct)
    {
        var versions = await (
                from v in db.DeclarationVersions.AsNoTracking()
                join p in projects.AsNoTracking() on v.ProjectId equals p.Id
                select new { p.Id, p.Name, p.Year, p.UnitId, UnitName = p.Unit!.Name, VersionId = v.Id, v.Number, v.State, v.Content })
            .ToListAsync(ct);
        var latest = versions.GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.Max(v => v.Number));
        return versions
            .Where(v => !currentOnly || v.Number == latest[v.Id])
            .SelectMany(v => DeclarationContentJson.Read(v.Content).Indicators.Select(row => new IndicatorUsage(
                IndicatorLibrary.Key(row.Name, row.Level1, row.Level2), row, v.Id, v.Name, v.Year, v.UnitId, v.UnitName,
                v.VersionId, v.Number, v.State, v.Number == latest[v.Id])))
            .ToList();
    }
}
