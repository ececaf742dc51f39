using Jixiao.Data;
using Jixiao.Documents.Export;
using Jixiao.Documents.Export.Forms;
using Jixiao.Documents.Layout;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

public enum ExportedForm
{
    Declaration,
    SelfEvaluation,
    Disclosure,
    Monitoring,
}

/// <summary>One stored form to export: its kind, id (the project's for monitoring), period month, and unit (the folder in a bulk zip).</summary>
public sealed record FormRef(ExportedForm Form, Guid Id, string UnitName, int Month = 0);

/// <summary>
/// The printable layout of each stored form, loaded through the form's own service (so through the user's scope):
/// null when the form does not exist or lies outside the scope. Scores are the scorer's, exactly as the 绩效自评 page
/// computes them.
/// </summary>
public sealed class FormSource(JixiaoDbContext db, CurrentUser me, ProjectService projects, SelfEvaluationService evaluations,
    DisclosureService disclosures, MonitoringService monitoring)
{
    public async Task<FormDocument?> DeclarationAsync(Guid projectId, CancellationToken ct) =>
        await projects.LoadAsync(projectId, ct) is { } p ? FormLayouts.Declaration(p.Model) : null;

    /// <summary>
    /// The 绩效目标批复 notice of an approved version (<paramref name="version"/>, or the latest approved one). InScope is
    /// false when the caller may not see the project (a 404 hides it); Notice is null when that version was never approved
    /// (a draft or a returned version has none), which is a state of a visible project, not a missing one.
    /// </summary>
    public async Task<(bool InScope, FormDocument? Notice)> ApprovalNoticeAsync(Guid projectId, int? version, CancellationToken ct)
    {
        if (await projects.LoadAsync(projectId, ct) is not { } loaded) return (false, null);
        var approved = await db.DeclarationVersions.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.ApprovedAt != null && (version == null || v.Number == version))
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (approved is null) return (true, null);
        // The body is the approver's organisation as the audit trail records it; the finance bureau when none is recorded (imported).
        var approverOrg = await db.AuditEvents.AsNoTracking()
            .Where(a => a.EntityType == "Project" && a.EntityId == projectId.ToString() && a.Action == "Approve" && a.Version == approved.Number)
            .OrderByDescending(a => a.AtUtc).Select(a => a.OrgId).FirstOrDefaultAsync(ct);
        var body = await db.Organizations.AsNoTracking()
            .Where(o => approverOrg != null ? o.Id == approverOrg : o.Kind == OrgKind.FinanceBureau)
            .OrderBy(o => o.Id).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "财政局";
        var unit = loaded.Entity.Unit!;
        // The supervising department is the unit's parent in the organisation tree, the body that reviewed the form.
        var department = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == unit.ParentId && o.Kind == OrgKind.Department).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return (true, ApprovalNoticeLayout.Document(new ApprovalNotice(ProjectService.ToDomain(approved), unit.Name, department, body,
            DisplayTime.Date(approved.ApprovedAt!.Value), approved.Number)));
    }

    public async Task<FormDocument?> SelfEvaluationAsync(Guid id, CancellationToken ct) =>
        await evaluations.LoadAsync(id, ct) is { } e ? FormLayouts.SelfEvaluation(e.Evaluated, e.Score(), e.Definition) : null;

    /// <summary>The 运行监控表 of a project and period with the lights as the 运行监控 page computes them.</summary>
    public async Task<FormDocument?> MonitoringAsync(Guid projectId, int month, CancellationToken ct) =>
        await monitoring.LoadAsync(projectId, month, ct) is { } m ? FormLayouts.Monitoring(MonitoringSheetOf(m)) : null;

    // The definition's texts (the header copied from the declaration, what the unit entered), the lights computed.
    private static MonitoringSheet MonitoringSheetOf(LoadedMonitoring m)
    {
        var evaluation = m.Evaluate();
        var fields = new Dictionary<string, string>(m.Header(), StringComparer.Ordinal);
        foreach (var (key, text) in m.Content.Fields) fields[key] = text;
        return new MonitoringSheet
        {
            Fields = fields,
            Year = m.Declared.Year ?? m.Project.Year,
            Month = m.Month,
            BudgetLight = evaluation.Budget,
            ProjectLight = evaluation.ProjectLight,
            Rows = evaluation.Rows.Select(r =>
            {
                var row = m.Content.Row(r.Key);
                return new MonitoringSheetRow(r.Level1, r.Level2, r.Name, r.Target, row?.ProgressText,
                    r.Qualitative ? row?.Tier is { } t ? MonitoringWords.Chinese(t) : null : row?.ForecastText,
                    row?.Likelihood is { } l ? MonitoringWords.Chinese(l) : null, r.Light,
                    row?.DeviationCauses.Select(DeviationCauses.Chinese).ToList() ?? [], row?.DeviationReason, row?.CorrectiveAction);
            }).ToList(),
        };
    }

    /// <summary>The disclosure package with the unit's 绩效目标填报表 of that year attached (as the published package holds them).</summary>
    public async Task<FormDocument?> DisclosureAsync(Guid id, CancellationToken ct)
    {
        if (await disclosures.LoadAsync(id, ct) is not { } d) return null;
        var forms = await LatestModelsAsync(me.Scope(db.Projects).Where(p => p.UnitId == d.Entity.UnitId && p.Year == d.Entity.Year
            && p.Form == FormKind.DistrictFilingForm), ct);
        return FormLayouts.Disclosure(d.Model, forms);
    }

    /// <summary>A unit's 申报 package of a year (summary, 项目经费情况说明 and 申报表 of every project); null if none is in scope.</summary>
    public async Task<FormDocument?> UnitPackageAsync(int unitId, int year, CancellationToken ct)
    {
        var unit = await me.ScopeOrgs(db.Organizations).Where(o => o.Id == unitId).Select(o => o.Name).SingleOrDefaultAsync(ct);
        if (unit is null) return null;
        var models = await LatestModelsAsync(me.Scope(db.Projects).Where(p => p.UnitId == unitId && p.Year == year
            && p.Form != FormKind.DistrictFilingForm), ct);
        return models.Count == 0 ? null : FormLayouts.UnitPackage(new UnitPackage { UnitName = unit, Year = year, Projects = models });
    }

    public Task<FormDocument?> LayoutAsync(FormRef form, CancellationToken ct) => form.Form switch
    {
        ExportedForm.SelfEvaluation => SelfEvaluationAsync(form.Id, ct),
        ExportedForm.Disclosure => DisclosureAsync(form.Id, ct),
        ExportedForm.Monitoring => MonitoringAsync(form.Id, form.Month, ct),
        _ => DeclarationAsync(form.Id, ct),
    };

    /// <summary>
    /// Every form of the units at or below <paramref name="orgId"/> within the user's scope, optionally of one year:
    /// each project's 申报表, each 自评表, each stored 运行监控表 and each disclosure version. Empty when the organization lies outside the scope.
    /// </summary>
    public async Task<IReadOnlyList<FormRef>> AllOfAsync(int orgId, int? year, CancellationToken ct)
    {
        var path = await me.ScopeOrgs(db.Organizations).Where(o => o.Id == orgId).Select(o => o.Path).SingleOrDefaultAsync(ct);
        if (path is null) return [];
        var scoped = me.Scope(db.Projects.AsNoTracking()).Where(p => p.Unit!.Path.StartsWith(path));
        if (year is { } y) scoped = scoped.Where(p => p.Year == y);
        var projectRows = await scoped.Select(p => new { p.Id, Unit = p.Unit!.Name, p.Year, p.Name }).ToListAsync(ct);
        var evaluationRows = await (from e in db.SelfEvaluations.AsNoTracking()
                                    join p in scoped on e.ProjectId equals p.Id
                                    select new { e.Id, Unit = p.Unit!.Name, p.Year, p.Name }).ToListAsync(ct);
        var monitoringRows = await (from m in db.MonitoringReports.AsNoTracking()
                                    join p in scoped on m.ProjectId equals p.Id
                                    select new { Id = p.Id, Unit = p.Unit!.Name, p.Year, p.Name, m.PeriodEndMonth }).ToListAsync(ct);
        var disclosureRows = await disclosures.Scoped().AsNoTracking()
            .Where(d => d.Unit!.Path.StartsWith(path) && (year == null || d.Year == year))
            .Select(d => new { d.Id, Unit = d.Unit!.Name, d.Year, Name = "" }).ToListAsync(ct);
        return projectRows.Select(r => (Form: ExportedForm.Declaration, Row: r, Month: 0))
            .Concat(evaluationRows.Select(r => (Form: ExportedForm.SelfEvaluation, Row: r, Month: 0)))
            .Concat(monitoringRows.Select(r => (Form: ExportedForm.Monitoring, Row: new { r.Id, r.Unit, r.Year, r.Name }, Month: r.PeriodEndMonth)))
            .Concat(disclosureRows.Select(r => (Form: ExportedForm.Disclosure, Row: r, Month: 0)))
            .OrderBy(x => x.Row.Unit, StringComparer.Ordinal).ThenBy(x => x.Row.Year).ThenBy(x => x.Form).ThenBy(x => x.Row.Name, StringComparer.Ordinal).ThenBy(x => x.Month)
            .Select(x => new FormRef(x.Form, x.Row.Id, x.Row.Unit, x.Month)).ToList();
    }

    private async Task<List<Project>> LatestModelsAsync(IQueryable<Data.Entities.ProjectEntity> query, CancellationToken ct)
    {
        var versions = await query.OrderBy(p => p.Name)
            .Select(p => p.Versions.OrderByDescending(v => v.Number).First()).AsNoTracking().ToListAsync(ct);
        return versions.Select(ProjectService.ToDomain).ToList();
    }
}
