using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Backup;
using Jixiao.Data.Entities;
using Jixiao.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Cli.Tests.BackupPackage;

namespace Jixiao.Cli.Tests;

/// <summary>
/// `jixiao restore` of a SQLite backup into real PostgreSQL when the package holds what PostgreSQL refuses: text with
/// control characters (NUL cannot be stored in PostgreSQL text) is cleaned and counted; any other refusal of the
/// database is exit 3 with one Chinese line, no stack trace, and no row written.
/// </summary>
public sealed class RestoreIntoPostgresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ControlCharacters_AreCleanedAndCounted_AndTheRestoreSucceeds()
    {
        var source = await SqliteSourceAsync(
            unitName: "测试\0单位", projectName: "备份\0测试\u0007", auditComment: "审核意见\0", auditUser: "测\u001b试");
        var package = Temp("backup.zip");
        Assert.Equal(0, Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package).ExitCode);
        // Today's store cleans audit text on the way in and out; an older version's package held it as typed.
        string written;
        using (var zip = ZipFile.OpenRead(package)) written = Read(zip, "tables/AuditEvents.jsonl");
        var soiled = string.Concat(written.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var row = JsonNode.Parse(line)!;
            row["Comment"] = "审核意见\0";
            row["UserName"] = "测\u001b试";
            return row.ToJsonString() + "\n";
        }));
        SetTable(package, "AuditEvents", typeof(AuditEvent).FullName!, soiled);
        using (var zip = ZipFile.OpenRead(package))
            Assert.Contains("\\u0000", Read(zip, "tables/AuditEvents.jsonl")); // the package really holds a NUL in the append-only table

        await using var pg = await TestPostgres.CreateAsync();
        var restore = Cli.Invoke("restore", package, "--db", $"postgres:{pg.ConnectionString}");
        Assert.True(restore.ExitCode == 0, restore.Error);
        Assert.Contains("已从 4 个文本字段中删除", restore.Out);

        await using var db = Context(pg.ConnectionString);
        Assert.Equal("测试单位", (await db.Organizations.SingleAsync(o => o.ParentId != null, Ct)).Name);
        Assert.Equal("备份测试", (await db.Projects.SingleAsync(Ct)).Name);
        var audit = await db.AuditEvents.SingleAsync(Ct);
        Assert.Equal(("审核意见", "测试"), (audit.Comment, audit.UserName));
        Assert.Equal("第一行\n第二行\t完", audit.Diff); // tab and line feed are text, kept
    }

    [Fact]
    public async Task DatabaseRefusal_IsExit3_OneChineseLine_NothingWritten()
    {
        var source = await SqliteSourceAsync(unitName: "测试单位", projectName: "备份测试", auditComment: "意见", auditUser: "测试");
        var package = Temp("backup.zip");
        Assert.Equal(0, Cli.Invoke("backup", "--db", $"sqlite:{source}", "--out", package).ExitCode);
        string projects;
        using (var zip = ZipFile.OpenRead(package)) projects = Read(zip, "tables/Projects.jsonl");
        // A project of a unit that is not in the package: PostgreSQL's foreign key refuses it, after the organizations were written.
        SetTable(package, "Projects", typeof(ProjectEntity).FullName!, Regex.Replace(projects, "\"UnitId\":\\d+", "\"UnitId\":99999"));

        await using var pg = await TestPostgres.CreateAsync();
        var refused = Cli.Invoke("restore", package, "--db", $"postgres:{pg.ConnectionString}");
        Assert.Equal(3, refused.ExitCode);
        var line = Assert.Single(refused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("错误：", line);
        Assert.Contains("表 Projects", line);
        Assert.Contains("引用的记录不存在", line);
        Assert.Contains("没有写入任何记录", line);
        Assert.DoesNotContain("Exception", refused.Error);
        Assert.DoesNotContain(" at ", refused.Error);

        await using var db = Context(pg.ConnectionString);
        Assert.Equal(0, await db.Organizations.CountAsync(Ct)); // one transaction: the tables before Projects are empty too
        Assert.Equal(0, await db.Projects.CountAsync(Ct));
        Assert.Equal(0, await db.AuditEvents.CountAsync(Ct));
    }

    private static async Task<string> SqliteSourceAsync(string unitName, string projectName, string auditComment, string auditUser)
    {
        var path = Temp("source.db");
        await using var db = Context(path);
        await db.Database.MigrateAsync(Ct);
        var root = new Organization { Name = "测试财政局", Kind = OrgKind.FinanceBureau };
        db.Organizations.Add(root);
        await db.SaveChangesAsync(Ct);
        var unit = new Organization { Name = unitName, Kind = OrgKind.Unit, ParentId = root.Id, Path = $"/{root.Id}/" };
        db.Organizations.Add(unit);
        await db.SaveChangesAsync(Ct);
        var project = new ProjectEntity { Id = Guid.NewGuid(), UnitId = unit.Id, Year = 2024, Name = projectName, TemplateId = "T", Form = FormKind.DistrictDeclaration, CreatedAt = DateTimeOffset.UtcNow };
        db.Projects.Add(project);
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = DateTimeOffset.UtcNow,
            Action = "Create",
            EntityType = "Project",
            EntityId = project.Id.ToString(),
            UserName = auditUser,
            Comment = auditComment,
            Diff = "第一行\n第二行\t完",
        });
        await db.SaveChangesAsync(Ct);
        return path;
    }

    private static JixiaoDbContext Context(string spec)
    {
        Assert.True(DatabaseTarget.TryParse(spec, out var target, out var error), error);
        return target!.CreateContext();
    }

    private static string Temp(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
