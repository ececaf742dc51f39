using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Data;

/// <summary>
/// A write a unique index refused, on either provider: two requests created the same record at once (a second
/// adjustment version, a second correction, a second self-evaluation of a project, …) and the store kept the first.
/// Callers answer 409 with a Chinese reason instead of a server error.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey }
                || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
                return true;
        return false;
    }

    /// <summary>
    /// Saves; false when a unique index refused an insert (a concurrent create won). The refused changes are
    /// discarded so the context can still be read from.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this DbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (Is(e))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
