using System.Collections;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Jixiao.Data.Backup;

/// <summary>
/// Every table of the model (forms, audit, jobs, Identity, data-protection keys) read and written through EF Core,
/// so the provider's value conversions apply both ways and a package is provider-neutral. Tables come in foreign-key
/// order (principals first), so a restore inserts each row after what it refers to.
/// </summary>
public static class ModelTables
{
    /// <summary>
    /// The tables a backup holds: all but the data-protection key ring and the login sessions. Those keys sign session
    /// cookies; a package that carried them would let its holder sign in to the original installation as anyone. A
    /// restored installation makes a fresh ring at its first start, which no session of the original could open anyway,
    /// so sessions stay behind too (users sign in again there).
    /// </summary>
    public static IReadOnlyList<IEntityType> InBackup(IModel model) =>
        InDependencyOrder(model).Where(t => !IsKeyRing(t) && !IsLoginSession(t) && !IsSummary(t)).ToList();

    /// <summary>Derived from the forms and recomputed as they are restored (ADR-051): not part of a backup.</summary>
    public static bool IsSummary(IEntityType type) =>
        type.ClrType == typeof(Summaries.ProjectFigures) || type.ClrType == typeof(Summaries.ProjectRuleCount) || type.ClrType == typeof(Summaries.IndicatorFact)
        || type.ClrType == typeof(Summaries.IndicatorUnitUse) || type.ClrType == typeof(Summaries.IndicatorUse)
        || type.ClrType == typeof(Summaries.IndicatorYearUse) || type.ClrType == typeof(Summaries.IndicatorYearValue);

    public static bool IsLoginSession(IEntityType type) => type.ClrType == typeof(Entities.AuthSession);

    public static bool IsKeyRing(IEntityType type) =>
        type.ClrType == typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey);

    public static IReadOnlyList<IEntityType> InDependencyOrder(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned() && t.ClrType != typeof(Dictionary<string, object>))
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType t)
        {
            if (ordered.Contains(t) || !visiting.Add(t)) return;
            foreach (var fk in t.GetForeignKeys().Where(fk => fk.PrincipalEntityType != t)) Visit(fk.PrincipalEntityType);
            ordered.Add(t);
        }
        foreach (var t in types) Visit(t);
        return ordered;
    }

    /// <summary>The stored properties of a type, in a stable order (key first).</summary>
    public static IReadOnlyList<IProperty> Columns(IEntityType type) =>
        type.GetProperties().OrderBy(p => p.IsPrimaryKey() ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>All rows of a table as untracked entities.</summary>
    public static IEnumerable<object> Rows(DbContext db, IEntityType type)
    {
        var set = SetMethod.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        var query = AsNoTrackingMethod.MakeGenericMethod(type.ClrType).Invoke(null, [set])!;
        foreach (var row in (IEnumerable)query) yield return row;
    }

    public static bool AnyRows(DbContext db, IEntityType type) => Rows(db, type).Any();

    public static object? Get(IProperty p, object entity) => p.PropertyInfo is { } pi ? pi.GetValue(entity) : p.FieldInfo!.GetValue(entity);

    public static void Set(IProperty p, object entity, object? value)
    {
        if (p.PropertyInfo is { CanWrite: true } pi) pi.SetValue(entity, value);
        else p.FieldInfo!.SetValue(entity, value);
    }

    /// <summary>
    /// After rows were inserted with their keys, PostgreSQL identity sequences must continue after the largest key
    /// (SQLite does this by itself).
    /// </summary>
    public static async Task ResetIdentitySequencesAsync(DbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var type in InDependencyOrder(db.Model))
        {
            var key = type.FindPrimaryKey();
            if (key is not { Properties: [var p] } || p.ValueGenerated != ValueGenerated.OnAdd || (p.ClrType != typeof(int) && p.ClrType != typeof(long))) continue;
            var table = type.GetTableName()!;
            var column = p.GetColumnName(StoreObjectIdentifier.Table(table, type.GetSchema()));
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 1), " +
                      $"(SELECT COUNT(*) FROM \"{table}\") > 0)";
            await using var cmd = db.Database.GetDbConnection().CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await cmd.ExecuteScalarAsync(ct);
        }
    }

    private static readonly MethodInfo SetMethod = typeof(DbContext).GetMethods()
        .Single(m => m.Name == nameof(DbContext.Set) && m.IsGenericMethodDefinition && m.GetParameters().Length == 0);

    private static readonly MethodInfo AsNoTrackingMethod = typeof(EntityFrameworkQueryableExtensions)
        .GetMethod(nameof(EntityFrameworkQueryableExtensions.AsNoTracking))!;
}
