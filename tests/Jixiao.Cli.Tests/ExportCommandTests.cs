using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Documents;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao export`: one file per form in the requested format, which the importer reads back to the same project.</summary>
public class ExportCommandTests
{
    private static string NewDir() => Path.Combine(Path.GetTempPath(), "jixiao-cli-export", Guid.NewGuid().ToString("N"));

    // Formats the importer reads back (html is written for printing and checked by its content below).
    public static TheoryData<string> Formats => new() { "xlsx", "docx", "pdf" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Export_SeedToFormat_OneFilePerProjectThatReadsBack(string format)
    {
        var dir = NewDir();
        var seed = DocumentImporter.ImportFile(Cli.Seed("001")).Document!;

        var run = Cli.Invoke("export", Cli.Seed("001"), "--to", format, "--out", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        var written = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seed.Package.Projects.Count, written.Length);
        Assert.All(written, f => Assert.Equal("." + format, Path.GetExtension(f)));
        foreach (var (file, expected) in written.Zip(seed.Package.Projects))
        {
            var back = DocumentImporter.ImportFile(file);
            Assert.True(back.Success, back.Error);
            var project = Assert.Single(back.Document!.Package.Projects);
            Assert.Equal(expected.Name, project.Name);
            Assert.Equal(expected.Funds, project.Funds);
            Assert.Equal(expected.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.OriginalText)),
                project.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.OriginalText)));
        }
    }

    [Fact]
    public void Export_SeedToHtml_EachFileHoldsItsProjectAndAmounts()
    {
        var dir = NewDir();
        var seed = DocumentImporter.ImportFile(Cli.Seed("001")).Document!;

        var run = Cli.Invoke("export", Cli.Seed("001"), "--to", "html", "--out", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        var written = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seed.Package.Projects.Count, written.Length);
        foreach (var (file, expected) in written.Zip(seed.Package.Projects))
        {
            var html = File.ReadAllText(file);
            Assert.Contains(expected.Name, html);
            Assert.Contains(expected.Funds.ProjectFundsTotal!.Value.ToString("#,##0.00"), html);
        }
    }

    [Theory]
    [InlineData("unknown format", new[] { "--to", "odt" }, "不支持的导出格式")]
    [InlineData("nothing to export", new[] { "--to", "html" }, "请给出要导出的文件")]
    [InlineData("project without database", new[] { "--to", "html", "--project", "6f0a3f4e-1f7b-4a43-9d0e-0f6a9b7c1d2e" }, "--db")]
    [InlineData("database file missing", new[] { "--to", "html", "--db", "/no/such/jixiao.db", "--project", "6f0a3f4e-1f7b-4a43-9d0e-0f6a9b7c1d2e" }, "找不到数据库文件")]
    [InlineData("project id not a GUID", new[] { "--to", "html", "--db", "/no/such/jixiao.db", "--project", "42" }, "不是有效的项目编号")]
    public void Export_BadArguments_OneChineseLineExit2(string why, string[] args, string expected)
    {
        var run = Cli.Invoke(["export", .. args, "--out", NewDir()]);

        Assert.True(run.ExitCode == 2, $"{why}: exit {run.ExitCode}");
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("Exception", run.Error);
    }

    [Fact]
    public void Export_ProjectFromSqliteDatabase_WritesItsDeclaration()
    {
        var expected = DocumentImporter.ImportFile(Cli.Seed("001")).Document!.Package.Projects[1];
        var (path, id) = DatabaseWith(expected);
        var dir = NewDir();

        var run = Cli.Invoke("export", "--db", path, "--project", id.ToString(), "--to", "xlsx", "--out", dir);

        Assert.True(run.ExitCode == 0, run.Error);
        var file = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var back = DocumentImporter.ImportFile(file).Document!;
        var project = Assert.Single(back.Package.Projects);
        Assert.Equal(expected.Name, project.Name);
        Assert.Equal(expected.Indicators.Count, project.Indicators.Count);
        Assert.Equal(expected.Funds, project.Funds);
    }

    // A database as the web app stores it: a unit, the project row and its version holding the content JSON.
    private static (string Path, Guid Id) DatabaseWith(Project project)
    {
        var path = Cli.TempFile("jixiao.db", []);
        File.Delete(path);
        var options = new DbContextOptionsBuilder<JixiaoDbContext>();
        DatabaseProvider.Configure(options, DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");
        using var db = new JixiaoDbContext(options.Options);
        db.Database.EnsureCreated();
        var unit = new Organization { Name = "测试单位", Kind = OrgKind.Unit, Path = "/1/" };
        db.Organizations.Add(unit);
        db.SaveChanges();
        var entity = new ProjectEntity { Id = Guid.NewGuid(), UnitId = unit.Id, Year = project.Year ?? 2024, Name = project.Name, TemplateId = project.TemplateId, Form = project.Form };
        entity.Versions.Add(new DeclarationVersion(FormState.Draft)
        {
            Id = Guid.NewGuid(),
            Number = 1,
            Content = DeclarationContentJson.Write(project),
        });
        db.Projects.Add(entity);
        db.SaveChanges();
        return (path, entity.Id);
    }
}
