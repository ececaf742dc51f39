using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Services.Documents;

/// <summary>
/// Files kept in the database for any node to serve: only their owner reads them, and they expire (uploads awaiting
/// an import commit after a day, export zips after a week). Expired files are purged whenever a new one is stored.
/// </summary>
public sealed class StoredFiles(JixiaoDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromDays(1);
    public static readonly TimeSpan ExportLifetime = TimeSpan.FromDays(7);

    public async Task<Guid> StoreAsync(string name, string contentType, byte[] bytes, string ownerUserId, TimeSpan lifetime, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.StoredFiles.Where(f => f.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        name = Domain.Text.TextHygiene.Clean(name); // uploaded file names come from the user's machine like any other text
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            Name = name.Length > 260 ? name[..260] : name,
            ContentType = contentType,
            Bytes = bytes,
            OwnerUserId = ownerUserId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.StoredFiles.Add(file);
        await db.SaveChangesAsync(ct);
        return file.Id;
    }

    /// <summary>The file if <paramref name="ownerUserId"/> owns it and it has not expired, else null.</summary>
    public Task<StoredFile?> FindAsync(Guid id, string? ownerUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.StoredFiles.SingleOrDefaultAsync(f => f.Id == id && f.OwnerUserId == ownerUserId && f.ExpiresAt > now, ct);
    }

    public Task DeleteAsync(Guid id, string? ownerUserId, CancellationToken ct) =>
        db.StoredFiles.Where(f => f.Id == id && f.OwnerUserId == ownerUserId).ExecuteDeleteAsync(ct);
}
