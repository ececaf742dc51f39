using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Domain.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jixiao.Data.Backup;

/// <summary>
/// `jixiao backup` / `jixiao restore`: the whole database as a portable zip — <c>manifest.json</c> plus one JSON-lines
/// file per table (<c>tables/{table}.jsonl</c>), one object per row with every column by property name. Decimals are
/// written as exact JSON numbers, DateTimeOffsets as ISO 8601 with all 7 fraction digits and the offset, enums by
/// name. A restore goes into an empty database of either provider, in one transaction (all or nothing).
/// </summary>
public static class DatabaseBackup
{
    public static readonly JsonSerializerOptions RowJson = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private const int Batch = 500;

    /// <summary>Writes the package of <paramref name="db"/> (a consistent snapshot) to <paramref name="output"/>.</summary>
    public static async Task<BackupManifest> CreateAsync(JixiaoDbContext db, Stream output, DateTimeOffset now, CancellationToken ct)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0) throw new InvalidOperationException("数据库尚未初始化（没有已执行的迁移），无可备份的内容。");
        await using var snapshot = await BeginSnapshotAsync(db, ct);
        var tables = new List<BackupTable>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8))
        {
            foreach (var type in ModelTables.InBackup(db.Model))
            {
                var table = type.GetTableName()!;
                var file = $"tables/{table}.jsonl";
                var entry = zip.CreateEntry(file, CompressionLevel.Optimal);
                long rows = 0;
                using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                await using (var stream = entry.Open())
                {
                    var columns = ModelTables.Columns(type);
                    foreach (var row in ModelTables.Rows(db, type))
                    {
                        var line = Encoding.UTF8.GetBytes(RowLine(columns, row) + "\n");
                        sha.AppendData(line);
                        await stream.WriteAsync(line, ct);
                        rows++;
                    }
                }
                tables.Add(new BackupTable(table, type.ClrType.FullName!, file, rows, Convert.ToHexStringLower(sha.GetHashAndReset())));
            }
            var last = applied[^1];
            var manifest = new BackupManifest(BackupManifest.FormatName, BackupManifest.CurrentFormatVersion, last, BackupManifest.NameOf(last),
                db.Database.IsSqlite() ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, now, tables);
            var manifestEntry = zip.CreateEntry(BackupManifest.FileName, CompressionLevel.Optimal);
            await using var m = manifestEntry.Open();
            await JsonSerializer.SerializeAsync(m, manifest, ManifestJson, ct);
            return manifest;
        }
    }

    /// <summary>
    /// Restores a package into <paramref name="db"/>: migrations first, then every row with its keys, in one
    /// transaction. Refused (nothing written) when the package is damaged, comes from a newer schema, or the database
    /// holds data and <paramref name="force"/> is not set (with force, the database is dropped and recreated first).
    /// </summary>
    public static async Task<RestoreOutcome> RestoreAsync(JixiaoDbContext db, Stream package, bool force, CancellationToken ct)
    {
        using var zip = OpenZip(package, out var zipError);
        if (zip is null) return RestoreOutcome.Refused(zipError!);
        var manifest = ReadManifest(zip, out var manifestError);
        if (manifest is null) return RestoreOutcome.Refused(manifestError!);

        var migrations = db.Database.GetMigrations().Select(BackupManifest.NameOf).ToList();
        if (!migrations.Contains(manifest.SchemaName))
            return RestoreOutcome.Refused($"备份包来自更新的数据库结构（{manifest.SchemaVersion}），本程序只认识到“{migrations.LastOrDefault()}”：请先升级 jixiao 再恢复。", manifest);
        if (Verify(zip, manifest) is { } damaged) return RestoreOutcome.Refused(damaged, manifest);

        if (force) await db.Database.EnsureDeletedAsync(ct);
        await db.Database.MigrateAsync(ct);
        var known = ModelTables.InDependencyOrder(db.Model).ToDictionary(t => t.ClrType.FullName!);
        var restoring = ModelTables.InBackup(db.Model);
        if (!force && restoring.FirstOrDefault(t => ModelTables.AnyRows(db, t)) is { } filled)
            return RestoreOutcome.Refused($"目标数据库不是空的（表 {filled.GetTableName()} 已有数据）。确需覆盖请加 --force（将删除目标数据库中的全部数据）。", manifest);
        var unknown = manifest.Tables.Where(t => !known.ContainsKey(t.Entity)).Select(t => t.Table).ToList();
        if (unknown.Count > 0) return RestoreOutcome.Refused($"备份包含本程序不认识的表：{string.Join("、", unknown)}。", manifest);
        // Packages written before backups left the key ring out still hold it: never restore it (see ModelTables.InBackup).
        var keysSkipped = manifest.Tables.Where(t => ModelTables.IsKeyRing(known[t.Entity])).Sum(t => t.Rows);

        long restored = 0, requeued = 0;
        var cleaned = new Counter();
        BackupTable? current = null;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            foreach (var type in restoring)
            {
                if (manifest.Tables.FirstOrDefault(t => t.Entity == type.ClrType.FullName) is not { } table) continue;
                current = table;
                var rows = ReadRows(zip, table, type, cleaned);
                IEnumerable<object[]> chunks = SelfReferencing(type) ? [ParentsFirst(type, rows)] : rows.Chunk(Batch);
                foreach (var chunk in chunks)
                {
                    foreach (var row in chunk) db.Add(row);
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    restored += chunk.Length;
                }
            }
            requeued = await RequeueUnfinishedJobsAsync(db, ct);
            await ModelTables.ResetIdentitySequencesAsync(db, ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or JsonException)
        {
            // The transaction was rolled back when it was disposed: no row of the package is in the database.
            return RestoreOutcome.Refused(RestoreErrors.Explain(e, current?.Table), manifest);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return new RestoreOutcome(true, null, manifest, restored, cleaned.Value, keysSkipped, requeued);
    }

    /// <summary>
    /// The scheduler's tables (Quartz's <c>qrtz_*</c>) are not in a package (ADR-055): the job records are the source
    /// of truth. A job the original had queued (handed to its scheduler, not yet run), waiting for a retry, or running at
    /// the snapshot goes back to the outbox (<c>ScheduledAt</c> null), so the restored installation's relay hands it to
    /// its own scheduler and it runs once there (a finished record is never run again).
    /// </summary>
    private static Task<int> RequeueUnfinishedJobsAsync(JixiaoDbContext db, CancellationToken ct) =>
        db.Jobs.Where(j => j.State == Entities.JobState.Queued || j.State == Entities.JobState.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, Entities.JobState.Queued)
                .SetProperty(j => j.ScheduledAt, (DateTimeOffset?)null)
                .SetProperty(j => j.NextAttemptAt, (DateTimeOffset?)null), ct);

    /// <summary>Reads the manifest of a package without restoring it.</summary>
    public static BackupManifest? ReadManifest(ZipArchive zip, out string? error)
    {
        error = null;
        var entry = zip.GetEntry(BackupManifest.FileName);
        if (entry is null)
        {
            error = "不是 jixiao 备份包：缺少 manifest.json。";
            return null;
        }
        try
        {
            using var s = entry.Open();
            var manifest = JsonSerializer.Deserialize<BackupManifest>(s, ManifestJson);
            if (manifest is null || manifest.Format != BackupManifest.FormatName)
                error = "不是 jixiao 备份包：manifest.json 格式不符。";
            else if (manifest.FormatVersion > BackupManifest.CurrentFormatVersion)
                error = $"备份包格式版本 {manifest.FormatVersion} 高于本程序支持的 {BackupManifest.CurrentFormatVersion}：请先升级 jixiao。";
            return error is null ? manifest : null;
        }
        catch (JsonException e)
        {
            error = $"备份包的 manifest.json 无法读取：{e.Message}";
            return null;
        }
    }

    public static string RowLine(IReadOnlyList<IProperty> columns, object row)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = RowJson.Encoder }))
        {
            w.WriteStartObject();
            foreach (var p in columns)
            {
                w.WritePropertyName(p.Name);
                JsonSerializer.Serialize(w, ModelTables.Get(p, row), p.ClrType, RowJson);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// One row of a package as an entity. Every text passes through <see cref="TextHygiene.Clean"/>: older versions
    /// (and SQLite) stored control characters that PostgreSQL text cannot hold (NUL) and no form may show.
    /// </summary>
    private static object ParseRow(IEntityType type, string line, Counter cleaned)
    {
        using var doc = JsonDocument.Parse(line);
        var entity = Activator.CreateInstance(type.ClrType)!;
        foreach (var p in type.GetProperties())
        {
            if (!doc.RootElement.TryGetProperty(p.Name, out var value)) continue;
            var parsed = value.Deserialize(p.ClrType, RowJson);
            if (parsed is string text && TextHygiene.Clean(text) is var clean && !ReferenceEquals(clean, text))
            {
                parsed = clean;
                cleaned.Value++;
            }
            ModelTables.Set(p, entity, parsed);
        }
        return entity;
    }

    private static IEnumerable<object> ReadRows(ZipArchive zip, BackupTable table, IEntityType type, Counter cleaned)
    {
        using var reader = new StreamReader(zip.GetEntry(table.File)!.Open(), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return ParseRow(type, line, cleaned);
    }

    private sealed class Counter
    {
        public long Value;
    }

    private static bool SelfReferencing(IEntityType type) => type.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type);

    /// <summary>Rows of a self-referencing table (the org tree) ordered so each parent is inserted before its children.</summary>
    private static object[] ParentsFirst(IEntityType type, IEnumerable<object> rows)
    {
        var fk = type.GetForeignKeys().First(f => f.PrincipalEntityType == type);
        var key = type.FindPrimaryKey()!.Properties.Single();
        var pending = rows.ToList();
        var done = new HashSet<object>();
        var ordered = new List<object>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(r => ModelTables.Get(fk.Properties.Single(), r) is not { } parent || done.Contains(parent)).ToList();
            if (ready.Count == 0) ready = pending; // a cycle cannot be stored anyway; let the database say so
            foreach (var r in ready)
            {
                done.Add(ModelTables.Get(key, r)!);
                ordered.Add(r);
                pending.Remove(r);
            }
        }
        return ordered.ToArray();
    }

    private static string? Verify(ZipArchive zip, BackupManifest manifest)
    {
        foreach (var table in manifest.Tables)
        {
            if (zip.GetEntry(table.File) is not { } entry) return $"备份包已损坏：缺少 {table.File}。";
            using var s = entry.Open();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long lines = 0;
            int n;
            while ((n = s.Read(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, n);
                lines += buffer.AsSpan(0, n).Count((byte)'\n');
            }
            if (Convert.ToHexStringLower(sha.GetHashAndReset()) != table.Sha256 || lines != table.Rows)
                return $"备份包已损坏：{table.File} 的校验和或行数与清单不符。";
        }
        return null;
    }

    private static ZipArchive? OpenZip(Stream package, out string? error)
    {
        error = null;
        try { return new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException)
        {
            error = "不是有效的备份包（zip 文件无法读取）。";
            return null;
        }
    }

    /// <summary>
    /// A read transaction over the whole backup, so all tables come from one moment even while the app writes:
    /// PostgreSQL REPEATABLE READ; SQLite a deferred transaction (a WAL snapshot that does not block writers).
    /// </summary>
    private static async Task<IAsyncDisposable> BeginSnapshotAsync(JixiaoDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            var sqlite = (SqliteConnection)db.Database.GetDbConnection();
            var tx = sqlite.BeginTransaction(deferred: true);
            await db.Database.UseTransactionAsync(tx, ct);
            return tx;
        }
        return await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
    }
}
