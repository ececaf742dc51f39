using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Auth;

namespace Jixiao.Web.Services;

/// <summary>One field change of an audit event.</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>
/// Appends audit events (workflow.md §8) in the same unit of work as the change they describe, so an event exists
/// exactly when its change was saved.
/// </summary>
public sealed class AuditLog(JixiaoDbContext db, CurrentUser me, TimeProvider clock)
{
    public void Record(string action, string entityType, string entityId, int? version = null,
        IReadOnlyList<FieldChange>? diff = null, string? comment = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow(),
            UserId = me.UserId,
            UserName = me.IsAuthenticated ? me.UserName : "system",
            Role = me.Role?.ToString(),
            OrgId = me.OrgId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Version = version,
            Diff = diff is { Count: > 0 } ? JsonSerializer.Serialize(diff, Data.Content.ContentJson.Options) : null,
            Comment = comment,
        });
}
