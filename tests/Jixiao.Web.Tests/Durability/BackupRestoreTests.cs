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
/// PostgreSQL database; every row of every backed-up table (Identity included) compared field by field. The key ring
/// that signs sessions is not in the package: the restored installation makes its own, so a session opened there —
/// by anyone who knows a password of the backup — does not open the original, and the original's sessions do not open
/// the copy.
/// </summary>
public sealed class BackupRestoreTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task DemoDistrict_SqliteBackup_RestoredIntoPostgres_EveryRecordEqual()
    {
        var cookie = await AuthCookieAsync(Original(), "kczx");
        var originalAdmin = await AuthCookieAsync(Original(), "admin");
        using var package = new MemoryStream();
        var manifest = await WithDbAsync(app, db => DatabaseBackup.CreateAsync(db, package, DateTimeOffset.UtcNow, Ct));
        Assert.Equal("YearOverYearSummaries", manifest.SchemaName);
        Assert.DoesNotContain(manifest.Tables, t => t.Table == "DataProtectionKeys");
        Assert.DoesNotContain(manifest.Tables, t => t.Table == "AuthSessions"); // no session of the original travels either
        foreach (var table in new[] { "AspNetUsers", "AspNetUserRoles", "Organizations", "Projects", "DeclarationVersions", "SelfEvaluations", "Disclosures", "AuditEvents" })
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
                foreach (var type in ModelTables.InBackup(source.Model))
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
            await using (var restored = target.CreateContext())
                Assert.Equal(0, await restored.DataProtectionKeys.CountAsync(Ct));

            // Restoring again into the now filled database is refused and changes nothing.
            package.Position = 0;
            await using (var db = target.CreateContext())
            {
                var again = await DatabaseBackup.RestoreAsync(db, package, force: false, Ct);
                Assert.False(again.Ok);
                Assert.Contains("不是空的", again.Error);
            }

            // A server on the restored database: the same users and passwords, but its own key ring.
            await using var node = new ChildApp("postgres", connectionString, "restored");
            await node.StartAsync();
            Assert.Equal(HttpStatusCode.Unauthorized, (await node.Client(cookie).GetAsync("/api/v1/me", Ct)).StatusCode);
            var copiedAdmin = await AuthCookieAsync(node.Client(), "admin"); // a password known from the backup
            Assert.Equal(HttpStatusCode.OK, (await node.Client(copiedAdmin).GetAsync("/api/v1/me", Ct)).StatusCode);

            // The session opened on the copy is refused by the original; the original's own sessions still work there.
            Assert.Equal(HttpStatusCode.Unauthorized, (await Original(copiedAdmin).GetAsync("/api/v1/me", Ct)).StatusCode);
            var me = await Original(originalAdmin).GetAsync("/api/v1/me", Ct);
            Assert.Equal(HttpStatusCode.OK, me.StatusCode);
            Assert.Contains("FinanceAdmin", await me.Content.ReadAsStringAsync(Ct));
            Assert.Equal(HttpStatusCode.OK, (await Original(cookie).GetAsync("/api/v1/projects?year=2024", Ct)).StatusCode);
            Log($"Backup SQLite → PostgreSQL: {manifest.Tables.Count} tables, {records} records and {fields} fields compared, all equal; server on the restored store answered in {node.StartupTimes[0].TotalSeconds:0.0}s");
        }
        finally
        {
            await drop();
        }
    }

    private HttpClient Original(string? cookie = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
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
