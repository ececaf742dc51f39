using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services.Forms;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.ReReview;

/// <summary>One 整改事项 as lists and its page show it.</summary>
public sealed record RectificationRow(
    Guid Id, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RectificationSourceKind>))] RectificationSourceKind SourceKind, string SourceReference, string SourceText, int OwnerUnitId, string OwnerUnitName,
    Guid? ProjectId, string? ProjectName, string Requirement, DateOnly DueDate,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RectificationState>))] RectificationState State, string? Response,
    string? ReopenReason, string RaisedBy, DateTimeOffset RaisedAt, Guid ConcurrencyStamp, bool Overdue);

/// <summary>A reviewed form a 整改事项 may be raised from (<see cref="RectificationService.ReviewedFormAsync"/>).</summary>
public sealed record RaiseSourceForm(bool SelfEvaluation, Guid FormId, Guid ProjectId, string ProjectName, int UnitId, string UnitName,
    IReadOnlyList<(Guid Id, string Text, string Author)> Comments)
{
    public string FormName => SelfEvaluation ? "绩效自评表" : "项目申报表";
    public string Reference => RectificationSources.ReviewReference(SelfEvaluation, FormId);
}

/// <summary>What a new 整改事项 is raised with: the generic source, the owner unit, the project (if any), the requirement and due date.</summary>
public sealed record NewRectification(RectificationSource Source, int OwnerUnitId, Guid? ProjectId, string? Requirement, DateOnly DueDate);

/// <summary>
/// 整改 (issue 17): reviewers raise 整改事项 from a finding of review, 复核 or evaluation (any feature: <see cref="RaiseAsync"/>
/// takes a generic <see cref="RectificationSource"/>); the owner unit answers with text and attachments (the attachment
/// store, <see cref="AttachedForm.Rectification"/>); the reviewer closes (销号) or reopens it. Seen by the owner unit, its
/// 主管部门 and finance, as its forms are. Every command goes through <see cref="FormCommands"/>.
/// </summary>
public sealed class RectificationService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands,
    IConfiguration config)
{
    public const string EntityType = "Rectification";

    /// <summary>Days a unit has for an item raised from a finding (<c>Rectification:DueDays</c>, default 60).</summary>
    public int DueDays => config.GetValue<int?>("Rectification:DueDays") is { } d and > 0 ? d : 60;

    private DateOnly Today => DisplayTime.Today(clock);

    private IQueryable<RectificationItem> Scoped()
    {
        var units = me.ScopeFormOrgs(db.Organizations).Select(o => o.Id);
        return db.RectificationItems.Where(i => units.Contains(i.OwnerUnitId));
    }

    private IQueryable<RectificationRow> Rows(IQueryable<RectificationItem> items)
    {
        var today = Today;
        return from i in items
               join p in db.Projects on i.ProjectId equals p.Id into ps
               from p in ps.DefaultIfEmpty()
               select new RectificationRow(i.Id, i.SourceKind, i.SourceReference, i.SourceText, i.OwnerUnitId, i.OwnerUnit!.Name,
                   i.ProjectId, p == null ? null : p.Name, i.Requirement, i.DueDate, i.State, i.Response, i.ReopenReason, i.RaisedBy,
                   i.RaisedAt, i.ConcurrencyStamp, i.State == RectificationState.Open && i.DueDate < today);
    }

    /// <summary>One keyset page of the items in the user's scope, filtered and sorted as <paramref name="filter"/> says.</summary>
    public async Task<Paging.PageResult<RectificationRow>> PageAsync(RectificationListFilter filter, Paging.PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        var orgPath = filter.Org is { } org
            ? await me.ScopeOrgs(db.Organizations).Where(o => o.Id == org).Select(o => o.Path).SingleOrDefaultAsync(ct)
            : null;
        return await filter.Order.PageAsync(filter.Apply(Scoped().AsNoTracking(), orgPath, today), page, i => new RectificationRow(
            i.Id, i.SourceKind, i.SourceReference, i.SourceText, i.OwnerUnitId, i.OwnerUnit!.Name, i.ProjectId,
            db.Projects.Where(p => p.Id == i.ProjectId).Select(p => p.Name).FirstOrDefault(), i.Requirement, i.DueDate, i.State, i.Response,
            i.ReopenReason, i.RaisedBy, i.RaisedAt, i.ConcurrencyStamp, i.State == RectificationState.Open && i.DueDate < today), ct);
    }

    public Task<RectificationRow?> FindAsync(Guid id, CancellationToken ct) =>
        Rows(Scoped().AsNoTracking().Where(i => i.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>The items raised from one source (a 自评表's 复核, an evaluation…), for the page that raised them.</summary>
    public async Task<IReadOnlyList<RectificationRow>> OfSourceAsync(RectificationSourceKind kind, string reference, CancellationToken ct) =>
        (await Rows(Scoped().AsNoTracking().Where(i => i.SourceKind == kind && i.SourceReference == reference)).ToListAsync(ct))
        .OrderBy(r => r.RaisedAt).ToList();

    /// <summary>The 主管部门 and units the 单位 filter offers: those of the user's scope, departments first.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> OrgChoicesAsync(CancellationToken ct) =>
        (await me.ScopeFormOrgs(db.Organizations.AsNoTracking()).Where(o => o.Kind == OrgKind.Department || o.Kind == OrgKind.Unit)
            .OrderBy(o => o.Kind == OrgKind.Department ? 0 : 1).ThenBy(o => o.Path).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
        .Select(o => (o.Id, o.Name)).ToList();

    /// <summary>The user's whole scope counted (工作台): one SQL aggregate per owner unit, summed.</summary>
    public async Task<RectificationCounts> TotalsAsync(CancellationToken ct)
    {
        var perUnit = await PerUnitAsync(ct);
        return new RectificationCounts(me.OrgId ?? 0, "", perUnit.Sum(u => u.Open), perUnit.Sum(u => u.Overdue), perUnit.Sum(u => u.Answered));
    }

    /// <summary>
    /// 分析: the counts under each child of the focus organisation (district: its 主管部门 and units directly under it;
    /// 主管部门: its units; a unit: itself), from one SQL aggregate per owner unit in the user's scope; children with no
    /// unclosed item are left out. Null when the focus is outside the user's reach.
    /// </summary>
    public async Task<IReadOnlyList<RectificationCounts>?> ByChildOrgAsync(int focusOrgId, CancellationToken ct)
    {
        var orgs = me.ScopeOrgs(db.Organizations.AsNoTracking());
        var focus = await orgs.Where(o => o.Id == focusOrgId).Select(o => new { o.Id, o.Name, o.Path, o.Kind }).SingleOrDefaultAsync(ct);
        if (focus is null) return null;
        List<(int Id, string Name, string Path)> children = focus.Kind == OrgKind.Unit ? [(focus.Id, focus.Name, focus.Path)]
            : (await orgs.Where(o => o.ParentId == focus.Id && (o.Kind == OrgKind.Department || o.Kind == OrgKind.Unit))
                .OrderBy(o => o.Path).Select(o => new { o.Id, o.Name, o.Path }).ToListAsync(ct)).Select(o => (o.Id, o.Name, o.Path)).ToList();
        var perUnit = await PerUnitAsync(ct);
        return children.Select(o =>
            {
                var inside = perUnit.Where(u => u.Path.StartsWith(o.Path, StringComparison.Ordinal)).ToList();
                return new RectificationCounts(o.Id, o.Name, inside.Sum(u => u.Open), inside.Sum(u => u.Overdue), inside.Sum(u => u.Answered));
            })
            .Where(c => c.Total > 0).ToList();
    }

    private sealed record UnitCounts(int UnitId, string Path, int Open, int Overdue, int Answered);

    /// <summary>Unclosed items per owner unit in scope, counted by the database (never the items themselves).</summary>
    private async Task<List<UnitCounts>> PerUnitAsync(CancellationToken ct)
    {
        var today = Today;
        return await Scoped().AsNoTracking().Where(i => i.State != RectificationState.Closed)
            .GroupBy(i => new { i.OwnerUnitId, i.OwnerUnit!.Path })
            .Select(g => new UnitCounts(g.Key.OwnerUnitId, g.Key.Path,
                g.Count(i => i.State == RectificationState.Open),
                g.Count(i => i.State == RectificationState.Open && i.DueDate < today),
                g.Count(i => i.State == RectificationState.Answered)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Raises a 整改事项 (主管部门 within its units, finance anywhere). The seam for other features: evaluation findings and the
    /// results view raise theirs here with their own <see cref="RectificationSourceKind"/> and reference.
    /// </summary>
    public Task<(Guid? Id, ChangeResult Result)> RaiseAsync(NewRectification item, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        Guid? created = null;
        return Wrap(commands.CreateAsync(
            () => me.ScopeFormOrgs(db.Organizations).Where(o => o.Id == item.OwnerUnitId).SingleOrDefaultAsync(ct),
            async unit =>
                !MayRaise(me) ? ChangeResult.Refused("只有主管部门或财政局审核人可以下达整改事项。")
                : OwnDepartment(unit) ? ChangeResult.Refused(OwnFormRefusal)
                : RectificationRules.CheckNew(item.Requirement, item.DueDate, Today) is { } refused ? ChangeResult.Refused(refused)
                : string.IsNullOrWhiteSpace(item.Source.Text) || !TextHygiene.IsClean(item.Source.Text) ? ChangeResult.Refused("整改事项缺少问题描述。")
                : item.ProjectId is { } pid && !await me.Scope(db.Projects).AnyAsync(p => p.Id == pid && p.UnitId == unit.Id, ct)
                    ? ChangeResult.Refused("该项目不属于整改责任单位。")
                : null,
            unit =>
            {
                var entity = Add(item.Source, unit.Id, item.ProjectId, item.Requirement!, item.DueDate);
                created = entity.Id;
                return Task.FromResult(Creation<ChangeResult>.Of(new FormTarget(EntityType, entity.Id.ToString(), "该整改事项", entity), ChangeResult.Done));
            }, ct, missing: ChangeResult.Refused("未找到整改责任单位。")), () => created);
    }

    public const string OwnFormRefusal = "本部门的部门整体支出绩效由财政局复核并下达整改，主管部门不向本部门下达整改事项。";

    // A 主管部门审核人 raising an item on its own department (its 部门整体 form is the department's): it would rectify
    // itself, as it would re-review its own form (ReReviewService.OwnFormRefusal); finance raises those.
    private bool OwnDepartment(Organization unit) => me.Role == Role.SupervisorReviewer && unit.Id == me.OrgId;

    /// <summary>Who raises, closes and reopens items: the 主管部门's and finance's reviewers.</summary>
    public static bool MayRaise(CurrentUser user) => user?.Role is Role.SupervisorReviewer or Role.FinanceReviewer or Role.FinanceAdmin;

    /// <summary>
    /// A reviewed 申报表 (the project) or 自评表 in the user's scope as a review finding's source (转为整改): the project, its
    /// unit, and the form's review comments (a return's reason among them), newest first. Null when out of reach.
    /// </summary>
    public async Task<RaiseSourceForm?> ReviewedFormAsync(bool selfEvaluation, Guid formId, CancellationToken ct)
    {
        var projects = me.Scope(db.Projects.AsNoTracking());
        var project = selfEvaluation
            ? await (from e in db.SelfEvaluations
                     join p in projects on e.ProjectId equals p.Id
                     where e.Id == formId
                     select new { p.Id, p.Name, p.UnitId, Unit = p.Unit!.Name }).SingleOrDefaultAsync(ct)
            : await projects.Where(p => p.Id == formId).Select(p => new { p.Id, p.Name, p.UnitId, Unit = p.Unit!.Name }).SingleOrDefaultAsync(ct);
        if (project is null) return null;
        var comments = await ReviewComments.OnAsync(db, selfEvaluation ? ReviewForm.SelfEvaluation : ReviewForm.Declaration, formId, ct);
        return new RaiseSourceForm(selfEvaluation, formId, project.Id, project.Name, project.UnitId, project.Unit,
            [.. comments.AsEnumerable().Reverse().Select(c => (c.Id, c.Text, c.AuthorName))]);
    }

    /// <summary>Adds a new item and its audit event to the unit of work (the caller has checked and saves).</summary>
    private RectificationItem Add(RectificationSource source, int ownerUnitId, Guid? projectId, string requirement, DateOnly due)
    {
        var now = clock.GetUtcNow();
        var entity = new RectificationItem
        {
            Id = Guid.NewGuid(),
            SourceKind = source.Kind,
            SourceReference = source.Reference,
            SourceText = Cap(TextHygiene.Clean(source.Text).Trim()),
            OwnerUnitId = ownerUnitId,
            ProjectId = projectId,
            Requirement = requirement.Trim(),
            DueDate = due,
            RaisedBy = TextHygiene.Clean(me.DisplayName),
            RaisedAt = now,
            UpdatedAt = now,
        };
        db.RectificationItems.Add(entity);
        audit.Record("Raise", EntityType, entity.Id.ToString(), diff:
            [new FieldChange("整改要求", null, entity.Requirement), new FieldChange("整改期限", null, entity.DueDate.ToString("yyyy-MM-dd"))],
            comment: $"{RectificationNames.Chinese(source.Kind)}：{entity.SourceText}");
        return entity;
    }

    /// <summary>
    /// Adds an item for each finding of one source (an accepted evaluation, a confirmed 复核) not yet raised from it
    /// (same kind, reference and text), due in <see cref="DueDays"/> days, to the unit of work of the command that
    /// accepts or confirms the source: both are saved together or not at all. The caller has checked scope and role.
    /// Returns how many it added.
    /// </summary>
    public async Task<int> StageFindingsAsync(RectificationSourceKind kind, string reference, int ownerUnitId, Guid? projectId,
        IReadOnlyList<(string Finding, string Requirement)> findings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var raised = (await db.RectificationItems.AsNoTracking().Where(i => i.SourceKind == kind && i.SourceReference == reference)
            .Select(i => i.SourceText).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var (finding, requirement) in findings)
        {
            var text = Cap(TextHygiene.Clean(finding).Trim());
            if (text.Length == 0 || !raised.Add(text)) continue;
            Add(new RectificationSource(kind, reference, text), ownerUnitId, projectId, requirement, Today.AddDays(DueDays));
            added++;
        }
        return added;
    }

    private static string Cap(string text) => text.Length <= 4000 ? text : text[..3999] + "…"; // the column's length

    private static async Task<(Guid?, ChangeResult)> Wrap(Task<ChangeResult> run, Func<Guid?> id)
    {
        var result = await run;
        return (result.Ok ? id() : null, result);
    }

    /// <summary>The owner unit answers (待整改 or 已答复); the reviewer closes (销号) or reopens (重新整改, with a reason).</summary>
    public Task<ChangeResult> MoveAsync(Guid id, RectificationAction action, string? text, Guid? readStamp, CancellationToken ct) =>
        commands.RunAsync(
            () => Scoped().SingleOrDefaultAsync(i => i.Id == id, ct),
            item => new FormTarget(EntityType, item.Id.ToString(), "该整改事项", item, readStamp,
                MissingStamp: "缺少读取时的版本标记：请先打开整改事项，再保存。"),
            item => Task.FromResult(
                action == RectificationAction.Answer && me.Role != Role.UnitPreparer ? ChangeResult.Refused("只有整改责任单位可以答复整改事项。")
                : action != RectificationAction.Answer && !MayRaise(me)
                    ? ChangeResult.Refused("只有主管部门或财政局审核人可以销号或要求重新整改。")
                : null),
            item =>
            {
                var from = item.State;
                if (item.Move(action, text, clock.GetUtcNow()) is { } refused) return Task.FromResult<ChangeResult?>(ChangeResult.Refused(refused));
                audit.Record(action.ToString() + "Rectification", EntityType, item.Id.ToString(),
                    diff: [new FieldChange("整改状态", RectificationNames.Chinese(from), RectificationNames.Chinese(item.State))], comment: text?.Trim());
                return Task.FromResult<ChangeResult?>(null);
            },
            _ => ChangeResult.Done, ct, missing: new ChangeResult(false, "未找到该整改事项。", NotFound: true));
}
