using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Templates;
using Jixiao.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services;

/// <summary>One year's choice for one form kind, as the admin page lists it.</summary>
public sealed record TemplateAssignmentRow(int Year, TemplateKind Kind, string TemplateId, JurisdictionTemplate? Template);

/// <summary>
/// The administrator's choice of template per budget year and form kind (ADR-032), and the template a new form is
/// created on. Stored in `TemplateAssignments`; a form keeps the template it was created with.
/// </summary>
public sealed class TemplateAssignments(JixiaoDbContext db, AuditLog audit, CurrentUser me, TimeProvider clock)
{
    private const string EntityType = "TemplateAssignment";

    private static string Name(TemplateKind kind, string? id) =>
        id is null ? TemplateChoice.DefaultName : TemplateChoice.Resolve(kind, id) is { } t ? TemplateChoice.DisplayName(t) : "（已移除的模板）";

    public async Task<IReadOnlyList<TemplateAssignmentRow>> ListAsync(CancellationToken ct)
    {
        var rows = await db.TemplateAssignments.AsNoTracking().ToListAsync(ct);
        return [.. rows
            .Select(r => (Row: r, Kind: TemplateKinds.Parse(r.Kind)))
            .Where(x => x.Kind is not null)
            .Select(x => new TemplateAssignmentRow(x.Row.Year, x.Kind!.Value, x.Row.TemplateId, TemplateChoice.Resolve(x.Kind.Value, x.Row.TemplateId)))
            .OrderByDescending(r => r.Year).ThenBy(r => r.Kind)];
    }

    /// <summary>The template a new form of <paramref name="kind"/> for <paramref name="year"/> is created on; null: the Shanghai default.</summary>
    public async Task<JurisdictionTemplate?> ForAsync(TemplateKind kind, int year, CancellationToken ct)
    {
        var token = kind.Token();
        var id = await db.TemplateAssignments.AsNoTracking().Where(a => a.Year == year && a.Kind == token)
            .Select(a => a.TemplateId).SingleOrDefaultAsync(ct);
        return TemplateChoice.Resolve(kind, id);
    }

    /// <summary>Chooses <paramref name="templateId"/> (empty: back to the default) for <paramref name="kind"/> in <paramref name="year"/>; a Chinese refusal or null.</summary>
    public async Task<string?> SetAsync(int year, TemplateKind kind, string? templateId, CancellationToken ct)
    {
        var id = string.IsNullOrWhiteSpace(templateId) ? null : templateId.Trim();
        if (id is not null && TemplateChoice.Refusal(kind, year, id) is { } refused) return refused;
        if (id is null && year is < 2000 or > 2100) return "年度应在 2000 至 2100 之间。";
        var token = kind.Token();
        var row = await db.TemplateAssignments.SingleOrDefaultAsync(a => a.Year == year && a.Kind == token, ct);
        var old = row?.TemplateId;
        if (old == id) return null;
        if (id is null) db.TemplateAssignments.Remove(row!);
        else if (row is null) db.TemplateAssignments.Add(new TemplateAssignment { Year = year, Kind = token, TemplateId = id, UpdatedAt = clock.GetUtcNow(), UpdatedBy = me.UserName });
        else { row.TemplateId = id; row.UpdatedAt = clock.GetUtcNow(); row.UpdatedBy = me.UserName; }
        // The trail names templates as users see them (no ids) and the choice by its year and form kind.
        audit.Record("Update", EntityType, $"{year}年{kind.DisplayName()}", diff: [new FieldChange("表单模板", Name(kind, old), Name(kind, id))]);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e) || e is DbUpdateConcurrencyException)
        {
            return $"{year} 年度{kind.DisplayName()}的模板刚被他人同时修改，请刷新页面后重试。";
        }
        return null;
    }
}
