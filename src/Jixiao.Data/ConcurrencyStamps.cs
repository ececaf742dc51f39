namespace Jixiao.Data;

/// <summary>
/// Optimistic-concurrency stamps are time-ordered (UUIDv7): a stale stamp sent back by an editor tells since when
/// the editor missed changes, so a refused save can say who changed what after the form was opened (from the audit
/// trail), without another column.
/// </summary>
public static class ConcurrencyStamps
{
    public static Guid New(DateTimeOffset at) => Guid.CreateVersion7(at);

    /// <summary>When the stamp was issued (millisecond precision), or null for a stamp that is not time-ordered.</summary>
    public static DateTimeOffset? IssuedAt(Guid stamp)
    {
        if (stamp.Version != 7) return null;
        Span<byte> bytes = stackalloc byte[16];
        stamp.TryWriteBytes(bytes, bigEndian: true, out _);
        long ms = 0;
        for (var i = 0; i < 6; i++) ms = (ms << 8) | bytes[i];
        return DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }
}
