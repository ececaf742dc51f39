using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Review;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>A project as lists show it, with the state and number of its current (latest) version.</summary>
public sealed record ProjectRow(Guid Id, int UnitId, string UnitName, string Name, int Year, decimal FundsTotalYuan, FormState State, int Version);

/// <summary>A project as the screens see it: the row, its current version and the parsed domain model.</summary>
public sealed record LoadedProject(ProjectEntity Entity, DeclarationVersion Version, Project Model, IReadOnlyList<Finding> Findings);

/// <summary>
/// Reads and writes declared projects through the data scope of the signed-in user. Every rule it applies is the
/// domain's (grammar, lint, workflow); this class only moves data and records the audit trail.
/// </summary>
public sealed class ProjectService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ProjectModelCache models,
    FormCommands commands, LintRuleSettings rules)
{
    // Straight from the stored record, each target parsed once.
    public static Project ToDomain(DeclarationVersion version) => DeclarationContentJson.ReadProject(version.Content);

    /// <summary>
    /// The findings of <paramref name="project"/> under <paramref name="profile"/>: the administrator's settings in force
    /// (<see cref="LintRuleSettings.CurrentAsync"/>), the one profile every page, API and import preview lints with.
    /// </summary>
    public static IReadOnlyList<Finding> Lint(Project project, bool historical, LintProfile profile) =>
        Linter.LintProject(project, new LintContext(profile, historical ? LintMode.Historical : LintMode.Live, project.Year));

    /// <summary>The projects in the user's scope, optionally of one year and matching a name, ordered by unit, year, name.</summary>
    public async Task<IReadOnlyList<ProjectRow>> ListAsync(int? year, string? nameContains, CancellationToken ct)
    {
        var projects = me.Scope(db.Projects.AsNoTracking());
        if (year is { } y) projects = projects.Where(p => p.Year == y);
        if (!string.IsNullOrWhiteSpace(nameContains)) projects = projects.Where(p => p.Name.Contains(nameContains));
        var rows = await projects
            .OrderBy(p => p.Unit!.Name).ThenByDescending(p => p.Year).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.UnitId,
                UnitName = p.Unit!.Name,
                p.Name,
                p.Year,
                p.FundsTotalYuan,
                // Two scalar subqueries, each one index seek on (ProjectId, Number). Selecting an object with First()
                // here made EF number every version of every project (ROW_NUMBER over the whole table) on each list.
                LatestState = p.Versions.OrderByDescending(v => v.Number).Select(v => v.State).First(),
                LatestNumber = p.Versions.Max(v => v.Number),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ProjectRow(r.Id, r.UnitId, r.UnitName, r.Name, r.Year, r.FundsTotalYuan, r.LatestState, r.LatestNumber)).ToList();
    }

    /// <summary>
    /// One page of the projects in the user's scope that pass <paramref name="filter"/>, in its order; also the total
    /// of 项目资金 over every matching row (not only the page) for the unit summary.
    /// </summary>
    public async Task<Paging.PageResult<ProjectRow>> PageAsync(ProjectListFilter filter, Paging.PageRequest page, CancellationToken ct)
    {
        var projects = await FilteredAsync(filter, ct);
        return await OrderOf(filter).PageAsync(projects, page, p => new ProjectRow(p.Id, p.UnitId, p.Unit!.Name, p.Name, p.Year, p.FundsTotalYuan,
            // Two scalar subqueries, each one index seek on (ProjectId, Number) (see ListAsync).
            p.Versions.OrderByDescending(v => v.Number).Select(v => v.State).First(), p.Versions.Max(v => v.Number)), ct);
    }

    /// <summary>
    /// The list's order: the filter's, or a 结果应用 order (ADR-060) whose first key is a correlated subquery per row
    /// (<see cref="ResultsApplied.LastYearQuery"/>), so the list still pages in SQL. The API checks its cursors against it.
    /// </summary>
    public Paging.KeysetOrder<ProjectEntity> OrderOf(ProjectListFilter filter) => filter.Sort switch
    {
        ProjectOrders.LastGrade => Paging.KeysetOrder<ProjectEntity>.By(ProjectOrders.LastGrade, ResultsApplied.LastYearQuery.GradeRank(db))
            .ThenBy(p => p.Unit!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id),
        ProjectOrders.OpenRectifications => Paging.KeysetOrder<ProjectEntity>.ByDescending(ProjectOrders.OpenRectifications, ResultsApplied.LastYearQuery.OpenRectifications(db))
            .ThenBy(p => p.Unit!.Name).ThenBy(p => p.Name).ThenBy(p => p.Id),
        _ => filter.Order,
    };

    /// <summary>Σ 项目资金 of every project passing the filter, in 元 (checked: an overflow is an error, not a wrap).</summary>
    public async Task<decimal> FundsTotalAsync(ProjectListFilter filter, CancellationToken ct) =>
        Domain.Bounds.SafeMath.Sum(await (await FilteredAsync(filter, ct)).Select(p => p.FundsTotalYuan).ToListAsync(ct));

    private async Task<IQueryable<ProjectEntity>> FilteredAsync(ProjectListFilter filter, CancellationToken ct)
    {
        var projects = me.Scope(db.Projects.AsNoTracking());
        if (filter.Year is { } y) projects = projects.Where(p => p.Year == y);
        if (filter.Query is { } q) projects = projects.Where(p => p.Name.Contains(q) || p.Unit!.Name.Contains(q));
        if (filter.UnitId is { } unit) projects = projects.Where(p => p.UnitId == unit);
        if (filter.DepartmentId is { } department)
        {
            // The department and every unit below it (materialised path); an unknown id matches nothing.
            var path = await db.Organizations.Where(o => o.Id == department).Select(o => o.Path).FirstOrDefaultAsync(ct) ?? "/none/";
            projects = projects.Where(p => p.Unit!.Path.StartsWith(path));
        }
        if (filter.Category is { Length: > 0 } category) projects = projects.Where(p => p.Category == category);
        if (filter.Nature is { Length: > 0 } nature) projects = projects.Where(p => p.Nature == nature);
        // 结果应用 (ADR-060): last year's grade that counts, and last year's rectification items not yet 已销号.
        if (filter.LastGrade is { } grade) projects = projects.Where(ResultsApplied.LastYearQuery.HasGrade(db, grade));
        if (filter.OpenRectifications) projects = projects.Where(ResultsApplied.LastYearQuery.HasOpenRectifications(db));
        if (filter.State is { } state) projects = projects.Where(p => p.Versions.OrderByDescending(v => v.Number).Select(v => v.State).First() == state);
        return projects;
    }

    /// <summary>
    /// Workflow moves the user may attempt on the project; none on another unit's project (one rule for page and API). A
    /// reviewer is offered the review moves at once: a submitted form is opened with the first act (no 开始审核 click).
    /// </summary>
    public async Task<IReadOnlyList<WorkflowAction>> ActionsForAsync(LoadedProject p, CancellationToken ct) =>
        me.Role is not { } role || (role == Role.UnitPreparer && p.Entity.UnitId != me.OrgId)
            ? []
            : FormWorkflow.Declaration.OfferedActions(p.Version.State, role, await SupervisorIsFinanceAsync(p, ct), OwnsForm(p)).ToList();

    /// <summary>
    /// True when the user declares this form: a 填报人 its own unit's projects, a 主管部门审核人 its own department's
    /// 部门整体 form (ADR-064). The one rule behind editing, submitting, copying and the project page's buttons.
    /// </summary>
    public bool OwnsForm(LoadedProject p) => OwnsForm(p.Entity);

    /// <inheritdoc cref="OwnsForm(LoadedProject)"/>
    public bool OwnsForm(ProjectEntity p) => p.UnitId == me.OrgId && me.Role switch
    {
        Role.UnitPreparer => p.Unit!.Kind == OrgKind.Unit,
        Role.SupervisorReviewer => IsDepartmentForm(p),
        _ => false,
    };

    /// <summary>True for a 部门整体 form: a department-level template on a department itself (ADR-057).</summary>
    public static bool IsDepartmentForm(LoadedProject p) => IsDepartmentForm(p.Entity);

    /// <inheritdoc cref="IsDepartmentForm(LoadedProject)"/>
    public static bool IsDepartmentForm(ProjectEntity p) =>
        p.Unit!.Kind == OrgKind.Department && DepartmentRollUps.IsDepartmentForm(p.TemplateId);

    /// <summary>
    /// True when no 主管部门 stage comes between the form and 财政局 (workflow.md §2): the project's unit sits directly
    /// under the finance bureau, or the form is a department's own 部门整体 form (ADR-064).
    /// </summary>
    public async Task<bool> SupervisorIsFinanceAsync(LoadedProject p, CancellationToken ct) =>
        IsDepartmentForm(p)
        || await db.Organizations.Where(o => o.Id == p.Entity.Unit!.ParentId).Select(o => o.Kind).FirstOrDefaultAsync(ct) == OrgKind.FinanceBureau;

    /// <summary>The project if the user may see it, else null (callers answer 404: no hint that it exists).</summary>
    public async Task<LoadedProject?> LoadAsync(Guid id, CancellationToken ct)
    {
        var entity = await me.Scope(db.Projects).Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (entity is null) return null;
        var version = await db.DeclarationVersions.Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).FirstAsync(ct);
        var profile = await rules.CurrentAsync(ct);
        var (model, findings) = models.Get(version, profile.Stamp, v =>
        {
            var parsed = ToDomain(v);
            return (parsed, Lint(parsed, v.State == FormState.Imported, profile.Profile));
        });
        return new LoadedProject(entity, version, model, findings);
    }

    /// <summary>
    /// Creates a project with its first version through the command pipeline ("new project", "copy last year's");
    /// <paramref name="race"/> answers a project of the same unit, year and name created at the same time.
    /// </summary>
    public async Task<(ProjectEntity? Entity, WriteResult Result)> CreateAsync(int unitId, Project project, VersionOrigin origin, string race,
        CancellationToken ct, Guid? copiedFrom = null)
    {
        ProjectEntity? created = null;
        var result = await commands.CreateAsync(
            () => Task.FromResult<Project?>(project),
            _ => Task.FromResult<WriteResult?>(null), // who may create is the caller's check (the page's role, the copy's unit)
            p =>
            {
                created = Add(unitId, p, FormState.Draft, origin, copiedFrom);
                return Task.FromResult(Creation<WriteResult>.Of(
                    new FormTarget("Project", created.Id.ToString(), "该项目", created.Versions.Single(), CreateRace: race), WriteResult.Done));
            },
            ct);
        return (result.Ok ? created : null, result);
    }

    /// <summary>
    /// Adds a project with its first version and its audit event, unsaved: an import or the demo district saves every
    /// form of a file in one transaction.
    /// </summary>
    public ProjectEntity Add(int unitId, Project project, FormState state, VersionOrigin origin) => Add(unitId, project, state, origin, null);

    private ProjectEntity Add(int unitId, Project project, FormState state, VersionOrigin origin, Guid? copiedFrom)
    {
        var now = clock.GetUtcNow();
        var entity = new ProjectEntity
        {
            Id = Guid.NewGuid(),
            UnitId = unitId,
            Year = project.Year ?? now.Year,
            Name = project.Name,
            TemplateId = project.TemplateId,
            Form = project.Form,
            FundsTotalYuan = UnitSummary.FundsOf(project),
            CreatedAt = now,
            CopiedFromId = copiedFrom,
        };
        entity.KeepListColumns(project);
        entity.Versions.Add(new DeclarationVersion(state)
        {
            Id = Guid.NewGuid(),
            Number = 1,
            Origin = origin,
            Content = DeclarationContentJson.Write(project),
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = me.IsAuthenticated ? me.UserName : "system",
        });
        db.Projects.Add(entity);
        audit.Record(origin == VersionOrigin.Imported ? "Import" : "Create", "Project", entity.Id.ToString(), 1,
            [new FieldChange("Name", null, project.Name)]);
        return entity;
    }

    /// <summary>The keys of the stored indicators, in form order (stable identities, workflow.md §3).</summary>
    public static IReadOnlyList<Guid> IndicatorKeys(DeclarationVersion version) =>
        DeclarationContentJson.Read(version.Content).Indicators.Select(i => i.Key).ToList();
}
