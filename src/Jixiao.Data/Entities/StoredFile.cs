namespace Jixiao.Data.Entities;

/// <summary>
/// A file kept in the database so any app node can serve it (nodes are stateless): an uploaded document awaiting
/// its import commit, or a generated export zip. Only <see cref="OwnerUserId"/> may read it; it is deleted when
/// used or cancelled, and is worthless after <see cref="ExpiresAt"/>.
/// </summary>
public class StoredFile
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Bytes { get; set; }
    public required string OwnerUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
