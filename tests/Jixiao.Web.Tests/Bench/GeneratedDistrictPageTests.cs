using System.Net;
using Jixiao.Bench.Data;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Web.Tests.Bench;

/// <summary>
/// The bench generator fills every page (ADR-053): on a generated small district, every role's list pages and the detail
/// pages of a project, its 运行监控 reports, its 自评表, a 预算公开 package and their 修改记录 answer 200 and show the
/// generated records — monitoring lights, scored self-evaluations, disclosures, review comments with answers, audit history.
/// </summary>
public abstract class GeneratedDistrictPageTests<TApp>(TApp app) where TApp : GeneratedDistrictApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GeneratedDistrict_EveryRolesListsAndDetails_ShowTheGeneratedActivity()
    {
        await using var db = new JixiaoDbContext(DistrictWriter.Options(app.ProviderName, app.ConnectionString));
        // The unit of a confirmed 自评表 (a last year's project: monitored, self-evaluated), its department, finance, admin.
        var evaluation = await db.SelfEvaluations.AsNoTracking().Where(e => e.State == FormState.Confirmed).OrderBy(e => e.Id).FirstAsync(Ct);
        var project = await db.Projects.AsNoTracking().Include(p => p.Unit).SingleAsync(p => p.Id == evaluation.ProjectId, Ct);
        var unitUser = await db.Users.AsNoTracking().Where(u => u.OrganizationId == project.UnitId).Select(u => u.UserName!).SingleAsync(Ct);
        var departmentUser = await db.Users.AsNoTracking().Where(u => u.OrganizationId == project.Unit!.ParentId).Select(u => u.UserName!).SingleAsync(Ct);
        var report = await db.MonitoringReports.AsNoTracking().Where(m => m.ProjectId == project.Id).OrderBy(m => m.PeriodEndMonth).FirstAsync(Ct);
        var disclosure = await db.Disclosures.AsNoTracking().SingleAsync(d => d.UnitId == project.UnitId && d.State == FormState.Published, Ct);
        // A declaration with a remark the unit answered, and the users who see it.
        var commented = await db.ReviewComments.AsNoTracking().Where(c => c.FormType == ReviewForm.Declaration && c.Reply != null).OrderBy(c => c.Id).FirstAsync(Ct);
        var commentedUnit = await db.Projects.AsNoTracking().Where(p => p.Id == commented.FormId).Select(p => p.Unit!).SingleAsync(Ct);
        var commentReaders = await db.Users.AsNoTracking().Where(u => u.OrganizationId == commentedUnit.Id || u.OrganizationId == commentedUnit.ParentId)
            .Select(u => u.UserName!).ToListAsync(Ct);

        var failures = new List<string>();
        string[] main = [unitUser, departmentUser, "finance", "admin"];
        foreach (var user in main.Concat(commentReaders).Distinct())
        {
            var client = await app.LoginAsync(user, DistrictWriter.Password);
            async Task Expect(string path, params string[] texts)
            {
                var response = await client.GetAsync(path, Ct);
                var body = await response.Content.ReadAsStringAsync(Ct);
                if (response.StatusCode != HttpStatusCode.OK) { failures.Add($"{user} {path}: {(int)response.StatusCode}"); return; }
                foreach (var text in texts.Where(t => !body.Contains(WebUtility.HtmlEncode(t), StringComparison.Ordinal) && !body.Contains(t, StringComparison.Ordinal)))
                    failures.Add($"{user} {path}: “{text}” not shown");
            }

            if (commentReaders.Contains(user) || user is "finance" or "admin") await Expect($"/Projects/{commented.FormId}", commented.Text, commented.Reply!);
            if (!main.Contains(user)) continue; // a reader of the comment only
            await Expect($"/Projects?year={project.Year}", project.Name);
            await Expect($"/Monitoring?month={report.PeriodEndMonth}&year={project.Year}", project.Name);
            await Expect($"/Monitoring/Overview?month={report.PeriodEndMonth}", project.Name);
            await Expect($"/SelfEvaluations?year={project.Year}", project.Name, Grade(evaluation));
            await Expect("/Disclosure", project.Unit!.Name);
            await Expect("/Analysis", project.Unit!.Name);
            await Expect("/Indicators");
            await Expect($"/Projects/{project.Id}", project.Name);
            await Expect($"/Monitoring/{project.Id}?month={report.PeriodEndMonth}", project.Name);
            await Expect($"/SelfEvaluations/{evaluation.Id}", project.Name, evaluation.TotalScore!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            await Expect($"/Disclosure/{disclosure.Id}", project.Unit!.Name);
            await Expect($"/Audit/Project/{project.Id}", "批复");
            await Expect($"/Audit/SelfEvaluation/{evaluation.Id}", "确认");
            await Expect($"/Audit/MonitoringReport/{report.Id}", "提交");
            await Expect($"/Audit/Disclosure/{disclosure.Id}", "公开");
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task GeneratedDistrict_HoldsEveryKindOfRecord_InTheProportionsOfTheAdr()
    {
        await using var db = new JixiaoDbContext(DistrictWriter.Options(app.ProviderName, app.ConnectionString));
        var lastYear = await db.Projects.CountAsync(p => p.Year == GeneratedDistrictApp.Year - 1, Ct);
        Assert.Equal(GeneratedDistrictApp.Projects / 5, lastYear);
        var evaluated = await db.SelfEvaluations.CountAsync(Ct);
        Assert.InRange(evaluated, lastYear * 6 / 10, lastYear); // 80 % drawn per project
        // Scored by the domain: a stored total and grade on every 自评表.
        Assert.Equal(0, await db.SelfEvaluations.CountAsync(e => e.TotalScore == null || e.Grade == null, Ct));
        // Three reports per last year's project, one per approved project of this year.
        var approvedThisYear = await db.Projects.CountAsync(p => p.Year == GeneratedDistrictApp.Year && p.Versions.Any(v => v.State == FormState.Approved), Ct);
        Assert.Equal(lastYear * 3 + approvedThisYear, await db.MonitoringReports.CountAsync(Ct));
        Assert.Equal(0, await db.MonitoringReports.CountAsync(m => m.Light == null, Ct));
        Assert.Equal(GeneratedDistrictApp.Units * 2, await db.Disclosures.CountAsync(Ct));
        Assert.True(await db.ReviewComments.CountAsync(c => c.Reply != null, Ct) > 0);
        Assert.True(await db.ReviewComments.CountAsync(c => c.Status == CommentStatus.Open, Ct) > 0);
        // Every form has its creation in the audit log, and every moved one its moves.
        Assert.Equal(await db.Projects.CountAsync(Ct), await db.AuditEvents.CountAsync(e => e.EntityType == "Project" && e.Action == "Create", Ct));
        Assert.Equal(await db.DeclarationVersions.CountAsync(v => v.State != FormState.Draft, Ct),
            await db.AuditEvents.CountAsync(e => e.EntityType == "Project" && e.Action == "Submit", Ct));
        // The summary tables of ADR-051 are filled for every project.
        Assert.Equal(await db.Projects.CountAsync(Ct), await db.ProjectFigures.CountAsync(Ct));
        Assert.Equal(evaluated, await db.ProjectFigures.CountAsync(f => f.Evaluated, Ct));
    }

    private static string Grade(SelfEvaluationEntity e) => Jixiao.Domain.Scoring.Grades.DisplayName(e.Grade!.Value);
}

/// <summary>An app on a generated district of <see cref="Units"/> units and <see cref="Projects"/> projects (seed number 1).</summary>
public abstract class GeneratedDistrictApp : AppFixture
{
    public const int Units = 10, Projects = 50, Year = 2024;
    public string ProviderName => Provider;
    public string ConnectionString { get; private set; } = "";

    protected abstract Task<string> NewDatabaseAsync();

    protected override async Task<string> CreateDatabaseAsync()
    {
        ConnectionString = await NewDatabaseAsync();
        var district = new DistrictGenerator(SeedTemplates.Load(SeedTemplates.DefaultFolder()), seed: 1).District(Units, Projects, Year);
        await DistrictWriter.WriteAsync(district, Provider, ConnectionString, CancellationToken.None);
        return ConnectionString;
    }
}

public sealed class SqliteGeneratedDistrictApp : GeneratedDistrictApp
{
    protected override string Provider => DatabaseProvider.Sqlite;

    protected override Task<string> NewDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-generated-{Guid.NewGuid():N}.db")};Pooling=False");
}

public sealed class PostgresGeneratedDistrictApp : GeneratedDistrictApp
{
    private string? server, name;
    protected override string Provider => DatabaseProvider.Postgres;

    protected override Task<string> NewDatabaseAsync()
    {
        server = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? PostgresApp.StartLocalServer();
        name = $"jixiao_generated_{Guid.NewGuid():N}";
        return Task.FromResult($"{server};Database={name}"); // the writer creates it
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (server is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(server + ";Database=postgres");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteGeneratedDistrictPageTests(SqliteGeneratedDistrictApp app)
    : GeneratedDistrictPageTests<SqliteGeneratedDistrictApp>(app), IClassFixture<SqliteGeneratedDistrictApp>;

public sealed class PostgresGeneratedDistrictPageTests(PostgresGeneratedDistrictApp app)
    : GeneratedDistrictPageTests<PostgresGeneratedDistrictApp>(app), IClassFixture<PostgresGeneratedDistrictApp>;
