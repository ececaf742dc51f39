using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.Durability.DurabilitySupport;

namespace Jixiao.Web.Tests.Durability;

/// <summary>
/// 50 clients save at once through the HTTP API, each on its own form and on forms all of them share. The only
/// refusals allowed are the intended conflicts (409, Chinese, naming the field); afterwards every acknowledged save
/// is in the store, and the audit trail shows each save was based on the one before it (no lost update).
/// </summary>
public abstract class ParallelWritersTests<TApp>(TApp app) where TApp : AppFixture
{
    private const int Writers = 50;
    private const int Rounds = 3;
    private const int SharedForms = 3;

    [Fact]
    public async Task FiftyWriters_OwnAndSharedForms_OnlyIntendedConflicts_EveryAcknowledgedSavePresent()
    {
        if (await WithDbAsync(app, db => Task.FromResult(db.Database.IsSqlite())))
            Assert.Equal("wal", await WithDbAsync(app, async db =>
            {
                await db.Database.OpenConnectionAsync(Ct);
                await using var cmd = db.Database.GetDbConnection().CreateCommand();
                cmd.CommandText = "PRAGMA journal_mode";
                return (string?)await cmd.ExecuteScalarAsync(Ct);
            }));
        var shared = (await WithDbAsync(app, db => DraftProjectsAsync(db, Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre))).Take(SharedForms).ToList();
        var own = await CreateOwnProjectsAsync();
        var raw = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var cookie = await AuthCookieAsync(raw, "kczx");

        var acknowledged = new ConcurrentBag<(Guid Project, string Goal)>();
        var conflicts = new ConcurrentBag<string>();
        var errors = new ConcurrentBag<string>();
        using var start = new SemaphoreSlim(0, Writers);
        var writers = Enumerable.Range(0, Writers).Select(async w =>
        {
            var client = WithCookie(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), cookie);
            await start.WaitAsync(Ct);
            for (var r = 0; r < Rounds; r++)
            {
                var project = r % 2 == 0 ? own[w] : shared[(w + r) % shared.Count];
                var goal = $"写入者{w:00}-第{r}轮";
                var response = await EditAnnualGoalAsync(client, project, goal);
                var body = await response.Content.ReadAsStringAsync(Ct);
                if (response.StatusCode == HttpStatusCode.NoContent) acknowledged.Add((project, goal));
                else if (response.StatusCode == HttpStatusCode.Conflict && body.Contains("保存冲突") && body.Contains(AnnualGoalField)) conflicts.Add(body);
                else errors.Add($"{(int)response.StatusCode} {body}");
            }
        }).ToList();
        start.Release(Writers);
        await Task.WhenAll(writers);

        Assert.True(errors.IsEmpty, $"{errors.Count} unexpected answers, e.g.:\n{string.Join("\n", errors.Take(3))}");
        var checkedProjects = 0;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            foreach (var project in own.Concat(shared))
            {
                var history = await FieldHistoryAsync(db, project, AnnualGoalField);
                var acked = acknowledged.Where(a => a.Project == project).Select(a => a.Goal).ToList();
                Assert.Equal(acked.Order(StringComparer.Ordinal), history.Select(h => h.New!).Order(StringComparer.Ordinal)); // each acknowledged save committed once, nothing else did
                for (var i = 1; i < history.Count; i++) Assert.Equal(history[i - 1].New, history[i].Old); // each save saw the one before
                if (history.Count > 0) Assert.Equal(history[^1].New, await StoredAnnualGoalAsync(db, project));
                checkedProjects++;
            }
        }
        Assert.Equal(Writers * ((Rounds + 1) / 2), acknowledged.Count(a => own.Contains(a.Project))); // own forms never conflict
        Assert.NotEmpty(conflicts); // the shared forms did collide
        Log($"{GetType().Name}: {Writers} writers, {Writers * Rounds} saves, {acknowledged.Count} acknowledged and present, " +
            $"{conflicts.Count} intended conflicts (409), 0 other errors, {checkedProjects} forms verified");
    }

    /// <summary>One draft per writer, copies of a demo project under new names (created like "new project" does).</summary>
    private async Task<List<Guid>> CreateOwnProjectsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var projects = scope.ServiceProvider.GetRequiredService<ProjectService>();
        var template = await db.DeclarationVersions.AsNoTracking().Include(v => v.Project)
            .Where(v => v.Project!.Year == 2024 && v.Project.Unit!.Name == Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre)
            .OrderBy(v => v.Project!.Name).FirstAsync(Ct);
        var model = ProjectService.ToDomain(template);
        var ids = new List<Guid>();
        for (var w = 0; w < Writers; w++)
        {
            var (entity, result) = await projects.CreateAsync(template.Project!.UnitId, model with { Name = $"{model.Name}（并发测试{w:00}）" },
                VersionOrigin.New, "同名项目", Ct);
            Assert.True(result.Ok, result.Error);
            ids.Add(entity!.Id);
        }
        return ids;
    }
}

public sealed class SqliteParallelWritersTests(SqliteApp app) : ParallelWritersTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresParallelWritersTests(PostgresApp app) : ParallelWritersTests<PostgresApp>(app), IClassFixture<PostgresApp>;
