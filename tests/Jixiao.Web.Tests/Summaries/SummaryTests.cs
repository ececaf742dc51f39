using Jixiao.Bench.Data;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Data.Summaries;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Auth;
using Jixiao.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Jixiao.Web.Tests.Summaries;

/// <summary>
/// The summaries behind the 分析 screen and the 指标库 (ADR-051): the same numbers as the per-request computation they
/// replaced (the oracles, on the demo district and a generated one), and kept current by every write in its transaction.
/// </summary>
public abstract class SummaryTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new empty database of this provider for the generated district; the second item drops it.</summary>
    protected abstract Task<(string Provider, string ConnectionString, Func<Task> Drop)> NewDatabaseAsync();

    [Fact]
    public async Task Summaries_DemoDistrict_EveryUsersReportsAndLibraryEqualThePerRequestComputation()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var compared = 0;
        foreach (var user in await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(Ct))
        {
            var me = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = await claims.CreateAsync(user) } });
            compared += await SummaryEquality.AssertSameAsync(db, me);
        }
        // The demo district has self-evaluations, findings and indicators used in two years: every part was compared.
        var finance = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "finance", Ct);
        var financeUser = new CurrentUser(new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext { User = await claims.CreateAsync(finance) },
        });
        var report = await new AnalysisService(db, financeUser, SummaryEquality.Rules(db, financeUser)).BuildAsync(null, null, null, Ct);
        Assert.NotEmpty(report!.Evaluations);
        Assert.NotEmpty(report.CommonFindings);
        Assert.NotEmpty(report.YearOverYear);
        Assert.True(compared > 20, $"{compared} reports compared");
    }

    [Fact]
    public async Task Summaries_GeneratedDistrict_FinanceDepartmentAndUnitReportsAndLibraryEqualThePerRequestComputation()
    {
        var (provider, connectionString, drop) = await NewDatabaseAsync();
        try
        {
            var district = new DistrictGenerator(SeedTemplates.Load(SeedTemplates.DefaultFolder()), seed: 1).District(units: 24, projects: 300);
            await DistrictWriter.WriteAsync(district, provider, connectionString, Ct);
            await using var db = new JixiaoDbContext(DistrictWriter.Options(provider, connectionString));
            var orgs = await db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(Ct);
            var finance = orgs.Single(o => o.ParentId is null);
            var department = orgs.First(o => o.ParentId == finance.Id);
            var unit = orgs.First(o => o.ParentId == department.Id);
            Assert.Equal(300, await db.ProjectFigures.CountAsync(Ct));
            // Written through the context batch by batch: the 指标库 aggregates are what the SQL backfill computes.
            Assert.Equal(await RebuiltUsesAsync(db), await UsesAsync(db));
            Assert.Equal(await RebuiltYearsAsync(db), await YearsAsync(db)); // and the year-over-year rows (ADR-068)
            foreach (var (role, org) in new[] { (Role.FinanceReviewer, finance), (Role.SupervisorReviewer, department), (Role.UnitPreparer, unit) })
            {
                var me = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = SummaryEquality.Principal("u", role.ToString(), org) } });
                await SummaryEquality.AssertSameAsync(db, me, maxProjects: 40);
            }

            // ADR-067: at the district the year-over-year table is a summary — the indicators used by most projects, per
            // year the most common values with the number of kinds; a unit lists every value (the oracle compared the counts).
            var financeUser = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = SummaryEquality.Principal("u", Role.FinanceReviewer.ToString(), finance) } });
            var atDistrict = (await new AnalysisService(db, financeUser, SummaryEquality.Rules(db, financeUser)).BuildAsync(null, null, null, Ct))!;
            Assert.Equal(AnalysisTrends.SummaryIndicators, atDistrict.YearOverYear.Count);
            Assert.True(atDistrict.YearOverYearIndicators > AnalysisTrends.SummaryIndicators, $"{atDistrict.YearOverYearIndicators} indicators");
            var years = atDistrict.YearOverYear.SelectMany(t => t.Years).ToList();
            Assert.All(years, y => Assert.Equal(Math.Min(AnalysisTrends.SummaryValues, y.TargetKinds), y.Targets.Count));
            Assert.Contains(years, y => y.TargetKinds > y.Targets.Count);
            Assert.All(atDistrict.YearOverYear, t => Assert.True(t.Projects >= t.Years.Max(y => y.Projects), t.Name));
            var unitUser = new CurrentUser(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = SummaryEquality.Principal("u", Role.UnitPreparer.ToString(), unit) } });
            var ofUnit = (await new AnalysisService(db, unitUser, SummaryEquality.Rules(db, unitUser)).BuildAsync(null, null, null, Ct))!;
            Assert.Equal(ofUnit.YearOverYearIndicators, ofUnit.YearOverYear.Count);
            Assert.All(ofUnit.YearOverYear.SelectMany(t => t.Years), y => Assert.Equal(y.TargetKinds, y.Targets.Count));
        }
        finally
        {
            await drop();
        }
    }

    [Fact]
    public async Task Summaries_ASavedVersion_UpdatesItsIndicatorFactsAndFindingsInTheSameTransaction_ARolledBackOneLeavesThemUnchanged()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await CurrentDraftAsync(db);
        var content = DeclarationContentJson.Read(version.Content);
        var row = content.Indicators[0];
        var before = await FactAsync(db, version.Id, 0);
        Assert.Equal(row.TargetText, before.TargetText);

        // In a transaction that is rolled back: inside it the facts show the write, after it the old text again.
        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            version.Content = DeclarationContentJson.Write(content with { Indicators = [row with { TargetText = "≥987654个" }, .. content.Indicators.Skip(1)] });
            await db.SaveChangesAsync(Ct);
            Assert.Equal("≥987654个", (await FactAsync(db, version.Id, 0)).TargetText);
            await tx.RollbackAsync(Ct);
        }
        db.ChangeTracker.Clear();
        Assert.Equal(row.TargetText, (await FactAsync(db, version.Id, 0)).TargetText);

        // Saved (its own transaction): the facts and the figures follow. An empty name is a finding the linter reports.
        version = await db.DeclarationVersions.SingleAsync(v => v.Id == version.Id, Ct);
        var findingsBefore = (await db.ProjectFigures.AsNoTracking().SingleAsync(f => f.ProjectId == version.ProjectId, Ct)).Findings;
        var missingBefore = await MissingNameOrTargetAsync(db, version.ProjectId);
        version.Content = DeclarationContentJson.Write(content with { Indicators = [row with { TargetText = "≥987654个", Name = "" }, .. content.Indicators.Skip(1)] });
        await db.SaveChangesAsync(Ct);
        Assert.Equal("≥987654个", (await FactAsync(db, version.Id, 0)).TargetText);
        var figures = await db.ProjectFigures.AsNoTracking().SingleAsync(f => f.ProjectId == version.ProjectId, Ct);
        Assert.Equal(ProjectSummaries.Stamp, figures.Stamp);
        // The row's other findings may change with its target too; the one a blank name is sure to add is CMP-04.
        Assert.Equal(missingBefore + 1, await MissingNameOrTargetAsync(db, version.ProjectId));

        version.Content = DeclarationContentJson.Write(content);
        await db.SaveChangesAsync(Ct);
        Assert.Equal(row.TargetText, (await FactAsync(db, version.Id, 0)).TargetText);
        Assert.Equal(findingsBefore, (await db.ProjectFigures.AsNoTracking().SingleAsync(f => f.ProjectId == version.ProjectId, Ct)).Findings);
    }

    [Fact]
    public async Task Summaries_LibraryAggregates_FollowEveryWriteInItsTransaction_AndEqualTheirRecomputationInSql()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        // Kept write by write since the demo was seeded: the same rows the migration's backfill computes from the facts.
        Assert.NotEmpty(await db.IndicatorUses.AsNoTracking().ToListAsync(Ct));
        Assert.Equal(await RebuiltUsesAsync(db), await UsesAsync(db));

        var version = await CurrentDraftAsync(db);
        var project = await db.Projects.SingleAsync(p => p.Id == version.ProjectId, Ct);
        var content = DeclarationContentJson.Read(version.Content);
        var row = content.Indicators[0];
        var identity = Jixiao.Web.Services.IndicatorLibrary.Key("试验用的新指标", row.Level1, row.Level2);
        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            // A row renamed to a new identity: one project uses it, its target is the latest; the old identity loses a use.
            var oldIdentity = Jixiao.Web.Services.IndicatorLibrary.Key(row.Name, row.Level1, row.Level2);
            var oldUses = (await db.IndicatorUses.AsNoTracking().SingleAsync(u => u.IdentityName == oldIdentity.Name
                && u.IdentityLevel1 == oldIdentity.Level1 && u.IdentityLevel2 == oldIdentity.Level2, Ct)).Projects;
            version.Content = DeclarationContentJson.Write(content with { Indicators = [row with { Name = "试验用的新指标", TargetText = "≥987654个" }, .. content.Indicators.Skip(1)] });
            await db.SaveChangesAsync(Ct);
            var added = await db.IndicatorUses.AsNoTracking().SingleAsync(u => u.IdentityName == identity.Name, Ct);
            Assert.Equal((1, "≥987654个"), (added.Projects, added.LatestTarget));
            var unit = await db.IndicatorUnitUses.AsNoTracking().SingleAsync(u => u.IdentityName == identity.Name, Ct);
            Assert.Equal((project.UnitId, project.Id, project.Name), (unit.UnitId, unit.LatestProjectId, unit.LatestProjectName));
            var stillUsed = content.Indicators.Skip(1).Any(r => Jixiao.Web.Services.IndicatorLibrary.Key(r.Name, r.Level1, r.Level2) == oldIdentity);
            Assert.Equal(stillUsed ? oldUses : oldUses - 1, (await db.IndicatorUses.AsNoTracking().Where(u => u.IdentityName == oldIdentity.Name
                && u.IdentityLevel1 == oldIdentity.Level1 && u.IdentityLevel2 == oldIdentity.Level2).Select(u => (int?)u.Projects).SingleOrDefaultAsync(Ct)) ?? 0);

            // Renaming the project alone (no form written) renames the latest row that names it.
            project.Name = "试验用的新名称";
            await db.SaveChangesAsync(Ct);
            Assert.Equal("试验用的新名称", (await db.IndicatorUnitUses.AsNoTracking().SingleAsync(u => u.IdentityName == identity.Name, Ct)).LatestProjectName);
            Assert.Equal(await RebuiltUsesAsync(db), await UsesAsync(db));

            // The row named back: the new identity is used nowhere, so neither table keeps a row of it.
            version.Content = DeclarationContentJson.Write(content);
            await db.SaveChangesAsync(Ct);
            Assert.False(await db.IndicatorUses.AnyAsync(u => u.IdentityName == identity.Name, Ct));
            Assert.False(await db.IndicatorUnitUses.AnyAsync(u => u.IdentityName == identity.Name, Ct));
            Assert.Equal(await RebuiltUsesAsync(db), await UsesAsync(db));
            await tx.RollbackAsync(Ct);
        }
        db.ChangeTracker.Clear();
        Assert.False(await db.IndicatorUses.AnyAsync(u => u.IdentityName == identity.Name, Ct));
        Assert.Equal(await RebuiltUsesAsync(db), await UsesAsync(db));
    }

    [Fact]
    public async Task Summaries_YearOverYear_FollowsANewVersionAndADeletedProjectInTheirTransaction_AndEqualsItsRecomputationInSql()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var claims = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var finance = new CurrentUser(new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext { User = await claims.CreateAsync(await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "finance", Ct)) },
        });
        // Kept write by write since the demo was seeded: the rows the migration's backfill computes from the facts.
        Assert.NotEmpty(await db.IndicatorYearUses.AsNoTracking().ToListAsync(Ct));
        Assert.Equal(await RebuiltYearsAsync(db), await YearsAsync(db));

        // A listed indicator's year whose most common target one project of that year could write instead of its own.
        var before = await DistrictTrendsAsync(db, finance);
        var facts = await (from f in db.IndicatorFacts.AsNoTracking()
                           where f.IsCurrent
                           join p in db.Projects.AsNoTracking() on f.ProjectId equals p.Id
                           select new { f.ProjectId, f.VersionId, f.Position, f.IdentityName, f.IdentityLevel1, f.IdentityLevel2, f.TargetText, p.Year, p.UnitId }).ToListAsync(Ct);
        var picked = before.SelectMany(t => t.Years.Where(y => y.Targets.Count > 0).Select(y => (Trend: t, Year: y)))
            .Select(x =>
            {
                var identity = Jixiao.Web.Services.IndicatorLibrary.Key(x.Trend.Name, x.Trend.Level1, x.Trend.Level2);
                var uses = facts.Where(f => f.IdentityName == identity.Name && f.IdentityLevel1 == identity.Level1 && f.IdentityLevel2 == identity.Level2 && f.Year == x.Year.Year).ToList();
                var top = x.Year.Targets[0].Text;
                return (x.Trend, x.Year, Fact: uses.FirstOrDefault(f => !uses.Any(o => o.ProjectId == f.ProjectId && o.TargetText == top)));
            })
            .First(x => x.Fact is not null);
        var (trend, year, fact) = (picked.Trend, picked.Year, picked.Fact!);
        var topTarget = year.Targets[0];

        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            // A new version of the project writes that target: the year shows one project more for it.
            var current = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == fact.VersionId, Ct);
            var content = DeclarationContentJson.Read(current.Content);
            db.DeclarationVersions.Add(new DeclarationVersion
            {
                ProjectId = current.ProjectId,
                Number = current.Number + 1,
                Content = DeclarationContentJson.Write(content with
                {
                    Indicators = [.. content.Indicators.Select((r, i) => i == fact.Position ? r with { TargetText = topTarget.Text } : r)],
                }),
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
            var written = await DistrictTrendsAsync(db, finance);
            var changed = written.Single(t => (t.Name, t.Level1, t.Level2) == (trend.Name, trend.Level1, trend.Level2)).Years.Single(y => y.Year == year.Year);
            Assert.Equal(new ValueCount(topTarget.Text, topTarget.Projects + 1), changed.Targets[0]);
            Assert.Equal(year.Projects, changed.Projects);
            Assert.Equal(await RebuiltYearsAsync(db), await YearsAsync(db));
            await AssertSameYearOverYearAsync(db, finance, fact.UnitId);

            // The project deleted: its unit's year counts it no more, and the district's table says the same as the forms.
            var unitYear = await UnitYearProjectsAsync(db, fact.UnitId, fact.IdentityName, fact.IdentityLevel1, fact.IdentityLevel2, fact.Year);
            db.ChangeTracker.Clear();
            var project = await db.Projects.SingleAsync(p => p.Id == fact.ProjectId, Ct);
            db.Projects.Remove(project);
            await db.SaveChangesAsync(Ct);
            Assert.Equal(unitYear - 1, await UnitYearProjectsAsync(db, fact.UnitId, fact.IdentityName, fact.IdentityLevel1, fact.IdentityLevel2, fact.Year));
            Assert.Equal(await RebuiltYearsAsync(db), await YearsAsync(db));
            await AssertSameYearOverYearAsync(db, finance, fact.UnitId);
            await tx.RollbackAsync(Ct);
        }
        db.ChangeTracker.Clear();
        Assert.Equal(Json(before), Json(await DistrictTrendsAsync(db, finance)));
        Assert.Equal(await RebuiltYearsAsync(db), await YearsAsync(db));
    }

    private static async Task<IReadOnlyList<IndicatorTrend>> DistrictTrendsAsync(JixiaoDbContext db, CurrentUser me) =>
        (await new AnalysisService(db, me, SummaryEquality.Rules(db, me)).BuildAsync(null, null, null, Ct))!.YearOverYear;

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static async Task<int> UnitYearProjectsAsync(JixiaoDbContext db, int unit, string name, string level1, string level2, int year) =>
        await db.IndicatorYearUses.AsNoTracking().Where(u => u.UnitId == unit && u.IdentityName == name && u.IdentityLevel1 == level1
            && u.IdentityLevel2 == level2 && u.Year == year).Select(u => (int?)u.Projects).SingleOrDefaultAsync(Ct) ?? 0;

    // The year-over-year table of the district and of the unit's department (both read the summaries) equals the oracle's.
    private static async Task AssertSameYearOverYearAsync(JixiaoDbContext db, CurrentUser me, int unitId)
    {
        var department = await db.Organizations.AsNoTracking().Where(o => o.Id == unitId).Select(o => o.ParentId).SingleAsync(Ct);
        foreach (var org in new[] { null, department })
        {
            var expected = (await new AnalysisOracle(db, me).BuildAsync(org, null, null, Ct))!;
            var actual = (await new AnalysisService(db, me, SummaryEquality.Rules(db, me)).BuildAsync(org, null, null, Ct))!;
            Assert.Equal(Json(new { expected.YearOverYear, expected.YearOverYearIndicators }), Json(new { actual.YearOverYear, actual.YearOverYearIndicators }));
        }
    }

    /// <summary>The year-over-year tables (ADR-068) as text, one line per row (values without their surrogate key).</summary>
    internal static async Task<string> YearsAsync(JixiaoDbContext db) =>
        string.Join("\n", (await db.IndicatorYearUses.AsNoTracking().ToListAsync(Ct))
                .Select(u => $"{u.UnitId}/{u.IdentityName}/{u.IdentityLevel1}/{u.IdentityLevel2}/{u.Year}/{u.Projects}/{u.LabelProjectName}/{u.LabelProjectId}/{u.LabelPosition}/{u.LabelName}/{u.LabelLevel1}/{u.LabelLevel2}")
            .Concat((await db.IndicatorYearValues.AsNoTracking().ToListAsync(Ct))
                .Select(v => $"{v.UnitId}/{v.IdentityName}/{v.IdentityLevel1}/{v.IdentityLevel2}/{v.Year}/{v.Kind}/{v.Value}/{v.Projects}"))
            .Order(StringComparer.Ordinal));

    /// <summary>The year-over-year tables as the migration's backfill computes them from the facts, in a transaction rolled back.</summary>
    internal static async Task<string> RebuiltYearsAsync(JixiaoDbContext db)
    {
        var outer = db.Database.CurrentTransaction;
        await using var savepoint = outer is null ? await db.Database.BeginTransactionAsync(Ct) : null;
        if (outer is not null) await outer.CreateSavepointAsync("rebuild_years", Ct);
        Assert.NotEqual(0, await IndicatorYearSummaries.RebuildAsync(db, Ct));
        var rebuilt = await YearsAsync(db);
        if (outer is not null) await outer.RollbackToSavepointAsync("rebuild_years", Ct);
        else await savepoint!.RollbackAsync(Ct);
        return rebuilt;
    }

    /// <summary>Both aggregate tables as text, one line per row.</summary>
    internal static async Task<string> UsesAsync(JixiaoDbContext db) =>
        string.Join("\n", (await db.IndicatorUnitUses.AsNoTracking().ToListAsync(Ct))
                .Select(u => $"{u.UnitId}/{u.IdentityName}/{u.IdentityLevel1}/{u.IdentityLevel2}/{u.Projects}/{u.LastYear}/{u.LatestVersion}/{u.LatestProjectName}/{u.LatestProjectId}/{u.LatestPosition}/{u.LatestTarget}")
            .Concat((await db.IndicatorUses.AsNoTracking().ToListAsync(Ct))
                .Select(u => $"*/{u.IdentityName}/{u.IdentityLevel1}/{u.IdentityLevel2}/{u.Projects}/{u.LastYear}/{u.LatestTarget}"))
            .Order(StringComparer.Ordinal));

    /// <summary>The tables as the SQL rebuild (the migration's backfill) computes them from the facts, in a transaction rolled back.</summary>
    internal static async Task<string> RebuiltUsesAsync(JixiaoDbContext db)
    {
        var outer = db.Database.CurrentTransaction;
        await using var savepoint = outer is null ? await db.Database.BeginTransactionAsync(Ct) : null;
        if (outer is not null) await outer.CreateSavepointAsync("rebuild", Ct);
        Assert.NotEqual(0, await IndicatorUseSummaries.RebuildAsync(db, Ct));
        var rebuilt = await UsesAsync(db);
        if (outer is not null) await outer.RollbackToSavepointAsync("rebuild", Ct);
        else await savepoint!.RollbackAsync(Ct);
        return rebuilt;
    }

    private static async Task<int> MissingNameOrTargetAsync(JixiaoDbContext db, Guid projectId) =>
        await db.ProjectRuleCounts.AsNoTracking().Where(r => r.ProjectId == projectId && r.RuleId == "CMP-04").SumAsync(r => r.Count, Ct);

    [Fact]
    public async Task Summaries_AFailedWrite_LeavesThemUnchanged()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await CurrentDraftAsync(db);
        var content = DeclarationContentJson.Read(version.Content);
        var before = await FactAsync(db, version.Id, 0);

        // The content change is saved with a version that breaks the unique (project, number) index: the save fails.
        version.Content = DeclarationContentJson.Write(content with { Indicators = [content.Indicators[0] with { TargetText = "≥123456个" }, .. content.Indicators.Skip(1)] });
        db.DeclarationVersions.Add(new DeclarationVersion { Id = Guid.NewGuid(), ProjectId = version.ProjectId, Number = version.Number, Content = version.Content });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();

        Assert.Equal(before.TargetText, (await FactAsync(db, version.Id, 0)).TargetText);
        Assert.Equal(before.TargetText, DeclarationContentJson.Read((await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == version.Id, Ct)).Content).Indicators[0].TargetText);
    }

    [Fact]
    public async Task Summaries_ASelfEvaluationWrite_ScoresTheFiguresAndStoresTheActual_ItsRemovalTakesThemBack()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await db.DeclarationVersions.AsNoTracking()
            .Where(v => !db.SelfEvaluations.Any(e => e.ProjectId == v.ProjectId))
            .OrderBy(v => v.Id).FirstAsync(Ct);
        var key = DeclarationContentJson.Read(version.Content).Indicators[0].Key;
        Assert.False((await db.ProjectFigures.AsNoTracking().SingleAsync(f => f.ProjectId == version.ProjectId, Ct)).Evaluated);

        var evaluation = new SelfEvaluationEntity
        {
            Id = Guid.NewGuid(),
            ProjectId = version.ProjectId,
            DeclarationVersionId = version.Id,
            ProfileId = Jixiao.Domain.Scoring.RuleProfiles.ShDistrict.Id,
            Content = EvaluationContentJson.Write(new Jixiao.Domain.Forms.EvaluationContent { Rows = new Dictionary<Guid, Jixiao.Domain.Forms.EvaluationRow> { [key] = new() { ActualText = "完成" } } }),
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.SelfEvaluations.Add(evaluation);
        await db.SaveChangesAsync(Ct);
        var figures = await db.ProjectFigures.AsNoTracking().SingleAsync(f => f.ProjectId == version.ProjectId, Ct);
        Assert.True(figures.Evaluated);
        Assert.Equal(FormState.Draft, figures.EvaluationState);
        Assert.NotNull(figures.ComputedTotal);
        Assert.Equal("完成", (await db.IndicatorFacts.AsNoTracking().SingleAsync(f => f.VersionId == version.Id && f.RowKey == key, Ct)).ActualText);

        evaluation.Content = EvaluationContentJson.Write(new Jixiao.Domain.Forms.EvaluationContent { Rows = new Dictionary<Guid, Jixiao.Domain.Forms.EvaluationRow> { [key] = new() { ActualText = "部分完成" } } });
        await db.SaveChangesAsync(Ct);
        Assert.Equal("部分完成", (await db.IndicatorFacts.AsNoTracking().SingleAsync(f => f.VersionId == version.Id && f.RowKey == key, Ct)).ActualText);

        db.SelfEvaluations.Remove(evaluation);
        await db.SaveChangesAsync(Ct);
        Assert.False((await db.ProjectFigures.AsNoTracking().SingleAsync(f => f.ProjectId == version.ProjectId, Ct)).Evaluated);
        Assert.Null((await db.IndicatorFacts.AsNoTracking().SingleAsync(f => f.VersionId == version.Id && f.RowKey == key, Ct)).ActualText);
    }

    [Fact]
    public async Task Summaries_Lost_AreRebuiltOnStartAndByTheRebuild()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var expected = await SnapshotAsync(db);
        await db.IndicatorFacts.ExecuteDeleteAsync(Ct);
        await db.ProjectRuleCounts.ExecuteDeleteAsync(Ct);
        await db.ProjectFigures.Take(3).ExecuteDeleteAsync(Ct);
        await db.ProjectFigures.ExecuteUpdateAsync(s => s.SetProperty(f => f.Stamp, "0:old rules"), Ct);

        Assert.Equal(await db.Projects.CountAsync(p => p.Versions.Any(), Ct), await ProjectSummaries.EnsureCurrentAsync(db, Ct));
        Assert.Equal(expected, await SnapshotAsync(db));
        Assert.Equal(0, await ProjectSummaries.EnsureCurrentAsync(db, Ct));
        Assert.Equal(await db.Projects.CountAsync(Ct), await ProjectSummaries.RebuildAsync(db, Ct));
        Assert.Equal(expected, await SnapshotAsync(db));
    }

    [Fact]
    public async Task Summaries_LibraryKeysOfEntriesStoredBeforeThem_AreFilledOnStart_AndTheListFindsThoseEntries()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        // As the SummaryIndexes migration leaves an existing database: the derived key columns empty.
        var keys = await db.IndicatorDefinitions.AsNoTracking().Select(d => new { d.Id, d.IdentityName, d.IdentityLevel1, d.IdentityLevel2, d.SearchName, d.SearchLevels })
            .OrderBy(d => d.Id).ToListAsync(Ct);
        Assert.NotEmpty(keys);
        await db.IndicatorDefinitions.ExecuteUpdateAsync(s => s.SetProperty(d => d.IdentityName, (string?)null).SetProperty(d => d.IdentityLevel1, (string?)null)
            .SetProperty(d => d.IdentityLevel2, (string?)null).SetProperty(d => d.SearchName, (string?)null).SetProperty(d => d.SearchLevels, (string?)null), Ct);
        var me = new CurrentUser(new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext
            {
                User = SummaryEquality.Principal("finance", nameof(Role.FinanceReviewer),
            await db.Organizations.AsNoTracking().SingleAsync(o => o.ParentId == null, Ct))
            }
        });
        var listing = new IndicatorListing(db, me, new IndicatorLibrary(db, me, new AuditLog(db, me, TimeProvider.System)));
        Assert.Equal(0, (await listing.PageAsync(new IndicatorListFilter(), Jixiao.Web.Paging.PageRequest.First(), Ct)).Page.Total);

        await ProjectSummaries.EnsureCurrentAsync(db, Ct);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(keys), System.Text.Json.JsonSerializer.Serialize(await db.IndicatorDefinitions.AsNoTracking()
            .Select(d => new { d.Id, d.IdentityName, d.IdentityLevel1, d.IdentityLevel2, d.SearchName, d.SearchLevels }).OrderBy(d => d.Id).ToListAsync(Ct)));
        Assert.NotEqual(0, (await listing.PageAsync(new IndicatorListFilter(), Jixiao.Web.Paging.PageRequest.First(), Ct)).Page.Total);
    }

    private static async Task<string> SnapshotAsync(JixiaoDbContext db) =>
        string.Join("\n", (await db.IndicatorFacts.AsNoTracking().ToListAsync(Ct)).Select(f => $"{f.VersionId}/{f.Position}/{f.TargetText}/{f.ActualText}/{f.IdentityName}")
            .Concat((await db.ProjectFigures.AsNoTracking().ToListAsync(Ct)).Select(f => $"{f.ProjectId}/{f.Findings}/{f.ComputedTotal:0.##}/{f.Stamp}"))
            .Concat((await db.ProjectRuleCounts.AsNoTracking().ToListAsync(Ct)).Select(f => $"{f.ProjectId}/{f.RuleId}/{f.Count}"))
            .Append(await UsesAsync(db))
            .Order(StringComparer.Ordinal));

    private static async Task<DeclarationVersion> CurrentDraftAsync(JixiaoDbContext db)
    {
        var versions = await db.DeclarationVersions.Where(v => v.State == FormState.Draft).ToListAsync(Ct);
        return versions.First(v => DeclarationContentJson.Read(v.Content).Indicators.Count > 0
            && !versions.Any(o => o.ProjectId == v.ProjectId && o.Number > v.Number));
    }

    private static Task<IndicatorFact> FactAsync(JixiaoDbContext db, Guid versionId, int position) =>
        db.IndicatorFacts.AsNoTracking().SingleAsync(f => f.VersionId == versionId && f.Position == position, Ct);
}

public sealed class SqliteSummaryTests(SqliteApp app) : SummaryTests<SqliteApp>(app), IClassFixture<SqliteApp>
{
    protected override Task<(string, string, Func<Task>)> NewDatabaseAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-generated-{Guid.NewGuid():N}.db");
        Func<Task> drop = () =>
        {
            File.Delete(path);
            return Task.CompletedTask;
        };
        return Task.FromResult((DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False", drop));
    }
}

public sealed class PostgresSummaryTests(PostgresApp app) : SummaryTests<PostgresApp>(app), IClassFixture<PostgresApp>
{
    protected override Task<(string, string, Func<Task>)> NewDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("JIXIAO_TEST_POSTGRES") ?? PostgresApp.StartLocalServer();
        var name = $"jixiao_generated_{Guid.NewGuid():N}";
        // The writer creates the database (EnsureDeleted + Migrate); dropping it is ours.
        Func<Task> drop = async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(server + ";Database=postgres");
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        };
        return Task.FromResult((DatabaseProvider.Postgres, $"{server};Database={name}", drop));
    }
}
