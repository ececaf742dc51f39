using Jixiao.Web.Services;

namespace Jixiao.Web.Api.Contracts.V1;

// The 修改记录 of a form as /api/v1 answers it, apart from the stored audit event and its diff.

/// <summary>One audit event: who (user, role), when, what (action, version) and which fields changed.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset AtUtc, string? UserName, string? Role, string Action, string EntityType, string EntityId,
    int? Version, IReadOnlyList<AuditFieldChange> Changes, string? Comment)
{
    public static AuditEntry From(AuditRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.AtUtc, r.UserName, r.Role, r.Action, r.EntityType, r.EntityId, r.Version,
            r.Changes.Select(c => new AuditFieldChange(c.Field, c.Old, c.New)).ToList(), r.Comment);
    }
}

/// <summary>A field (or row) as named in Chinese, its value before and after.</summary>
public sealed record AuditFieldChange(string Field, string? Old, string? New);
