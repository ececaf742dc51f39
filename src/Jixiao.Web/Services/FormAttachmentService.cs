using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Attachments;
using Jixiao.Domain.Text;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One attachment as listed: name, size, who uploaded it and when.</summary>
public sealed record AttachmentRow(Guid Id, string Name, long Size, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>
/// The attachments of one form as its page shows them, whether the user may add or delete one now, and, for the unit when
/// it may not, why (the form's state).
/// </summary>
public sealed record AttachmentList(AttachedForm Form, Guid FormId, IReadOnlyList<AttachmentRow> Rows, bool CanAdd, string? LockedReason = null);

/// <summary>The outcome of an upload: its id, or a Chinese refusal (not found, forbidden, or why the file or the form's state refuses it).</summary>
public sealed record AttachmentOutcome(Guid? Id, string? Error = null, bool NotFound = false, bool Forbidden = false);

/// <summary>
/// Files a unit attaches to its declaration versions, monitoring reports and self-evaluations (测算依据, 佐证材料). Every
/// read goes through the user's scope of the form's project, so an attachment is seen exactly by those who see the
/// form; the unit adds one only while it may still edit the form (<see cref="AttachmentPolicy"/>).
/// </summary>
public sealed class FormAttachmentService(JixiaoDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, IConfiguration config)
{
    /// <summary>The largest file (<c>Attachments:MaxBytes</c>, default 20 MB).</summary>
    public long MaxBytes => config.GetValue<long?>("Attachments:MaxBytes") ?? AttachmentPolicy.DefaultMaxBytes;

    private sealed record FormRow(Guid ProjectId, FormState State, int? Version);

    // The form, if the user's scope reaches its project.
    private async Task<FormRow?> FormAsync(AttachedForm form, Guid id, CancellationToken ct)
    {
        if (form == AttachedForm.Rectification)
        {
            // A 整改事项 is seen by its owner unit's reach; the unit may add to its answer until the item is closed (销号).
            var units = me.ScopeFormOrgs(db.Organizations).Select(o => o.Id);
            var item = await db.RectificationItems.Where(i => i.Id == id && units.Contains(i.OwnerUnitId))
                .Select(i => new { i.ProjectId, i.State }).SingleOrDefaultAsync(ct);
            return item is null ? null
                : new FormRow(item.ProjectId ?? Guid.Empty, item.State == Domain.Rectification.RectificationState.Closed ? FormState.Confirmed : FormState.Draft, null);
        }
        var projects = me.Scope(db.Projects).Select(p => p.Id);
        return await (form switch
        {
            AttachedForm.Declaration => db.DeclarationVersions.Where(v => v.Id == id && projects.Contains(v.ProjectId))
                .Select(v => new FormRow(v.ProjectId, v.State, v.Number)).SingleOrDefaultAsync(ct),
            AttachedForm.Monitoring => db.MonitoringReports.Where(r => r.Id == id && projects.Contains(r.ProjectId))
                .Select(r => new FormRow(r.ProjectId, r.State, r.PeriodEndMonth)).SingleOrDefaultAsync(ct),
            AttachedForm.SelfEvaluation => db.SelfEvaluations.Where(e => e.Id == id && projects.Contains(e.ProjectId))
                .Select(e => new FormRow(e.ProjectId, e.State, null)).SingleOrDefaultAsync(ct),
            // An evaluation's report has its own scope (the evaluator sees no project): ExternalEvaluationService serves it.
            _ => Task.FromResult<FormRow?>(null),
        });
    }

    /// <summary>The form's attachments, oldest first; null when the user does not see the form.</summary>
    public async Task<AttachmentList?> ListAsync(AttachedForm form, Guid formId, CancellationToken ct)
    {
        if (await FormAsync(form, formId, ct) is not { } row) return null;
        var rows = await db.FormAttachments.AsNoTracking().Where(a => a.Form == form && a.FormId == formId)
            .Select(a => new AttachmentRow(a.Id, a.Name, a.Size, a.UploadedBy, a.UploadedAt)).ToListAsync(ct);
        var refusal = me.Role == Role.UnitPreparer ? AttachmentPolicy.AddRefusal(FormName(form), row.State) : null;
        return new AttachmentList(form, formId, rows.OrderBy(r => r.UploadedAt).ToList(), me.Role == Role.UnitPreparer && refusal is null, refusal);
    }

    /// <summary>
    /// Attaches the file <paramref name="name"/> of <paramref name="length"/> bytes (read by <paramref name="read"/> only once the
    /// form, the user and the size allow it); refused with the reason, nothing stored, when it may not be.
    /// </summary>
    public async Task<AttachmentOutcome> AddAsync(AttachedForm form, Guid formId, string name, long length,
        Func<CancellationToken, Task<byte[]>> read, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (await FormAsync(form, formId, ct) is not { } row) return new(null, "未找到该表。", NotFound: true);
        if (me.Role != Role.UnitPreparer) return new(null, "只有项目单位可以添加附件。", Forbidden: true);
        if (AttachmentPolicy.AddRefusal(FormName(form), row.State) is { } refused) return new(null, refused);
        name = TextHygiene.Clean(Path.GetFileName(name)).Trim(); // a file name comes from the user's machine like any other text
        if (name.Length > 200) name = name[..(200 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        if (AttachmentPolicy.SizeRefusal(name, length, MaxBytes) is { } tooLarge) return new(null, tooLarge);
        var bytes = await read(ct);
        if (AttachmentPolicy.FileRefusal(name, bytes, MaxBytes) is { } bad) return new(null, bad);
        var attachment = new FormAttachment
        {
            Id = Guid.NewGuid(),
            Form = form,
            FormId = formId,
            ProjectId = row.ProjectId,
            Name = name,
            ContentType = AttachmentPolicy.ContentType(name),
            Size = bytes.Length,
            Bytes = bytes,
            UploadedBy = TextHygiene.Clean(me.DisplayName),
            UploadedAt = clock.GetUtcNow(),
        };
        db.FormAttachments.Add(attachment);
        var (entityType, entityId, version) = AuditTarget(form, formId, row);
        audit.Record("Attach", entityType, entityId.ToString(), version, comment: name);
        await db.SaveChangesAsync(ct);
        return new(attachment.Id);
    }

    /// <summary>
    /// Deletes the attachment (404 outside the user's scope); refused with the reason unless the user is the unit and the
    /// form is still theirs to edit (草稿, 已退回): an approved or submitted version keeps what was reviewed. Audited.
    /// </summary>
    public async Task<AttachmentOutcome> DeleteAsync(Guid id, CancellationToken ct)
    {
        var attachment = await db.FormAttachments.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment is null || await FormAsync(attachment.Form, attachment.FormId, ct) is not { } row)
            return new(null, "未找到该附件。", NotFound: true);
        if (me.Role != Role.UnitPreparer) return new(null, "只有项目单位可以删除附件。", Forbidden: true);
        if (AttachmentPolicy.AddRefusal(FormName(attachment.Form), row.State) is { } refused) return new(null, refused);
        db.FormAttachments.Remove(attachment);
        var (entityType, entityId, version) = AuditTarget(attachment.Form, attachment.FormId, row);
        audit.Record("Detach", entityType, entityId.ToString(), version, comment: attachment.Name);
        await db.SaveChangesAsync(ct);
        return new(id);
    }

    /// <summary>
    /// Copies the attachments of declaration version <paramref name="from"/> onto the new version <paramref name="to"/>
    /// (an adjustment, or the copy a return leaves to edit): the next version starts with the files the last one had, as
    /// it starts with its content. Added to the caller's unit of work; saved with the new version.
    /// </summary>
    public async Task CarryOverAsync(Guid from, Guid to, CancellationToken ct)
    {
        var carried = await db.FormAttachments.AsNoTracking().Where(a => a.Form == AttachedForm.Declaration && a.FormId == from).ToListAsync(ct);
        foreach (var a in carried)
        {
            db.FormAttachments.Add(new FormAttachment
            {
                Id = Guid.NewGuid(),
                Form = a.Form,
                FormId = to,
                ProjectId = a.ProjectId,
                Name = a.Name,
                ContentType = a.ContentType,
                Size = a.Size,
                Bytes = a.Bytes,
                UploadedBy = a.UploadedBy,
                UploadedAt = a.UploadedAt,
            });
        }
    }

    private static (string EntityType, Guid EntityId, int? Version) AuditTarget(AttachedForm form, Guid formId, FormRow row) => form switch
    {
        AttachedForm.Declaration => ("Project", row.ProjectId, row.Version),
        AttachedForm.Monitoring => ("MonitoringReport", formId, row.Version),
        AttachedForm.Rectification => (ReReview.RectificationService.EntityType, formId, null),
        _ => ("SelfEvaluation", formId, (int?)null),
    };

    /// <summary>The attachment, if the user sees its form; else null.</summary>
    public async Task<FormAttachment?> FindAsync(Guid id, CancellationToken ct)
    {
        var attachment = await db.FormAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return attachment is not null && await FormAsync(attachment.Form, attachment.FormId, ct) is not null ? attachment : null;
    }

    /// <summary>The form's name in messages.</summary>
    public static string FormName(AttachedForm form) => form switch
    {
        AttachedForm.Declaration => "该申报表",
        AttachedForm.Monitoring => "该监控表",
        AttachedForm.Rectification => "该整改事项",
        _ => "该自评表",
    };

    /// <summary>The form a route names (`declaration`, `monitoring`, `self-evaluation`), or null.</summary>
    public static AttachedForm? Parse(string? form) => form switch
    {
        "declaration" => AttachedForm.Declaration,
        "monitoring" => AttachedForm.Monitoring,
        "self-evaluation" => AttachedForm.SelfEvaluation,
        "rectification" => AttachedForm.Rectification,
        _ => null,
    };

    /// <summary>The route name of <paramref name="form"/> (<see cref="Parse"/>).</summary>
    public static string Route(AttachedForm form) => form switch
    {
        AttachedForm.Declaration => "declaration",
        AttachedForm.Monitoring => "monitoring",
        AttachedForm.Rectification => "rectification",
        _ => "self-evaluation",
    };
}

/// <summary>The model of the attachments partial (Pages/Shared/_Attachments): which form's attachments to show.</summary>
public sealed record AttachmentsOf(AttachedForm Form, Guid FormId);
