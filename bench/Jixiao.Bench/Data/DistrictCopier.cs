using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Data.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Jixiao.Bench.Data;

/// <summary>
/// Writes generated records into PostgreSQL by binary COPY, one COPY per table and batch. Tables, columns and value
/// conversions come from the app's EF model (the same mapping the insert path uses), so a column added to an entity is
/// copied without a change here. The summary tables of ADR-051 are computed by <see cref="SummaryCalculator"/> — the code
/// <see cref="JixiaoDbContext.SaveChangesAsync(bool, CancellationToken)"/> runs — from the records themselves and copied
/// with them, so a COPY load holds what an insert load holds.
/// </summary>
public sealed class DistrictCopier : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly IModel model;

    private DistrictCopier(NpgsqlConnection connection, IModel model) => (this.connection, this.model) = (connection, model);

    public static async Task<DistrictCopier> OpenAsync(string connectionString, DbContextOptions<JixiaoDbContext> options, CancellationToken ct)
    {
        await using var db = new JixiaoDbContext(options);
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return new DistrictCopier(connection, db.Model);
    }

    public async Task WriteAsync(DistrictRecords batch, CancellationToken ct)
    {
        // Parents first: the foreign keys are checked row by row as COPY writes.
        await CopyAsync(batch.Projects, ct);
        await CopyAsync(batch.Versions, ct);
        await CopyAsync(batch.Monitoring, ct);
        await CopyAsync(batch.SelfEvaluations, ct);
        await CopyAsync(batch.Disclosures, ct);
        await CopyAsync(batch.Comments, ct);
        await CopyAsync(batch.Audit, ct);
        var summaries = Summaries(batch);
        await CopyAsync(summaries.Select(s => s.Figures).ToList(), ct);
        await CopyAsync(summaries.SelectMany(s => s.Rules).ToList(), ct);
        await CopyAsync(summaries.SelectMany(s => s.Indicators).ToList(), ct);
    }

    /// <summary>The summary rows of the batch's projects, as <see cref="ProjectSummaries.RefreshAsync"/> computes them from the stored rows.</summary>
    public static IReadOnlyList<ProjectSummary> Summaries(DistrictRecords batch)
    {
        var versions = batch.Versions.ToLookup(v => v.ProjectId);
        var evaluations = batch.SelfEvaluations.ToLookup(e => e.ProjectId);
        return batch.Projects
            .Where(p => versions[p.Id].Any())
            .Select(p => SummaryCalculator.Compute(p.Id,
                versions[p.Id].Select(v => new StoredVersion(v.ProjectId, v.Id, v.Number, v.State, v.Content)).ToList(),
                evaluations[p.Id].Select(e => new StoredEvaluation(e.ProjectId, e.DeclarationVersionId, e.State, e.ProfileId, e.Content, e.UpdatedAt)).ToList(),
                ProjectSummaries.Stamp))
            .OfType<ProjectSummary>()
            .ToList();
    }

    private async Task CopyAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var type = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Store-generated keys (the audit log's identity) are left to the database, as an insert leaves them.
        var columns = type.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType != typeof(Guid)))
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetTypeMapping().Converter))
            .ToList();
        var sql = $"COPY \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var column in columns) await WriteValueAsync(writer, column.Value(row), ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static Task WriteValueAsync(NpgsqlBinaryImporter writer, object? value, CancellationToken ct) => value switch
    {
        null => writer.WriteNullAsync(ct),
        Guid g => writer.WriteAsync(g, NpgsqlDbType.Uuid, ct),
        string s => writer.WriteAsync(s, NpgsqlDbType.Text, ct),
        int i => writer.WriteAsync(i, NpgsqlDbType.Integer, ct),
        long l => writer.WriteAsync(l, NpgsqlDbType.Bigint, ct),
        short h => writer.WriteAsync(h, NpgsqlDbType.Smallint, ct),
        bool b => writer.WriteAsync(b, NpgsqlDbType.Boolean, ct),
        decimal d => writer.WriteAsync(d, NpgsqlDbType.Numeric, ct),
        DateTimeOffset t => writer.WriteAsync(t.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct),
        DateTime t => writer.WriteAsync(t, t.Kind == DateTimeKind.Utc ? NpgsqlDbType.TimestampTz : NpgsqlDbType.Timestamp, ct),
        DateOnly d => writer.WriteAsync(d, NpgsqlDbType.Date, ct),
        Enum e => writer.WriteAsync(Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Integer, ct),
        _ => throw new NotSupportedException($"COPY of a {value.GetType().Name} value."),
    };

    private sealed record Column(IProperty Property, string Name, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter)
    {
        public object? Value(object row)
        {
            var value = Property.PropertyInfo?.GetValue(row) ?? Property.FieldInfo?.GetValue(row);
            if (Property.PropertyInfo is null && Property.FieldInfo is null)
                throw new NotSupportedException($"{Property.DeclaringType.DisplayName()}.{Property.Name} has no CLR member to copy.");
            // A stamp is set by the context on insert (ADR-013); a copied row gets its first one here.
            if (Property.Name == "ConcurrencyStamp" && value is Guid g && g == Guid.Empty) value = ConcurrencyStamps.New(DateTimeOffset.UtcNow);
            return value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
