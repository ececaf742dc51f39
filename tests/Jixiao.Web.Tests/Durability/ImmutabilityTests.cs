using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// Approved (and otherwise locked) forms cannot change, whatever path a write takes: the API refuses in Chinese,
/// and the database itself refuses raw SQL and bulk updates that skip the application (ImmutabilityTriggers).
/// </summary>
public abstract class ImmutabilityTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Unit = Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre;

    [Fact]
    public void TriggerStates_AreExactlyTheWorkflowsLockedStates()
    {
        var locked = Enum.GetValues<FormState>().Where(FormStateNames.IsLocked).Select(s => s.ToString()).Order();
        Assert.Equal(locked, ImmutabilityTriggerSql.LockedStates.Order()); // else: add a migration that redefines the triggers
    }

    [Theory]
    [InlineData("UPDATE \"DeclarationVersions\" SET \"Content\" = 'tampered' WHERE \"Id\" = {0}", "content overwritten")]
    [InlineData("UPDATE \"DeclarationVersions\" SET \"Number\" = 99 WHERE \"Id\" = {0}", "identity of the version")]
    [InlineData("DELETE FROM \"DeclarationVersions\" WHERE \"Id\" = {0}", "deleted")]
    public async Task RawSql_OnApprovedVersion_IsRefusedByTheDatabase(string sql, string reason)
    {
        var versionId = await ApprovedVersionAsync();
        var before = await ContentAsync(versionId);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => WithDbAsync(app, db => db.Database.ExecuteSqlRawAsync(sql, [Key(db, versionId)], Ct)));

        Assert.True(ImmutabilityTriggerSql.IsRefusal(error), $"{reason}: {error.Message}");
        Assert.Equal(before, await ContentAsync(versionId));
    }

    [Fact]
    public async Task BulkUpdate_ThatSkipsTheContextGuard_IsRefusedByTheDatabase()
    {
        var versionId = await ApprovedVersionAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => WithDbAsync(app, db =>
            db.DeclarationVersions.Where(v => v.Id == versionId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Content, "{}"), Ct)));
        Assert.True(ImmutabilityTriggerSql.IsRefusal(error), error.Message);
    }

    [Fact]
    public async Task RawSql_WorkflowMoveOfApprovedVersion_IsAllowed_ContentStays()
    {
        var versionId = await ApprovedVersionAsync();
        var before = await ContentAsync(versionId);
        Assert.Equal(1, await WithDbAsync(app, db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"DeclarationVersions\" SET \"State\" = 'Superseded' WHERE \"Id\" = {0}", [Key(db, versionId)], Ct)));
        Assert.Equal(before, await ContentAsync(versionId));
    }

    [Theory]
    [InlineData("UPDATE \"SelfEvaluations\" SET \"Content\" = 'tampered' WHERE \"State\" = 'Imported'")]
    [InlineData("UPDATE \"SelfEvaluations\" SET \"ScoreSnapshot\" = 'x' WHERE \"State\" = 'Imported'")]
    [InlineData("DELETE FROM \"SelfEvaluations\" WHERE \"State\" = 'Imported'")]
    [InlineData("UPDATE \"Disclosures\" SET \"Content\" = 'tampered' WHERE \"State\" = 'Published'")]
    [InlineData("DELETE FROM \"Disclosures\" WHERE \"State\" = 'Published'")]
    [InlineData("UPDATE \"AuditEvents\" SET \"Comment\" = 'rewritten'")]
    [InlineData("DELETE FROM \"AuditEvents\"")]
    public async Task RawSql_OnLockedFormsOrAudit_IsRefusedByTheDatabase(string sql)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => WithDbAsync(app, db => db.Database.ExecuteSqlRawAsync(sql, Ct)));
        Assert.True(ImmutabilityTriggerSql.IsRefusal(error), error.Message);
    }

    [Fact]
    public async Task Api_SaveOfApprovedDeclaration_IsRefusedInChinese()
    {
        var versionId = await ApprovedVersionAsync();
        var projectId = await WithDbAsync(app, db => db.DeclarationVersions.Where(v => v.Id == versionId).Select(v => v.ProjectId).SingleAsync(Ct));
        var client = await app.LoginAsync("kczx");
        var (content, stamp) = await ReadProjectAsync(client, projectId);
        content["fields"]!["annualGoal"] = "批复后偷偷修改";

        var response = await SaveProjectAsync(client, projectId, content, stamp);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("已批复", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.NotEqual("批复后偷偷修改", await WithDbAsync(app, db => StoredAnnualGoalAsync(db, projectId)));
    }

    private async Task<Guid> ApprovedVersionAsync()
    {
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Unit, _ => true, Ct);
        return await WithDbAsync(app, db => db.DeclarationVersions.Where(v => v.ProjectId == projectId && v.State == FormState.Approved)
            .Select(v => v.Id).SingleAsync(Ct));
    }

    /// <summary>A key as a raw SQL parameter: SQLite stores Guids as upper-case text, PostgreSQL as uuid.</summary>
    private static object Key(JixiaoDbContext db, Guid id) => db.Database.IsSqlite() ? id.ToString().ToUpperInvariant() : id;

    private Task<string> ContentAsync(Guid versionId) =>
        WithDbAsync(app, db => db.DeclarationVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Content).SingleAsync(Ct));
}

public sealed class SqliteImmutabilityTests(SqliteApp app) : ImmutabilityTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresImmutabilityTests : ImmutabilityTests<PostgresApp>, IClassFixture<PostgresApp>
{
    private readonly PostgresApp _app;

    public PostgresImmutabilityTests(PostgresApp app) : base(app) => _app = app;

    // TRUNCATE skips row triggers, so PostgreSQL has statement guards too (SQLite has no TRUNCATE; DELETE is covered above).
    [Fact]
    public async Task Truncate_OfAuditOrLockedForms_IsRefused()
    {
        foreach (var sql in new[] { "TRUNCATE \"AuditEvents\" CASCADE", "TRUNCATE \"DeclarationVersions\" CASCADE", "TRUNCATE \"Disclosures\" CASCADE" })
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => WithDbAsync(_app, db => db.Database.ExecuteSqlRawAsync(sql, Ct)));
            Assert.True(ImmutabilityTriggerSql.IsRefusal(error), error.Message);
        }
    }
}
