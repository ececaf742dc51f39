using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jixiao.Data;

/// <summary>
/// Refuses, before anything reaches the database, edits that workflow.md §7–§8 forbid: changing the content of a
/// locked form (approved, confirmed, published, imported) and touching an audit event after it was written.
/// State moves out of a locked state (adjustment supersedes, admin reopen) remain possible; content does not change.
/// </summary>
public static class ImmutabilityGuard
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new ImmutableRecordException("审计记录只能追加，不能修改或删除。");

            if (entry.State == EntityState.Deleted && LockedState(entry) is { } deletedState)
                throw new ImmutableRecordException($"状态为“{FormStateNames.Chinese(deletedState)}”的表单不能删除。");

            if (entry.State == EntityState.Modified && LockedState(entry) is { } state && ContentChanged(entry))
                throw new ImmutableRecordException($"状态为“{FormStateNames.Chinese(state)}”的表单已锁定，只能通过调整或更正生成新版本。");
        }
    }

    private static FormState? LockedState(EntityEntry entry)
    {
        var stateProperty = entry.Metadata.FindProperty("State");
        if (stateProperty is null || entry.Metadata.FindProperty("Content") is null) return null;
        var original = entry.Property("State").OriginalValue;
        return original is FormState s && FormStateNames.IsLocked(s) ? s : null;
    }

    private static bool ContentChanged(EntityEntry entry) =>
        entry.Properties.Any(p => p.Metadata.Name is "Content" or "ScoreSnapshot" && p.IsModified
            && !Equals(p.OriginalValue, p.CurrentValue));
}

public sealed class ImmutableRecordException(string message) : InvalidOperationException(message);
