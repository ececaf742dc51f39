using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests;

/// <summary>
/// The list APIs paged after the projects (ADR-049): each pages by keyset with the same headers and cap, walking the
/// pages gives the one-page list exactly; a foreign cursor is a Chinese 400. And the 项目类别/项目性质 filter of the
/// project list reads the columns kept in step with every save.
/// </summary>
public abstract partial class ListApiPagingTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Page(List<string> Rows, int Total, string? Next);

    private static async Task<Page> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, url + ": " + await response.Content.ReadAsStringAsync(Ct));
        var rows = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().Select(r => r.GetRawText()).ToList();
        Assert.True(response.Headers.TryGetValues("X-Total-Count", out var total), url + " has no X-Total-Count");
        var next = response.Headers.TryGetValues("X-Next-Cursor", out var n) ? n.Single() : null;
        Assert.Equal(next is not null, response.Headers.Contains("Link"));
        return new Page(rows, int.Parse(total!.Single()), next);
    }

    [Theory]
    [InlineData("finance", "/api/v1/organizations?")]
    [InlineData("finance", "/api/v1/organizations?kind=Unit&")]
    [InlineData("finance", "/api/v1/indicators?")]
    [InlineData("finance", "/api/v1/indicators?sort=name&")]
    [InlineData("dsj", "/api/v1/indicators?")]
    [InlineData("finance", "/api/v1/self-evaluations?")]
    [InlineData("finance", "/api/v1/self-evaluations/startable?")]
    [InlineData("finance", "/api/v1/monitoring?month=7&")]
    [InlineData("finance", "/api/v1/monitoring/overview?month=7&")]
    [InlineData("finance", "/api/v1/disclosures?")]
    [InlineData("finance", "/api/v1/public/disclosures?")]
    [InlineData("finance", "/api/v1/re-reviews?")]
    [InlineData("finance", "/api/v1/re-reviews?sort=unit&")]
    [InlineData("kewei", "/api/v1/re-reviews?year=2023&sort=year&")]
    public async Task WalkingThePages_GivesTheOnePageListExactly(string user, string url)
    {
        var client = await app.LoginAsync(user);
        var whole = await GetAsync(client, url + "size=200");
        Assert.True(whole.Total <= 200, $"{url}: the demo list fits one page ({whole.Total})");
        Assert.Equal(whole.Total, whole.Rows.Count);
        Assert.Null(whole.Next);

        var walked = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await GetAsync(client, url + "size=2" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            Assert.Equal(whole.Total, page.Total);
            Assert.True(page.Rows.Count <= 2);
            walked.AddRange(page.Rows);
            after = page.Next;
            Assert.True(++pages <= whole.Total / 2 + 2, "paging never ends");
        } while (after is not null);
        Assert.Equal(whole.Rows, walked);
    }

    [Theory]
    [InlineData("/api/v1/organizations")]
    [InlineData("/api/v1/indicators")]
    [InlineData("/api/v1/self-evaluations")]
    [InlineData("/api/v1/self-evaluations/startable")]
    [InlineData("/api/v1/monitoring")]
    [InlineData("/api/v1/monitoring/overview")]
    [InlineData("/api/v1/disclosures")]
    [InlineData("/api/v1/public/disclosures")]
    [InlineData("/api/v1/re-reviews")]
    public async Task ForeignCursor_IsRefusedWithAChineseProblem(string url)
    {
        var finance = await app.LoginAsync("finance");
        var projectsCursor = (await GetAsync(finance, "/api/v1/projects?size=1")).Next!;
        var response = await finance.GetAsync($"{url}?after={Uri.EscapeDataString(projectsCursor)}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("after 参数无效", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/api/v1/open-data/targets.json", "projects")]
    [InlineData("/api/v1/public/open-data/disclosures.json", "disclosures")]
    public async Task OpenDataFiles_HoldOnePageOfForms_AndLinkTheNext(string url, string set)
    {
        var finance = await app.LoginAsync("finance");
        async Task<(List<string> Rows, int Total, string? Next)> File(string query)
        {
            var response = await finance.GetAsync(url + query, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty(set).EnumerateArray().Select(r => r.GetRawText()).ToList();
            return (rows, int.Parse(response.Headers.GetValues("X-Total-Count").Single()),
                response.Headers.TryGetValues("X-Next-Cursor", out var n) ? n.Single() : null);
        }
        var whole = await File("?size=200");
        Assert.Equal(whole.Total, whole.Rows.Count);
        Assert.True(whole.Total >= 1, $"{url}: the demo releases something");
        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = await File("?size=1" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)));
            Assert.True(page.Rows.Count <= 1);
            walked.AddRange(page.Rows);
            after = page.Next;
        } while (after is not null && walked.Count <= whole.Total);
        Assert.Equal(whole.Rows, walked);
    }

    [Fact]
    public async Task FormAudit_PagesOldestFirst()
    {
        var unit = await app.LoginAsync("kczx");
        var id = JsonDocument.Parse(await unit.GetStringAsync("/api/v1/projects?size=1", Ct)).RootElement[0].GetProperty("id").GetGuid();
        var whole = await GetAsync(unit, $"/api/v1/audit/Project/{id}?size=200");
        Assert.NotEmpty(whole.Rows);
        var ids = whole.Rows.Select(r => JsonDocument.Parse(r).RootElement.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
        var first = await GetAsync(unit, $"/api/v1/audit/Project/{id}?size=1");
        Assert.Equal(whole.Rows[0], Assert.Single(first.Rows));
        Assert.Equal(whole.Total, first.Total);
    }

    [Fact]
    public async Task CategoryAndNatureFilter_ReadTheValuesTheLastSaveWrote()
    {
        // The big-data centre holds only 2024 申报表, whose header has both 项目类别 and 项目性质.
        var copies = await ListSeeding.AddCopiesAsync(app, DemoOrganizations.BigDataCentre, 3, "类别筛选测试项目", 2036);
        var unit = await app.LoginAsync("dsj");
        var id = copies[1];
        var detail = JsonNode.Parse(await unit.GetStringAsync($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]!["category"] = "特定目标类";
        content["fields"]!["nature"] = "一次性项目";
        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.True(saved.StatusCode == HttpStatusCode.NoContent, await saved.Content.ReadAsStringAsync(Ct));

        // (Saving renames the copy after its content; the year alone picks out the three copies.)
        async Task<List<Guid>> Ids(string query) => (await GetAsync(unit, "/api/v1/projects?year=2036&size=200&" + query)).Rows
            .Select(r => JsonDocument.Parse(r).RootElement.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([id], await Ids("category=" + Uri.EscapeDataString("特定目标类")));
        Assert.Equal([id], await Ids("nature=" + Uri.EscapeDataString("一次性项目") + "&category=" + Uri.EscapeDataString("特定目标类")));
        Assert.Empty(await Ids("category=" + Uri.EscapeDataString("人员类")));
        Assert.Equal(3, (await Ids("")).Count);

        // The page offers the forms' choices and keeps the chosen one.
        var html = WebUtility.HtmlDecode(await unit.GetStringAsync("/Projects?year=2036&category=" + Uri.EscapeDataString("特定目标类"), Ct));
        Assert.Matches("<option value=\"特定目标类\" selected=\"selected\">特定目标类</option>", html);
        Assert.Contains("<option value=\"一次性项目\">一次性项目</option>", html);
        Assert.Contains("共 1 个项目", html);
    }

    [Fact]
    public async Task ProjectHistory_NamesPeopleByDisplayName()
    {
        var id = (await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 1, "历史记录姓名测试项目", 2037)).Single();
        var unit = await app.LoginAsync("kczx");
        var detail = JsonNode.Parse(await unit.GetStringAsync($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]!["category"] = "人员类";
        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var html = WebUtility.HtmlDecode(await unit.GetStringAsync($"/Projects/{id}", Ct));
        var history = History().Match(html);
        Assert.True(history.Success, "the page has a 历史记录 list");
        Assert.Contains("科创中心填报人", history.Value);
        Assert.DoesNotContain(" kczx ", history.Value);
    }

    [GeneratedRegex("历史记录</h2>.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex History();
}

public sealed class SqliteListApiPagingTests(SqliteApp app) : ListApiPagingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresListApiPagingTests(PostgresApp app) : ListApiPagingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
