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

/// <summary>逾期未整改 per owner unit (工作台, 分析).</summary>
public sealed record OverdueCount(int UnitId, string UnitName, int Count);

/// <summary>What a new 整改事项 is raised with: the generic source, the owner unit, the project (if any), the requirement and due date.</summary>
public sealed record NewRectification(RectificationSource Source, int OwnerUnitId, Guid? ProjectId, string? Requirement, DateOnly DueDate);

/// <summary>
/// 整改 (issue 17): reviewers raise 整改事项 from a finding of review, 复核 or evaluation (any feature: <see cref="RaiseAsync"/>
/// takes a generic <see cref="RectificationSource"/>); the owner unit answers with text and attachments (the attachment
/// store, <see cref="AttachedForm.Rectification"/>); the reviewer closes (销号) or reopens it. Seen by the owner unit, its
/// 主管部门 and finance, as its forms are. Every command goes through <see cref="FormCommands"/>.
/// </summary>
public sealed class RectificationService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, FormCommands commands)
{
    public const string EntityType = "Rectification";

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

    /// <summary>The items in the user's scope, open ones first by due date; <paramref name="overdueOnly"/> keeps the overdue.</summary>
    public async Task<IReadOnlyList<RectificationRow>> ListAsync(bool overdueOnly, CancellationToken ct)
    {
        var today = Today;
        var items = Scoped().AsNoTracking();
        if (overdueOnly) items = items.Where(i => i.State == RectificationState.Open && i.DueDate < today);
        var rows = await Rows(items).ToListAsync(ct);
        return rows.OrderBy(r => r.State == RectificationState.Closed).ThenBy(r => r.DueDate).ThenBy(r => r.Id).ToList();
    }

    public Task<RectificationRow?> FindAsync(Guid id, CancellationToken ct) =>
        Rows(Scoped().AsNoTracking().Where(i => i.Id == id)).SingleOrDefaultAsync(ct);

    /// <summary>The items raised from one source (a 自评表's 复核, an evaluation…), for the page that raised them.</summary>
    public async Task<IReadOnlyList<RectificationRow>> OfSourceAsync(RectificationSourceKind kind, string reference, CancellationToken ct) =>
        (await Rows(Scoped().AsNoTracking().Where(i => i.SourceKind == kind && i.SourceReference == reference)).ToListAsync(ct))
        .OrderBy(r => r.RaisedAt).ToList();

    /// <summary>逾期未整改 per owner unit in the user's scope (<see cref="RectificationRules.IsOverdue"/>), most first.</summary>
    public async Task<IReadOnlyList<OverdueCount>> OverdueByUnitAsync(CancellationToken ct)
    {
        var today = Today;
        var counts = await Scoped().AsNoTracking().Where(i => i.State == RectificationState.Open && i.DueDate < today)
            .GroupBy(i => new { i.OwnerUnitId, i.OwnerUnit!.Name }).Select(g => new OverdueCount(g.Key.OwnerUnitId, g.Key.Name, g.Count()))
            .ToListAsync(ct);
        return counts.OrderByDescending(c => c.Count).ThenBy(c => c.UnitName, StringComparer.Ordinal).ToList();
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
                me.Role is not (Role.SupervisorReviewer or Role.FinanceReviewer or Role.FinanceAdmin) ? ChangeResult.Refused("只有主管部门或财政局审核人可以下达整改事项。")
                : RectificationRules.CheckNew(item.Requirement, item.DueDate, Today) is { } refused ? ChangeResult.Refused(refused)
                : string.IsNullOrWhiteSpace(item.Source.Text) || !TextHygiene.IsClean(item.Source.Text) ? ChangeResult.Refused("整改事项缺少问题描述。")
                : item.ProjectId is { } pid && !await me.Scope(db.Projects).AnyAsync(p => p.Id == pid && p.UnitId == unit.Id, ct)
                    ? ChangeResult.Refused("该项目不属于整改责任单位。")
                : null,
            unit =>
            {
                var now = clock.GetUtcNow();
                var entity = new RectificationItem
                {
                    Id = Guid.NewGuid(),
                    SourceKind = item.Source.Kind,
                    SourceReference = item.Source.Reference,
                    SourceText = item.Source.Text.Trim(),
                    OwnerUnitId = unit.Id,
                    ProjectId = item.ProjectId,
                    Requirement = item.Requirement!.Trim(),
                    DueDate = item.DueDate,
                    RaisedBy = TextHygiene.Clean(me.DisplayName),
                    RaisedAt = now,
                    UpdatedAt = now,
                };
                db.RectificationItems.Add(entity);
                created = entity.Id;
                audit.Record("Raise", EntityType, entity.Id.ToString(), diff:
                    [new FieldChange("整改要求", null, entity.Requirement), new FieldChange("整改期限", null, entity.DueDate.ToString("yyyy-MM-dd"))],
                    comment: $"{RectificationNames.Chinese(item.Source.Kind)}：{entity.SourceText}");
                return Task.FromResult(Creation<ChangeResult>.Of(new FormTarget(EntityType, entity.Id.ToString(), "该整改事项", entity), ChangeResult.Done));
            }, ct, missing: ChangeResult.Refused("未找到整改责任单位。")), () => created);
    }

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
                : action != RectificationAction.Answer && me.Role is not (Role.SupervisorReviewer or Role.FinanceReviewer or Role.FinanceAdmin)
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
