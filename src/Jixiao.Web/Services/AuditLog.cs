using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Text;
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
            UserName = me.IsAuthenticated ? TextHygiene.CleanOrNull(me.UserName) : "system",
            Role = me.Role?.ToString(),
            OrgId = me.OrgId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Version = version,
            // The audit table is append-only, so what is written now is what every reader gets forever: clean it here
            // (the diff's values are cleaned by the content serializer).
            Diff = diff is { Count: > 0 } ? JsonSerializer.Serialize(diff, Data.Content.ContentJson.Options) : null,
            Comment = TextHygiene.CleanOrNull(comment),
        });
}
