using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// What the open data releases (docs/schema/README.md): per project the latest declaration version that is
/// 已批复 or 历史导入, self-evaluations that are 已确认 or 历史导入, and published disclosure packages. Never a draft
/// or a form under review; targets and self-evaluations only within the signed-in user's data scope.
/// </summary>
public sealed class OpenDataService(JixiaoDbContext db, CurrentUser me, DisclosureService disclosures)
{
    public async Task<List<ReleasedTargets>> TargetsAsync(int? year, CancellationToken ct)
    {
        var rows = await (from v in db.DeclarationVersions.AsNoTracking()
                          join p in me.Scope(db.Projects.AsNoTracking()) on v.ProjectId equals p.Id
                          where v.State == FormState.Approved || v.State == FormState.Imported
                          where year == null || p.Year == year
                          select new { Version = v, ProjectId = p.Id, p.Year, p.Name, UnitName = p.Unit!.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.ProjectId)
            .Select(g => g.MaxBy(r => r.Version.Number)!)
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r =>
            {
                var project = ProjectService.ToDomain(r.Version);
                return new ReleasedTargets(project with { Year = project.Year ?? r.Year }, r.UnitName, r.Version.State.ToString(), r.ProjectId, r.Version.Number);
            })
            .ToList();
    }

    public async Task<List<ReleasedEvaluation>> SelfEvaluationsAsync(int? year, CancellationToken ct)
    {
        var rows = await (from e in db.SelfEvaluations.AsNoTracking()
                          join p in me.Scope(db.Projects.AsNoTracking()) on e.ProjectId equals p.Id
                          join v in db.DeclarationVersions.AsNoTracking() on e.DeclarationVersionId equals v.Id
                          where e.State == FormState.Confirmed || e.State == FormState.Imported
                          where year == null || p.Year == year
                          select new { Evaluation = e, Project = p, Version = v, UnitName = p.Unit!.Name }).ToListAsync(ct);
        return rows
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.Project.Year).ThenBy(r => r.Project.Name, StringComparer.Ordinal)
            .Select(r =>
            {
                // The same evaluated project and score the 自评 screens show (one scorer, the evaluation's profile and mode).
                var loaded = new LoadedSelfEvaluation(r.Evaluation, r.Project, r.Version, ProjectService.ToDomain(r.Version),
                    EvaluationContentJson.Read(r.Evaluation.Content));
                var evaluated = loaded.Evaluated;
                return new ReleasedEvaluation(evaluated with { Year = evaluated.Year ?? r.Project.Year }, loaded.Score(), r.UnitName,
                    r.Evaluation.State.ToString(), r.Evaluation.Id);
            })
            .ToList();
    }

    /// <summary>Every published package (latest version of each unit and year); anonymous.</summary>
    public async Task<List<ReleasedDisclosure>> PublishedDisclosuresAsync(CancellationToken ct) =>
        (await disclosures.PublishedAsync(ct)).Select(Released).ToList();

    /// <summary>One published package, or with <paramref name="version"/> a superseded one; null for anything unpublished.</summary>
    public async Task<ReleasedDisclosure?> PublishedDisclosureAsync(int unitId, int year, int? version, CancellationToken ct) =>
        await disclosures.PublicAsync(unitId, year, version, ct) is { } e ? Released(e) : null;

    private static ReleasedDisclosure Released(Data.Entities.DisclosureEntity e) =>
        new(DisclosureService.ToDomain(e), e.Version, e.PublishedAt, e.CorrectionNote);
}
