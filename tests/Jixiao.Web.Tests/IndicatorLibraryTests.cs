using System.Net;
using System.Net.Http.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Data.Entities;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>The 指标库: sync from stored versions, search, history and the data scope.</summary>
public abstract class IndicatorLibraryTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Satisfaction = "用户满意度";

    private async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    // Indicator rows of every stored version, read here straight from the JSON snapshots: (project, unit, row).
    private Task<List<(Guid Project, string Unit, Jixiao.Domain.Forms.DeclaredIndicator Row, bool Current)>> RowsAsync() => WithDbAsync(async db =>
    {
        var versions = await db.DeclarationVersions.AsNoTracking()
            .Select(v => new { v.ProjectId, v.Number, v.Content, Unit = v.Project!.Unit!.Name }).ToListAsync(Ct);
        var latest = versions.GroupBy(v => v.ProjectId).ToDictionary(g => g.Key, g => g.Max(v => v.Number));
        return versions.SelectMany(v => DeclarationContentJson.Read(v.Content).Indicators
            .Select(r => (v.ProjectId, v.Unit, r, latest[v.ProjectId] == v.Number))).ToList();
    });

    [Fact]
    public async Task Sync_RunTwice_IsIdempotentAndCoversEveryIdentity()
    {
        var rows = await RowsAsync();
        var identities = rows.Select(r => (Name: string.Concat(r.Row.Name.Where(c => !char.IsWhiteSpace(c))), r.Row.Level1, r.Row.Level2)).Distinct().Count();

        await using var scope = app.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<IndicatorLibrary>();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var before = await db.IndicatorDefinitions.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(Ct);

        var first = await library.SyncAsync(Ct);
        var second = await library.SyncAsync(Ct);
        var after = await db.IndicatorDefinitions.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(Ct);

        Assert.Equal(first, second);
        Assert.Equal(before, after); // the demo load already synced: ids are stable
        Assert.Equal(after.Count, first);
        // No seed name mixes full-width and half-width forms, so whitespace-free names count the identities here.
        Assert.Equal(identities, first);
    }

    [Fact]
    public async Task Search_Satisfaction_FindsTheEntryWithHistoryAcrossProjects()
    {
        var rows = await RowsAsync();
        var expectedProjects = rows.Where(r => r.Row.Name.Trim() == Satisfaction && r.Row.Level2 == "服务对象满意度指标")
            .Select(r => r.Project).Distinct().Count();
        Assert.True(expectedProjects >= 2);

        var client = await app.LoginAsync("finance");
        var found = await client.GetFromJsonAsync<List<IndicatorEntry>>("/api/v1/indicators?q=" + Uri.EscapeDataString(Satisfaction), Ct);
        var entry = Assert.Single(found!, e => e.Name == Satisfaction && e.Level2 == "服务对象满意度指标");
        Assert.Equal("满意度指标", entry.Level1);
        Assert.All(found!, e => Assert.Contains(Satisfaction, e.Name));
        Assert.False(string.IsNullOrEmpty(entry.LastTarget));

        var history = await client.GetFromJsonAsync<IndicatorHistory>($"/api/v1/indicators/{entry.Id}", Ct);
        Assert.Equal(expectedProjects, history!.Rows.Count);
        Assert.True(history.Rows.Select(r => r.Year).Distinct().Count() >= 2, "used in several years");
        Assert.Contains(history.Rows, r => r.ActualText is not null); // the 2023 self-evaluations carry actuals
    }

    [Theory]
    [InlineData("满意度", "满意度")]            // part of a name
    [InlineData("满 意 度", "满意度")]          // whitespace is ignored
    [InlineData("产出指标", "产出指标")]        // level-1 category
    public async Task Search_ByNameOrCategory_ReturnsOnlyMatches(string query, string mustContain)
    {
        var client = await app.LoginAsync("finance");
        var found = await client.GetFromJsonAsync<List<IndicatorEntry>>("/api/v1/indicators?q=" + Uri.EscapeDataString(query), Ct);
        Assert.NotEmpty(found!);
        Assert.All(found!, e => Assert.Contains(mustContain, string.Concat(e.Name, e.Level1, e.Level2).Replace(" ", "")));
    }

    [Fact]
    public async Task Search_UnitUser_SeesOnlyEntriesAndHistoryOfItsOwnProjects()
    {
        var rows = await RowsAsync();
        var ownNames = rows.Where(r => r.Unit == AnalysisTests<TApp>.DemoUnitBigData && r.Current).Select(r => r.Row.Name.Trim()).ToHashSet();
        var client = await app.LoginAsync("dsj");
        var found = await client.GetFromJsonAsync<List<IndicatorEntry>>("/api/v1/indicators?limit=500", Ct);
        Assert.NotEmpty(found!);
        Assert.All(found!, e => Assert.Contains(e.Name, ownNames));

        var finance = await app.LoginAsync("finance");
        var all = await finance.GetFromJsonAsync<List<IndicatorEntry>>("/api/v1/indicators?limit=500", Ct);
        Assert.True(all!.Count > found!.Count);
        foreach (var e in found!.Take(5))
        {
            var history = await client.GetFromJsonAsync<IndicatorHistory>($"/api/v1/indicators/{e.Id}", Ct);
            Assert.All(history!.Rows, r => Assert.Equal(AnalysisTests<TApp>.DemoUnitBigData, r.UnitName));
        }
        var foreign = all.First(e => !found.Any(f => f.Id == e.Id));
        var response = await client.GetAsync($"/api/v1/indicators/{foreign.Id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Indicators?id={foreign.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task DefinitionIds_MapEveryStoredRowToItsEntry()
    {
        var rows = await RowsAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<IndicatorLibrary>();
        var map = await library.DefinitionIdsAsync(rows.Select(r => r.Row), Ct);
        Assert.Equal(rows.Select(r => r.Row.Key).Distinct().Count(), map.Count);
        // Two rows with the same identity in different projects point to the same entry.
        var satisfaction = rows.Where(r => r.Row.Name.Trim() == Satisfaction && r.Row.Level2 == "服务对象满意度指标").ToList();
        Assert.Single(satisfaction.Select(r => map[r.Row.Key]).Distinct());
    }

    [Fact]
    public async Task DefinitionIds_EntriesStoredUnderBothSpellingsOfACategory_FirstStoredIsTheEntry()
    {
        // Before ADR-012 the library compared categories as typed, so a district may hold one entry under 产出指标/数量指标
        // and one under the 2020 spelling 产出/数量. Both are now one identity: rows map to the first stored, sync adds none.
        const string name = "两种写法指标";
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var library = scope.ServiceProvider.GetRequiredService<IndicatorLibrary>();
        var older = new IndicatorDefinition { Id = Guid.NewGuid(), Name = name, NormalizedName = name, Level1 = "产出指标", Level2 = "数量指标", FirstYear = 2020, LastYear = 2020 };
        var newer = new IndicatorDefinition { Id = Guid.NewGuid(), Name = name, NormalizedName = name, Level1 = "产出", Level2 = "数量", FirstYear = 2021, LastYear = 2021 };
        db.IndicatorDefinitions.AddRange(older, newer);
        await db.SaveChangesAsync(Ct);
        try
        {
            var row = new Jixiao.Domain.Forms.DeclaredIndicator { Key = Guid.NewGuid(), Name = "两种 写法指标", Level1 = "产出", Level2 = "数量", TargetText = "≥1.00(个)" };
            Assert.Equal(older.Id, (await library.DefinitionIdsAsync([row], Ct))[row.Key]);
            await library.SyncAsync([row], 2022, Ct);
            Assert.Equal(2, await db.IndicatorDefinitions.CountAsync(d => d.NormalizedName == name, Ct));
            Assert.Equal(2022, (await db.IndicatorDefinitions.AsNoTracking().SingleAsync(d => d.Id == older.Id, Ct)).LastYear);
        }
        finally
        {
            // The other tests of this class count the entries: leave the library as the demo load made it.
            db.ChangeTracker.Clear();
            await db.IndicatorDefinitions.Where(d => d.NormalizedName == name).ExecuteDeleteAsync(Ct);
        }
    }

    [Fact]
    public async Task IndicatorsPage_Search_ShowsEntryAndHistory()
    {
        var client = await app.LoginAsync("finance");
        var found = await client.GetFromJsonAsync<List<IndicatorEntry>>("/api/v1/indicators?q=" + Uri.EscapeDataString(Satisfaction), Ct);
        var entry = found!.First(e => e.Name == Satisfaction);
        var html = await client.GetStringAsync($"/Indicators?q={Uri.EscapeDataString(Satisfaction)}&id={entry.Id}", Ct);
        Assert.Contains("<h1", html);
        Assert.Contains("data-testid=\"indicator-history\"", html);
        Assert.Contains(Satisfaction, html);
    }
}

public sealed class SqliteIndicatorLibraryTests(SqliteApp app) : IndicatorLibraryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresIndicatorLibraryTests(PostgresApp app) : IndicatorLibraryTests<PostgresApp>(app), IClassFixture<PostgresApp>;
