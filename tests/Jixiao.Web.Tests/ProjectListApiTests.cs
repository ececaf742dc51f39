using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests;

/// <summary>GET /api/v1/projects pages by keyset with filters inside the user's scope (issue 15, issue 16 item 2).</summary>
public abstract class ProjectListApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Page(List<JsonElement> Rows, int Total, string? Next, string? Link);

    private static async Task<Page> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().ToList();
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single());
        var next = response.Headers.TryGetValues("X-Next-Cursor", out var n) ? n.Single() : null;
        var link = response.Headers.TryGetValues("Link", out var l) ? l.Single() : null;
        return new Page(rows, total, next, link);
    }

    /// <summary>Every page of the list, following X-Next-Cursor; the ids in the order served.</summary>
    private static async Task<(List<Guid> Ids, int Total, int Pages)> AllPagesAsync(HttpClient client, string url)
    {
        var ids = new List<Guid>();
        var (pages, total, after) = (0, -1, (string?)null);
        do
        {
            var page = await GetAsync(client, after is null ? url : $"{url}&after={Uri.EscapeDataString(after)}");
            Assert.True(total < 0 || total == page.Total, "the total does not change between pages");
            total = page.Total;
            ids.AddRange(page.Rows.Select(r => r.GetProperty("id").GetGuid()));
            after = page.Next;
            pages++;
            Assert.True(pages < 500, "paging never ends");
        } while (after is not null);
        return (ids, total, pages);
    }

    [Theory]
    [InlineData("unit")]
    [InlineData("name")]
    [InlineData("year")]
    [InlineData("new")]
    [InlineData("grade")]          // 结果应用: keyed by a correlated subquery, none of these has last year's grade
    [InlineData("rectification")]
    public async Task Paging_TiedRows_EveryRowExactlyOnce_InEveryOrder(string sort)
    {
        // 2 × 19 projects of one year and creation time, the same 19 names in two units: names tie across units,
        // units, years and times tie within them, and the creation-time order has nothing but the id to go on.
        var seeded = (await ListSeeding.AddCopiesAsync(app, DemoOrganizations.BigDataCentre, 19, "并列排序测试项目-" + sort, 2031))
            .Concat(await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 19, "并列排序测试项目-" + sort, 2031)).ToList();
        var finance = await app.LoginAsync("finance");

        var (ids, total, pages) = await AllPagesAsync(finance, $"/api/v1/projects?year=2031&q=并列排序测试项目-{sort}&sort={sort}&size=5");

        Assert.Equal(38, total);
        Assert.Equal(8, pages);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(seeded.Order(), ids.Order());
        // The whole list in one page is in the same order as the pages joined.
        Assert.Equal(ids, (await GetAsync(finance, $"/api/v1/projects?year=2031&q=并列排序测试项目-{sort}&sort={sort}&size=200")).Rows.Select(r => r.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Paging_SizeCappedAt200_DefaultIs50_LinkCarriesTheFilters()
    {
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 230, "上限测试项目", 2032);
        var finance = await app.LoginAsync("finance");

        var capped = await GetAsync(finance, "/api/v1/projects?year=2032&size=100000");
        Assert.Equal(200, capped.Rows.Count);
        Assert.Equal(230, capped.Total);
        Assert.NotNull(capped.Next);
        Assert.Contains("year=2032", capped.Link);
        Assert.Contains("rel=\"next\"", capped.Link);

        var standard = await GetAsync(finance, "/api/v1/projects?year=2032");
        Assert.Equal(50, standard.Rows.Count);
        Assert.Equal(50, (await GetAsync(finance, "/api/v1/projects?year=2032&size=0")).Rows.Count);

        var last = await GetAsync(finance, $"/api/v1/projects?year=2032&size=200&after={Uri.EscapeDataString(capped.Next!)}");
        Assert.Equal(30, last.Rows.Count);
        Assert.Null(last.Next);
        Assert.Null(last.Link);
    }

    [Fact]
    public async Task Filters_Combine_StateUnitDepartmentYearAndSearch()
    {
        var submitted = await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 3, "组合筛选测试项目甲", 2033, FormState.Submitted);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 2, "组合筛选测试项目甲草稿", 2033, FormState.Draft);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 2, "组合筛选测试项目乙", 2033, FormState.Submitted);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.BigDataCentre, 4, "组合筛选测试项目甲", 2033, FormState.Submitted);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 1, "组合筛选测试项目甲", 2034, FormState.Submitted);
        var finance = await app.LoginAsync("finance");
        var units = (await finance.GetFromJsonAsync<JsonElement>("/api/v1/organizations", Ct)).EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("id").GetInt32());
        var (innovation, commission, office) = (units[DemoOrganizations.InnovationCentre], units[DemoOrganizations.ScienceCommission], units[DemoOrganizations.GovernmentOffice]);

        async Task<List<Guid>> Ids(string query) => (await AllPagesAsync(finance, "/api/v1/projects?size=2&" + query)).Ids;

        Assert.Equal(submitted.Order(), (await Ids($"year=2033&q=项目甲&state=Submitted&unitId={innovation}")).Order());
        Assert.Equal(submitted.Order(), (await Ids($"year=2033&q=项目甲&state=submitted&departmentId={commission}")).Order());
        Assert.Equal(5, (await Ids($"year=2033&q=组合筛选测试项目&state=Submitted&departmentId={commission}")).Count);
        Assert.Equal(4, (await Ids($"year=2033&q=组合筛选测试项目&departmentId={office}")).Count);
        Assert.Equal(12, (await Ids("q=组合筛选测试项目")).Count);
        Assert.Empty(await Ids($"year=2034&q=组合筛选测试项目&unitId={units[DemoOrganizations.BigDataCentre]}"));

        var bad = await finance.GetAsync("/api/v1/projects?state=Nonsense", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("不支持的状态", await bad.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Scope_AUnitNeverPagesIntoAnotherUnitsRows_EvenWithAnotherUnitsCursorOrFilter()
    {
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 6, "范围测试项目", 2035);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.BigDataCentre, 6, "范围测试项目", 2035);
        var finance = await app.LoginAsync("finance");
        var all = await GetAsync(finance, "/api/v1/projects?year=2035&size=200");
        var bigDataIds = all.Rows.Where(r => r.GetProperty("unitName").GetString() == DemoOrganizations.BigDataCentre).Select(r => r.GetProperty("id").GetGuid()).ToHashSet();
        var bigDataUnit = all.Rows.First(r => r.GetProperty("unitName").GetString() == DemoOrganizations.BigDataCentre).GetProperty("unitId").GetInt32();
        // A cursor that points at the first of the big-data centre's rows in the finance bureau's list.
        var financeCursor = (await GetAsync(finance, "/api/v1/projects?year=2035&size=1")).Next!;

        var unit = await app.LoginAsync("kczx");
        var (ids, total, _) = await AllPagesAsync(unit, "/api/v1/projects?year=2035&size=1");
        Assert.Equal(6, total);
        Assert.Equal(6, ids.Distinct().Count());
        Assert.DoesNotContain(ids, bigDataIds.Contains);
        var fromFinanceCursor = await GetAsync(unit, $"/api/v1/projects?year=2035&size=200&after={Uri.EscapeDataString(financeCursor)}");
        Assert.NotEmpty(fromFinanceCursor.Rows);
        Assert.DoesNotContain(fromFinanceCursor.Rows, r => bigDataIds.Contains(r.GetProperty("id").GetGuid()));
        Assert.Equal(0, (await GetAsync(unit, $"/api/v1/projects?year=2035&unitId={bigDataUnit}")).Total);

        var kewei = await app.LoginAsync("kewei");
        Assert.Equal(6, (await AllPagesAsync(kewei, "/api/v1/projects?year=2035&size=4")).Total);
    }

    [Fact]
    public async Task Cursor_ForgedOrOfAnotherOrder_IsRefusedWithAChineseProblem()
    {
        var finance = await app.LoginAsync("finance");
        var cursor = (await GetAsync(finance, "/api/v1/projects?size=1&sort=name")).Next!;
        foreach (var after in new[] { "not-a-cursor", cursor, new string('A', 5000) })
        {
            var response = await finance.GetAsync($"/api/v1/projects?size=1&sort=unit&after={Uri.EscapeDataString(after)}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("after 参数无效", await response.Content.ReadAsStringAsync(Ct));
        }
    }
}

public sealed class SqliteProjectListApiTests(SqliteApp app) : ProjectListApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresProjectListApiTests(PostgresApp app) : ProjectListApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
