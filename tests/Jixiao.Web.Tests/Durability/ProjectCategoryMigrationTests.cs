using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// The ProjectCategoryNature migration (ADR-049) fills the new 项目类别/项目性质 columns of every existing project from
/// its current version's content, the same values the services write from then on.
/// </summary>
public abstract class ProjectCategoryMigrationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Before = "FindingResponses"; // the last migration before ProjectCategoryNature

    [Fact]
    public async Task Migration_BackfillsCategoryAndNature_FromTheCurrentVersion()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            await db.GetService<IMigrator>().MigrateAsync(Before, Ct);
            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var projects = await db.Projects.AsNoTracking().ToListAsync(Ct);
            Assert.NotEmpty(projects);
            foreach (var project in projects)
            {
                var current = await db.DeclarationVersions.AsNoTracking().Where(v => v.ProjectId == project.Id).OrderByDescending(v => v.Number).FirstAsync(Ct);
                var expected = new ProjectEntity { Name = "", TemplateId = "" };
                expected.KeepListColumns(ProjectService.ToDomain(current));
                Assert.Equal((expected.Category, expected.Nature), (project.Category, project.Nature));
            }
            Assert.Contains(projects, p => p.Category is not null);
            Assert.Contains(projects, p => p.Nature is not null);
        }
    }
}

public sealed class SqliteProjectCategoryMigrationTests(SqliteApp app) : ProjectCategoryMigrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresProjectCategoryMigrationTests(PostgresApp app) : ProjectCategoryMigrationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
