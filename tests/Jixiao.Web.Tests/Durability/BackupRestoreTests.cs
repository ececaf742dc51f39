using System.Net;
using Jixiao.Data;
using Jixiao.Data.Backup;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// Moving a district to the production store: the demo district on SQLite, backed up, restored into an empty
/// PostgreSQL database; every row of every table (Identity and data-protection keys included) compared field by
/// field, and a session issued by the SQLite app still opens on a server running on the restored database.
/// </summary>
public sealed class BackupRestoreTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task DemoDistrict_SqliteBackup_RestoredIntoPostgres_EveryRecordEqual()
    {
        var cookie = await AuthCookieAsync(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), "kczx");
        using var package = new MemoryStream();
        var manifest = await WithDbAsync(app, db => DatabaseBackup.CreateAsync(db, package, DateTimeOffset.UtcNow, Ct));
        Assert.Equal("AuthSessions", manifest.SchemaName);
        foreach (var table in new[] { "AspNetUsers", "AspNetUserRoles", "DataProtectionKeys", "Organizations", "Projects", "DeclarationVersions", "SelfEvaluations", "Disclosures", "AuditEvents" })
            Assert.True(manifest.Tables.Single(t => t.Table == table).Rows > 0, $"{table} is empty in the demo district");

        var (connectionString, drop) = await ChildApp.NewPostgresDatabaseAsync();
        try
        {
            var target = new DatabaseTarget("postgres", connectionString);
            package.Position = 0;
            await using (var db = target.CreateContext())
            {
                var outcome = await DatabaseBackup.RestoreAsync(db, package, force: false, Ct);
                Assert.True(outcome.Ok, outcome.Error);
                Assert.Equal(manifest.TotalRows, outcome.RowsRestored);
            }

            long records = 0, fields = 0;
            await using (var restored = target.CreateContext())
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var source = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
                foreach (var type in ModelTables.InDependencyOrder(source.Model))
                {
                    var copy = restored.Model.FindEntityType(type.ClrType)!;
                    var before = Keyed(source, type);
                    var after = Keyed(restored, copy);
                    Assert.Equal(before.Keys.Order(), after.Keys.Order());
                    foreach (var (key, row) in before)
                    {
                        foreach (var p in ModelTables.Columns(type))
                        {
                            Assert.True(Equal(ModelTables.Get(p, row), ModelTables.Get(copy.FindProperty(p.Name)!, after[key])),
                                $"{type.GetTableName()}[{key}].{p.Name}: {ModelTables.Get(p, row)} ≠ {ModelTables.Get(copy.FindProperty(p.Name)!, after[key])}");
                            fields++;
                        }
                        records++;
                    }
                }
            }
            Assert.Equal(manifest.TotalRows, records);

            // Restoring again into the now filled database is refused and changes nothing.
            package.Position = 0;
            await using (var db = target.CreateContext())
            {
                var again = await DatabaseBackup.RestoreAsync(db, package, force: false, Ct);
                Assert.False(again.Ok);
                Assert.Contains("不是空的", again.Error);
            }

            // The moved district serves the same users: the session cookie of the SQLite app opens on the PostgreSQL server.
            await using var node = new ChildApp("postgres", connectionString, "restored");
            await node.StartAsync();
            Assert.Equal(HttpStatusCode.OK, (await node.Client(cookie).GetAsync("/api/v1/projects?year=2024", Ct)).StatusCode);
            Log($"Backup SQLite → PostgreSQL: {manifest.Tables.Count} tables, {records} records and {fields} fields compared, all equal; server on the restored store answered in {node.StartupTimes[0].TotalSeconds:0.0}s");
        }
        finally
        {
            await drop();
        }
    }

    private static Dictionary<string, object> Keyed(DbContext db, IEntityType type)
    {
        var key = type.FindPrimaryKey()!.Properties;
        return ModelTables.Rows(db, type).ToDictionary(r => string.Join("|", key.Select(k => Normal(ModelTables.Get(k, r)))));
    }

    /// <summary>
    /// Field equality across stores: timestamps to the tick with their offset (the SQLite store keeps 0.1 ms, which
    /// PostgreSQL's microseconds hold exactly), decimals by value (numeric vs text storage may differ in scale).
    /// </summary>
    private static bool Equal(object? a, object? b) => Equals(Normal(a), Normal(b));

    private static object? Normal(object? v) => v switch
    {
        DateTimeOffset d => (d.UtcTicks, d.Offset),
        Guid g => g.ToString(),
        byte[] bytes => Convert.ToBase64String(bytes),
        _ => v,
    };
}
