namespace Jixiao.Data.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup package: the schema it was taken from (the last applied migration; its name part is
/// what both providers share), and per table the file, the row count and the SHA-256 of the file.
/// </summary>
public sealed record BackupManifest(
    string Format,
    int FormatVersion,
    string SchemaVersion,
    string SchemaName,
    string SourceProvider,
    DateTimeOffset CreatedAt,
    IReadOnlyList<BackupTable> Tables)
{
    public const string FormatName = "jixiao-backup";
    public const int CurrentFormatVersion = 1;
    public const string FileName = "manifest.json";

    public long TotalRows => Tables.Sum(t => t.Rows);

    /// <summary>The migration name without its timestamp (the two providers' migration sets share the names).</summary>
    public static string NameOf(string migrationId) => migrationId.IndexOf('_') is var i and >= 0 ? migrationId[(i + 1)..] : migrationId;
}

/// <param name="Table">The table name in the database.</param>
/// <param name="Entity">The model's entity type (CLR name), which the restore maps the rows to.</param>
public sealed record BackupTable(string Table, string Entity, string File, long Rows, string Sha256);

/// <summary>What a restore did, or why it refused (nothing written then).</summary>
/// <param name="ValuesCleaned">Text values from which characters no form may hold were removed (e.g. NUL).</param>
/// <param name="KeysSkipped">Data-protection key rows of an older package, deliberately not restored.</param>
/// <param name="JobsRequeued">Background jobs not finished at the backup, queued again to run once on the restored installation.</param>
public sealed record RestoreOutcome(bool Ok, string? Error, BackupManifest? Manifest, long RowsRestored, long ValuesCleaned = 0, long KeysSkipped = 0, long JobsRequeued = 0)
{
    public static RestoreOutcome Refused(string error, BackupManifest? manifest = null) => new(false, error, manifest, 0);
}
