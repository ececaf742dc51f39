using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents.OpenData;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Paging;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>
/// What the open data releases (docs/schema/README.md): per project the latest declaration version that is
/// 已批复 or 历史导入, self-evaluations that are 已确认 or 历史导入, and published disclosure packages. Never a draft
/// or a form under review; targets and self-evaluations only within the signed-in user's data scope.
/// </summary>
public sealed class OpenDataService(JixiaoDbContext db, CurrentUser me, DisclosureService disclosures)
{
    /// <summary>By unit, year and project name; the id breaks ties.</summary>
    public static readonly KeysetOrder<ProjectEntity> TargetsOrder = KeysetOrder<ProjectEntity>.By("od-targets", p => p.Unit!.Name)
        .ThenBy(p => p.Year).ThenBy(p => p.Name).ThenBy(p => p.Id);

    /// <summary>By unit, year and project name; the evaluation's id breaks ties.</summary>
    public static readonly KeysetOrder<SelfEvaluationEntity> EvaluationsOrder = KeysetOrder<SelfEvaluationEntity>.By("od-evaluations", e => e.Project!.Unit!.Name)
        .ThenBy(e => e.Project!.Year).ThenBy(e => e.Project!.Name).ThenBy(e => e.Id);

    /// <summary>One page of the projects with a released version (the latest released version of each), in the user's scope.</summary>
    public async Task<PageResult<ReleasedTargets>> TargetsAsync(int? year, PageRequest page, CancellationToken ct)
    {
        var projects = me.Scope(db.Projects.AsNoTracking())
            .Where(p => p.Versions.Any(v => v.State == FormState.Approved || v.State == FormState.Imported));
        if (year is { } y) projects = projects.Where(p => p.Year == y);
        var rows = await TargetsOrder.PageAsync(projects, page, p => new { p.Id, p.Year, UnitName = p.Unit!.Name }, ct);
        var ids = rows.Items.Select(r => r.Id).ToList();
        var versions = (await db.DeclarationVersions.AsNoTracking()
                .Where(v => ids.Contains(v.ProjectId) && (v.State == FormState.Approved || v.State == FormState.Imported)).ToListAsync(ct))
            .GroupBy(v => v.ProjectId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        return rows.Map(r =>
        {
            var version = versions[r.Id];
            var project = ProjectService.ToDomain(version);
            return new ReleasedTargets(project with { Year = project.Year ?? r.Year }, r.UnitName, version.State.ToString(), r.Id, version.Number);
        });
    }

    /// <summary>One page of the released self-evaluations (已确认 or 历史导入) in the user's scope, each scored as the screens score it.</summary>
    public async Task<PageResult<ReleasedEvaluation>> SelfEvaluationsAsync(int? year, PageRequest page, CancellationToken ct)
    {
        var scoped = me.Scope(db.Projects.AsNoTracking()).Select(p => p.Id);
        var evaluations = db.SelfEvaluations.AsNoTracking()
            .Where(e => (e.State == FormState.Confirmed || e.State == FormState.Imported) && scoped.Contains(e.ProjectId));
        if (year is { } y) evaluations = evaluations.Where(e => e.Project!.Year == y);
        var ids = await EvaluationsOrder.PageAsync(evaluations, page, e => e.Id, ct);
        var wanted = ids.Items.ToList();
        var rows = (await (from e in db.SelfEvaluations.AsNoTracking()
                           join p in db.Projects.AsNoTracking() on e.ProjectId equals p.Id
                           join v in db.DeclarationVersions.AsNoTracking() on e.DeclarationVersionId equals v.Id
                           where wanted.Contains(e.Id)
                           select new { Evaluation = e, Project = p, Version = v, UnitName = p.Unit!.Name }).ToListAsync(ct))
            .ToDictionary(r => r.Evaluation.Id);
        return ids.Map(id =>
        {
            var r = rows[id];
            // The same evaluated project and score the 自评 screens show (one scorer, the evaluation's profile and mode).
            var loaded = new LoadedSelfEvaluation(r.Evaluation, r.Project, r.Version, ProjectService.ToDomain(r.Version),
                EvaluationContentJson.Read(r.Evaluation.Content));
            var evaluated = loaded.Evaluated;
            return new ReleasedEvaluation(evaluated with { Year = evaluated.Year ?? r.Project.Year }, loaded.Score(), r.UnitName,
                r.Evaluation.State.ToString(), r.Evaluation.Id);
        });
    }

    /// <summary>One page of the published packages (latest version of each unit and year); anonymous.</summary>
    public async Task<PageResult<ReleasedDisclosure>> PublishedDisclosuresAsync(PageRequest page, CancellationToken ct) =>
        (await disclosures.PagePublishedAsync(null, null, page, ct)).Map(Released);

    /// <summary>One published package, or with <paramref name="version"/> a superseded one; null for anything unpublished.</summary>
    public async Task<ReleasedDisclosure?> PublishedDisclosureAsync(int unitId, int year, int? version, CancellationToken ct) =>
        await disclosures.PublicAsync(unitId, year, version, ct) is { } e ? Released(e) : null;

    private static ReleasedDisclosure Released(Data.Entities.DisclosureEntity e) =>
        new(DisclosureService.ToDomain(e), e.Version, e.PublishedAt, e.CorrectionNote);
}
