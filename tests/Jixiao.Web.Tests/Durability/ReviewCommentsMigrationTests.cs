using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// The ReviewCommentsByForm migration (ADR-016) carries every comment typed under the old shape into the one table:
/// a disclosure comment stored with the disclosure's id in VersionId, and self-evaluation and monitoring return
/// reasons that lived only in the audit trail.
/// </summary>
public abstract class ReviewCommentsMigrationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string OldShape = "AuthSessions"; // the last migration before ReviewCommentsByForm

    [Fact]
    public async Task Migration_CarriesOldDisclosureComments_AndAuditReturnReasons_IntoTheOneTable()
    {
        Guid disclosure, selfEvaluation, report, oldComment = Guid.NewGuid();
        var returnedAt = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            disclosure = await db.Disclosures.Select(d => d.Id).FirstAsync(Ct);
            selfEvaluation = await db.SelfEvaluations.Select(e => e.Id).FirstAsync(Ct);
            var project = await db.Projects.Select(p => p.Id).FirstAsync(Ct);
            await db.GetService<IMigrator>().MigrateAsync(OldShape, Ct);

            var sqlite = db.Database.IsSqlite();
            object Id(Guid g) => sqlite ? g.ToString().ToUpperInvariant() : g; // how each provider stores a Guid
            object At(DateTimeOffset t) => sqlite ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(t)! : t;
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "ReviewComments" ("Id", "VersionId", "Anchor", "Text", "AuthorName", "CreatedAt", "Status")
                VALUES ({0}, {1}, 'disclosure', '请核对表8的支出口径。', '张审核', {2}, 'Open')
                """, [Id(oldComment), Id(disclosure), At(returnedAt)], Ct);
            var monitoring = new MonitoringReportEntity(FormState.Returned) { Id = Guid.NewGuid(), ProjectId = project, PeriodEndMonth = 7, Content = "{}", UpdatedAt = returnedAt };
            db.MonitoringReports.Add(monitoring);
            report = monitoring.Id;
            db.AuditEvents.AddRange(
                ReturnEvent("SelfEvaluation", selfEvaluation, "请补充偏差原因的佐证材料。", returnedAt),
                ReturnEvent("MonitoringReport", report, "请补充纠偏措施的时间安排。", returnedAt),
                ReturnEvent("MonitoringReport", report, null, returnedAt)); // a return without a reason: nothing to carry
            await db.SaveChangesAsync(Ct);

            await db.GetService<IMigrator>().MigrateAsync(cancellationToken: Ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var carried = await db.ReviewComments.AsNoTracking().SingleAsync(c => c.Id == oldComment, Ct);
            Assert.Equal((ReviewForm.Disclosure, disclosure, (Guid?)null, "project", "请核对表8的支出口径。", "张审核"),
                (carried.FormType, carried.FormId, carried.VersionId, carried.Anchor, carried.Text, carried.AuthorName));

            var fromAudit = await db.ReviewComments.AsNoTracking()
                .Where(c => c.FormType == ReviewForm.SelfEvaluation || c.FormType == ReviewForm.Monitoring).ToListAsync(Ct);
            Assert.Equal(2, fromAudit.Count);
            Assert.Contains(fromAudit, c => (c.FormType, c.FormId, c.Anchor, c.Text) == (ReviewForm.SelfEvaluation, selfEvaluation, "project", "请补充偏差原因的佐证材料。"));
            Assert.Contains(fromAudit, c => (c.FormType, c.FormId, c.Anchor, c.Text) == (ReviewForm.Monitoring, report, "project", "请补充纠偏措施的时间安排。"));
            Assert.All(fromAudit, c => Assert.Equal((returnedAt, "财务审核", "FinanceReviewer", CommentStatus.Open), (c.CreatedAt, c.AuthorName, c.AuthorRole, c.Status)));
            Assert.All(fromAudit, c => Assert.NotEqual(Guid.Empty, c.Id));
            Assert.Equal(2, fromAudit.Select(c => c.Id).Distinct().Count());
            // No row is left without its form.
            Assert.False(await db.ReviewComments.AnyAsync(c => c.FormId == Guid.Empty, Ct));
        }
    }

    private static AuditEvent ReturnEvent(string entityType, Guid id, string? comment, DateTimeOffset at) => new()
    {
        AtUtc = at,
        UserName = "财务审核",
        Role = "FinanceReviewer",
        Action = "Return",
        EntityType = entityType,
        EntityId = id.ToString(),
        Comment = comment,
    };
}

public sealed class SqliteReviewCommentsMigrationTests(SqliteApp app) : ReviewCommentsMigrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresReviewCommentsMigrationTests(PostgresApp app) : ReviewCommentsMigrationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
