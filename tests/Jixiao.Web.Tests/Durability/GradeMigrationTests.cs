using System.Net;
using Jixiao.Data;
using Jixiao.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// The SelfEvaluationGradeByValue migration (ADR-022): a 自评表 stored with its grade as the text 优/良/中/差 loads with
/// the grade as a value after the migration; a text that is no grade loads as none (the list shows the grade of the
/// stored 总分); the page still prints the grade in Chinese.
/// </summary>
public abstract class GradeMigrationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string OldShape = "ReviewCommentsCarryOver"; // the last migration before SelfEvaluationGradeByValue

    [Fact]
    public async Task OldGradeTexts_LoadAsGrades_AfterTheMigration_AndShowInChinese()
    {
        List<Guid> ids;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            ids = await db.SelfEvaluations.OrderBy(e => e.Id).Select(e => e.Id).Take(3).ToListAsync(Ct);
            Assert.Equal(3, ids.Count);
            await db.GetService<IMigrator>().MigrateAsync(OldShape, Ct);

            // The old shape: the grade's display text, as SelfEvaluationService wrote it before.
            var sqlite = db.Database.IsSqlite();
            object Id(Guid g) => sqlite ? g.ToString().ToUpperInvariant() : g; // how each provider stores a Guid
            foreach (var (id, text, total) in new[] { (ids[0], "良", 85.5m), (ids[1], " 差", 40m), (ids[2], "甲等", 92m) })
                await db.Database.ExecuteSqlRawAsync("""UPDATE "SelfEvaluations" SET "Grade" = {0}, "TotalScore" = {1} WHERE "Id" = {2}""",
                    [text, total, Id(id)], Ct);

            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var grades = await db.SelfEvaluations.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Grade, Ct);
            Assert.Equal(Grade.Good, grades[ids[0]]);
            Assert.Equal(Grade.Poor, grades[ids[1]]);
            Assert.Null(grades[ids[2]]); // not a grade: dropped, so the row still loads
            // Stored by name, as the score snapshot stores a grade.
            Assert.Equal(1, await db.SelfEvaluations.CountAsync(e => e.Grade == Grade.Good && e.Id == ids[0], Ct));
        }

        var admin = await app.LoginAsync("admin");
        var list = await admin.GetAsync("/SelfEvaluations", Ct);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var page = await list.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<td>良</td>", RowOf(page, ids[0]));
        Assert.Contains("<td>差</td>", RowOf(page, ids[1]));
        Assert.Contains("<td>优</td>", RowOf(page, ids[2])); // 甲等 dropped: the grade of its 总分 92.00
        Assert.DoesNotContain("Good", RowOf(page, ids[0]));
        Assert.DoesNotContain("甲等", page);
    }

    // The list row of one 自评表 (its 打开 link closes the row).
    private static string RowOf(string page, Guid id)
    {
        var link = page.IndexOf($"/SelfEvaluations/{id}\"", StringComparison.OrdinalIgnoreCase);
        Assert.True(link > 0, $"自评表 {id} is not listed");
        var start = page.LastIndexOf("<tr>", link, StringComparison.Ordinal);
        return page[start..link];
    }
}

public sealed class SqliteGradeMigrationTests(SqliteApp app) : GradeMigrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresGradeMigrationTests(PostgresApp app) : GradeMigrationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
