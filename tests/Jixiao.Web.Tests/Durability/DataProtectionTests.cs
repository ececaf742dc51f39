using System.Net;
using Jixiao.Data;
using Jixiao.Data.Backup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// The key ring that signs sessions is stored encrypted with a certificate kept outside the database (generated on first
/// start into <c>keys/</c> beside the SQLite file, owner-only), so a copy of the database cannot sign a cookie; the server
/// still reads its own ring after a restart; plain-text keys left by older versions are deleted at start.
/// </summary>
public sealed class DataProtectionTests
{
    [Fact]
    public async Task KeyRing_IsEncryptedAtRest_AndReadAgainAfterARestart()
    {
        var (connectionString, drop) = ChildApp.NewSqliteDatabase();
        await using var node = new ChildApp("sqlite", connectionString, "keys");
        try
        {
            await node.StartAsync();
            var cookie = await AuthCookieAsync(node.Client(), "admin");
            Assert.Equal(HttpStatusCode.OK, (await node.Client(cookie).GetAsync("/api/v1/me", Ct)).StatusCode);

            var keys = await KeyXmlAsync(connectionString);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("encryptedSecret", xml);
                Assert.DoesNotContain("<masterKey", xml);
                Assert.DoesNotContain("unencrypted", xml);
            });

            var database = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            var certificate = Path.Combine(Path.GetDirectoryName(database)!, "keys", "dataprotection.pfx");
            Assert.True(File.Exists(certificate), certificate);
            if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(certificate));

            node.Kill();
            await node.StartAsync();
            Assert.Equal(HttpStatusCode.OK, (await node.Client(cookie).GetAsync("/api/v1/me", Ct)).StatusCode);
            Assert.DoesNotContain("No XML encryptor", node.Output());
            Log($"Key ring: {keys.Count} key(s) stored encrypted; the session survived a kill -9 restart");
        }
        finally
        {
            await node.DisposeAsync();
            await drop();
        }
    }

    [Fact]
    public async Task PlainTextKey_OfAnOlderVersion_IsDeletedAtStart()
    {
        var (connectionString, drop) = ChildApp.NewSqliteDatabase();
        await using var node = new ChildApp("sqlite", connectionString, "old-keys");
        try
        {
            // A key ring as versions before the encryption wrote it: the same store, no encryptor.
            var target = new DatabaseTarget("sqlite", connectionString);
            await using (var db = target.CreateContext()) await db.Database.MigrateAsync(Ct);
            var services = new ServiceCollection().AddLogging()
                .AddDbContext<JixiaoDbContext>(o => DatabaseProvider.Configure(o, "sqlite", connectionString));
            services.AddDataProtection().SetApplicationName("Jixiao").PersistKeysToDbContext<JixiaoDbContext>();
            await using (var old = services.BuildServiceProvider())
                old.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x"u8.ToArray());
            Assert.Contains(await KeyXmlAsync(connectionString), xml => xml.Contains("<masterKey"));

            await node.StartAsync();
            var keys = await KeyXmlAsync(connectionString);
            Assert.NotEmpty(keys); // the fresh ring the server made
            Assert.All(keys, xml => Assert.DoesNotContain("<masterKey", xml));
            Assert.Contains("未加密保存的会话密钥", node.Output());
            var cookie = await AuthCookieAsync(node.Client(), "admin");
            Assert.Equal(HttpStatusCode.OK, (await node.Client(cookie).GetAsync("/api/v1/me", Ct)).StatusCode);
        }
        finally
        {
            await node.DisposeAsync();
            await drop();
        }
    }

    private static async Task<List<string>> KeyXmlAsync(string connectionString)
    {
        await using var db = new DatabaseTarget("sqlite", connectionString).CreateContext();
        return await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(Ct);
    }
}
