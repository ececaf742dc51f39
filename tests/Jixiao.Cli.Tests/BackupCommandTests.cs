using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Data.Backup;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Cli.Tests.BackupPackage;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao backup` / `jixiao restore` on SQLite files: lossless round trip and every refusal.</summary>
public sealed class BackupCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Odd = new(638_650_123_456_789_123, TimeSpan.Zero); // 7 fraction digits
    private const decimal Money = 12_345_678.90m;

    [Fact]
    public async Task BackupThenRestore_IntoEmptySqlite_IsExact()
    {
        var source = await SampleDatabaseAsync();
        var package = TempPath("backup.zip");
        var backup = Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package);
        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("已备份", backup.Out);

        var copy = TempPath("copy.db");
        var restore = Cli.Invoke("restore", package, "--db", $"sqlite:{copy}");
        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("已恢复", restore.Out);

        DateTimeOffset stored;
        await using (var original = Context(source)) stored = (await original.AuditEvents.SingleAsync(Ct)).AtUtc;
        await using var db = Context(copy);
        var audit = await db.AuditEvents.SingleAsync(Ct);
        Assert.Equal((stored.UtcTicks, stored.Offset), (audit.AtUtc.UtcTicks, audit.AtUtc.Offset)); // DateTimeOffset to the tick, as stored
        Assert.Equal(Money, (await db.Projects.SingleAsync(Ct)).FundsTotalYuan); // decimal exact
        var version = await db.DeclarationVersions.SingleAsync(Ct);
        Assert.Equal(FormState.Approved, version.State);
        Assert.Equal("{\"name\":\"备份测试\"}", version.Content);
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync(Ct)); // the key ring is never in a package (see KeyRing_* below)
        Assert.Equal(2, await db.Organizations.CountAsync(Ct));
        Assert.Equal((await db.Organizations.SingleAsync(o => o.ParentId == null, Ct)).Id, (await db.Organizations.SingleAsync(o => o.ParentId != null, Ct)).ParentId);
    }

    [Fact]
    public async Task KeyRing_IsNotInTheBackup()
    {
        var source = await SampleDatabaseAsync(); // holds a data-protection key, as every running installation does
        var package = TempPath("backup.zip");
        Assert.Equal(0, Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package).ExitCode);
        using var zip = ZipFile.OpenRead(package);
        Assert.DoesNotContain("DataProtectionKeys", Read(zip, BackupManifest.FileName));
        Assert.Null(zip.GetEntry("tables/DataProtectionKeys.jsonl"));
        Assert.DoesNotContain(zip.Entries, e => Read(zip, e.FullName).Contains("秘密"));
    }

    [Fact]
    public async Task KeyRing_OfAnOlderPackage_IsSkippedOnRestore()
    {
        var source = await SampleDatabaseAsync();
        var package = TempPath("backup.zip");
        Assert.Equal(0, Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package).ExitCode);
        // Packages written before this change carried the ring as one more table.
        SetTable(package, "DataProtectionKeys", typeof(DataProtectionKey).FullName!,
            "{\"Id\":1,\"FriendlyName\":\"k1\",\"Xml\":\"<key id=\\\"k1\\\">秘密</key>\"}\n{\"Id\":2,\"FriendlyName\":\"k2\",\"Xml\":\"<key id=\\\"k2\\\"/>\"}\n");

        var copy = TempPath("copy.db");
        var restore = Cli.Invoke("restore", package, "--db", $"sqlite:{copy}");
        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("2 个会话密钥未恢复", restore.Out);
        await using var db = Context(copy);
        Assert.Equal(0, await db.DataProtectionKeys.CountAsync(Ct));
        Assert.Equal(1, await db.Projects.CountAsync(Ct));
    }

    [Fact]
    public async Task Restore_IntoDatabaseWithData_IsRefused_UnlessForced()
    {
        var source = await SampleDatabaseAsync();
        var package = TempPath("backup.zip");
        Assert.Equal(0, Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package).ExitCode);

        var refused = Cli.Invoke("restore", package, "--db", $"sqlite:{source}");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("不是空的", refused.Error);
        Assert.Contains("--force", refused.Error);

        var forced = Cli.Invoke("restore", package, "--db", $"sqlite:{source}", "--force");
        Assert.Equal(0, forced.ExitCode);
        await using var db = Context(source);
        Assert.Equal(1, await db.Projects.CountAsync(Ct)); // replaced, not doubled
    }

    [Theory]
    [InlineData("schema", "更新的数据库结构")]   // a package written by a newer jixiao
    [InlineData("checksum", "已损坏")]          // a table file changed after the backup
    [InlineData("manifest", "manifest.json")]   // not a jixiao package
    public async Task Restore_BadPackage_IsRefused_AndWritesNothing(string damage, string expected)
    {
        var source = await SampleDatabaseAsync();
        var package = TempPath("backup.zip");
        Assert.Equal(0, Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package).ExitCode);
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Update))
        {
            switch (damage)
            {
                case "schema":
                    var manifest = JsonNode.Parse(Read(zip, BackupManifest.FileName))!;
                    manifest["schemaVersion"] = "29991231000000_FutureChange";
                    manifest["schemaName"] = "FutureChange";
                    Write(zip, BackupManifest.FileName, manifest.ToJsonString());
                    break;
                case "checksum":
                    Write(zip, "tables/Projects.jsonl", Read(zip, "tables/Projects.jsonl").Replace("备份测试", "篡改后的名称"));
                    break;
                default:
                    zip.GetEntry(BackupManifest.FileName)!.Delete();
                    break;
            }
        }

        var target = TempPath("target.db");
        var refused = Cli.Invoke("restore", package, "--db", $"sqlite:{target}");
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains(expected, refused.Error);
        Assert.False(File.Exists(target) && new FileInfo(target).Length > 0 && await HasProjectsAsync(target));
    }

    [Theory]
    [InlineData("mysql:server=x")]  // unsupported provider
    [InlineData("sqlite:")]         // provider without a file
    public void Backup_BadDatabaseSpec_ExitsWithAChineseError(string spec)
    {
        var run = Cli.Invoke("backup", "--db", spec, "--out", TempPath("x.zip"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("数据库", run.Error);
    }

    private static async Task<string> SampleDatabaseAsync()
    {
        var path = TempPath("source.db");
        await using var db = Context(path);
        await db.Database.MigrateAsync(Ct);
        var root = new Organization { Name = "测试财政局", Kind = OrgKind.FinanceBureau };
        db.Organizations.Add(root);
        await db.SaveChangesAsync(Ct);
        var unit = new Organization { Name = "测试单位", Kind = OrgKind.Unit, ParentId = root.Id, Path = $"/{root.Id}/" };
        db.Organizations.Add(unit);
        await db.SaveChangesAsync(Ct);
        var project = new ProjectEntity { Id = Guid.NewGuid(), UnitId = unit.Id, Year = 2024, Name = "备份测试", TemplateId = "T", Form = FormKind.DistrictDeclaration, FundsTotalYuan = Money, CreatedAt = Odd };
        project.Versions.Add(new DeclarationVersion(FormState.Approved) { Id = Guid.NewGuid(), Number = 1, Content = "{\"name\":\"备份测试\"}", CreatedAt = Odd, UpdatedAt = Odd });
        db.Projects.Add(project);
        db.AuditEvents.Add(new AuditEvent { AtUtc = Odd, Action = "Create", EntityType = "Project", EntityId = project.Id.ToString(), UserName = "测试" });
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "k1", Xml = "<key id=\"k1\">秘密</key>" });
        await db.SaveChangesAsync(Ct);
        return path;
    }

    private static async Task<bool> HasProjectsAsync(string path)
    {
        await using var db = Context(path);
        try { return await db.Projects.AnyAsync(Ct); }
        catch (Microsoft.Data.Sqlite.SqliteException) { return false; } // no tables at all
    }

    private static JixiaoDbContext Context(string path)
    {
        Assert.True(DatabaseTarget.TryParse($"sqlite:{path}", out var target, out _));
        return target!.CreateContext();
    }

    private static string TempPath(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
