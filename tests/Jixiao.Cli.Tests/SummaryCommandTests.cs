using Jixiao.Data;
using Jixiao.Data.Backup;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Cli.Tests;

/// <summary>`jixiao summary rebuild` (ADR-051): recomputes the analysis and 指标库 summaries of every project.</summary>
public sealed class SummaryCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SummaryRebuild_RecomputesLostSummariesFromTheStoredForms()
    {
        var path = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N"), "summary.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Guid versionId;
        await using (var db = Context(path))
        {
            await db.Database.MigrateAsync(Ct);
            var unit = new Organization { Name = "汇总测试单位", Kind = OrgKind.Unit, Path = "/1/" };
            db.Organizations.Add(unit);
            await db.SaveChangesAsync(Ct);
            var content = new DeclarationContent
            {
                Form = FormKind.DistrictDeclaration,
                TemplateId = Jixiao.Domain.Templates.TemplateCatalog.District2024,
                Year = 2024,
                Indicators = [new DeclaredIndicator { Key = Guid.NewGuid(), Level1 = "产出指标", Level2 = "数量指标", Name = "培训人次", TargetText = "≥100人次" }],
            };
            var project = new ProjectEntity { Id = Guid.NewGuid(), UnitId = unit.Id, Year = 2024, Name = "汇总测试", TemplateId = "T", Form = FormKind.DistrictDeclaration };
            project.Versions.Add(new DeclarationVersion { Id = versionId = Guid.NewGuid(), Number = 1, Content = DeclarationContentJson.Write(content) });
            db.Projects.Add(project);
            await db.SaveChangesAsync(Ct);
            Assert.Equal("≥100人次", (await db.IndicatorFacts.SingleAsync(Ct)).TargetText); // written with the version
            await db.IndicatorFacts.ExecuteDeleteAsync(Ct);
            await db.ProjectFigures.ExecuteDeleteAsync(Ct);
        }

        var run = Cli.Invoke("summary", "rebuild", "--db", $"sqlite:{path}");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("已重新计算 1 个项目的汇总数据", run.Out);
        await using (var db = Context(path))
        {
            Assert.Equal(1, await db.ProjectFigures.CountAsync(Ct));
            var fact = await db.IndicatorFacts.SingleAsync(Ct);
            Assert.Equal((versionId, "培训人次", "≥100人次", true), (fact.VersionId, fact.Name, fact.TargetText, fact.IsCurrent));
        }
    }

    [Fact]
    public void SummaryRebuild_OnADatabaseNeverSetUp_IsRefusedInChinese()
    {
        var path = Path.Combine(Path.GetTempPath(), "jixiao-cli-tests", Guid.NewGuid().ToString("N") + "-empty.db");
        var run = Cli.Invoke("summary", "rebuild", "--db", $"sqlite:{path}");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("数据库尚未初始化", run.Error);
    }

    private static JixiaoDbContext Context(string path)
    {
        Assert.True(DatabaseTarget.TryParse($"sqlite:{path}", out var target, out _));
        return target!.CreateContext();
    }
}
