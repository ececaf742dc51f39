using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Forms;

/// <summary>
/// The three answers the pipeline itself gives; each form service keeps its own result type (its HTTP mapping and
/// payloads such as blocking findings), which implements this.
/// </summary>
public interface IFormOutcome<TSelf> where TSelf : IFormOutcome<TSelf>
{
    /// <summary>Outside the user's scope or not there at all (callers answer 404).</summary>
    static abstract TSelf Missing { get; }

    /// <summary>Based on an outdated read (409); the text says who changed what since.</summary>
    static abstract TSelf Stale(string explanation);

    /// <summary>Refused with a Chinese reason; nothing written.</summary>
    static abstract TSelf Refused(string reason);
}

/// <summary>
/// What a command works on: the stored row (null until the first save creates it), how the audit trail names it, and
/// the stamp the editor read (null: the command does not carry one, e.g. a reviewer's move).
/// </summary>
/// <param name="Label">What the user edits, e.g. "该项目", "该自评表".</param>
/// <param name="MissingStamp">When set, a command without a read stamp on a stored row is refused with this text.</param>
/// <param name="CreateRace">When set, two first saves meeting the unique index are told this text.</param>
public sealed record FormTarget(
    string EntityType, string EntityId, string Label, IForm? Row, Guid? ReadStamp = null, string? MissingStamp = null, string? CreateRace = null);

/// <summary>What a creating command made: the new row to save and the answer after saving, or (no target) a refusal.</summary>
public sealed record Creation<TResult>(FormTarget? Target, TResult Answer)
{
    public static Creation<TResult> Of(FormTarget target, TResult done) => new(target, done);
    public static Creation<TResult> Refused(TResult refusal) => new(null, refusal);
}

/// <summary>
/// One command pipeline for every form, API and pages alike (ADR-013): load in the user's scope → check who may do
/// what in which state → check the stamp the editor read → apply the change and its audit event → save (the DbContext
/// renews the stamp) → explain a conflict in Chinese. A refusal at any step writes nothing.
/// </summary>
public sealed class FormCommands(JixiaoDbContext db, ConflictExplainer conflicts)
{
    /// <param name="loadInScope">The form as the user may see it; null answers <see cref="IFormOutcome{T}.Missing"/>.</param>
    /// <param name="target">The row and the read stamp of the loaded form.</param>
    /// <param name="check">Role and state: a refusal, or null to go on.</param>
    /// <param name="apply">The change and its audit event: null to save, or an answer that stops the command unsaved
    /// (a refusal, or "done" when there is nothing to change).</param>
    /// <param name="done">The answer after a successful save.</param>
    /// <param name="missing">The answer when the form is not found, if not the result type's own.</param>
    public async Task<TResult> RunAsync<TForm, TResult>(
        Func<Task<TForm?>> loadInScope,
        Func<TForm, FormTarget> target,
        Func<TForm, Task<TResult?>> check,
        Func<TForm, Task<TResult?>> apply,
        Func<TForm, TResult> done,
        CancellationToken ct,
        TResult? missing = null)
        where TForm : class
        where TResult : class, IFormOutcome<TResult>
    {
        if (await loadInScope() is not { } form) return missing ?? TResult.Missing;
        if (await check(form) is { } refusal) return refusal;
        if (await StaleAsync(target(form), ct) is { } stale) return TResult.Stale(stale);
        if (await apply(form) is { } refused) return refused;
        return await SaveAsync(target(form), () => done(form), ct); // target again: the first save may have created the row
    }

    /// <summary>
    /// A command that creates a form (start a 自评表, a new project, an adjustment, a correction, a package import):
    /// the same load in scope → check → apply (add the row and its audit event) → save → explain, with no stamp to
    /// compare (the row is new). Two creates meeting the unique index are told <see cref="FormTarget.CreateRace"/>.
    /// </summary>
    /// <param name="loadInScope">What the form is created from (a project, a published package…), as the user may see it.</param>
    /// <param name="check">Role and state: a refusal, or null to go on.</param>
    /// <param name="create">Adds the new row and its audit event: the row to save and the answer after saving, or a refusal.</param>
    public async Task<TResult> CreateAsync<TSource, TResult>(
        Func<Task<TSource?>> loadInScope,
        Func<TSource, Task<TResult?>> check,
        Func<TSource, Task<Creation<TResult>>> create,
        CancellationToken ct,
        TResult? missing = null)
        where TSource : class
        where TResult : class, IFormOutcome<TResult>
    {
        if (await loadInScope() is not { } source) return missing ?? TResult.Missing;
        if (await check(source) is { } refusal) return refusal;
        var created = await create(source);
        if (created.Target is not { } target) return created.Answer;
        return await SaveAsync(target, () => created.Answer, ct);
    }

    /// <summary>Null when the editor read the stored stamp (or carries none), else the 409 text.</summary>
    private async Task<string?> StaleAsync(FormTarget t, CancellationToken ct)
    {
        if (t.Row is not { } row) return null; // the first save creates the row; a second "first save" meets the unique index
        if (t.ReadStamp is not { } read) return t.MissingStamp;
        if (read != row.ConcurrencyStamp) return await conflicts.ExplainAsync(t.EntityType, t.EntityId, read, t.Label, ct);
        // The database checks the same stamp, so a save between this read and the write also fails.
        db.Entry(row).Property(nameof(IForm.ConcurrencyStamp)).OriginalValue = read;
        return null;
    }

    /// <summary>Saves, or turns a concurrent write into a Chinese explanation (never a silent lost update).</summary>
    private async Task<TResult> SaveAsync<TResult>(FormTarget t, Func<TResult> done, CancellationToken ct)
        where TResult : class, IFormOutcome<TResult>
    {
        var entry = t.Row is null ? null : db.Entry(t.Row);
        var created = entry?.State == EntityState.Added;
        var readStamp = entry is null || created ? Guid.Empty : (Guid)entry.Property(nameof(IForm.ConcurrencyStamp)).OriginalValue!;
        try
        {
            await db.SaveChangesAsync(ct);
            return done();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return TResult.Stale(await conflicts.ExplainAsync(t.EntityType, t.EntityId, readStamp, t.Label, ct));
        }
        catch (DbUpdateException e) when (created && t.CreateRace is not null && UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return TResult.Stale(t.CreateRace);
        }
        catch (ImmutableRecordException e)
        {
            return TResult.Refused(e.Message);
        }
    }
}
