using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>The other list pages read through the same keyset pages: a count of matches, at most 50 rows, filters kept.</summary>
public abstract partial class ListPagingTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("admin", "/Admin/Audit", "条")]
    [InlineData("finance", "/SelfEvaluations", "项")]
    [InlineData("finance", "/Monitoring?month=6", "个项目")]
    [InlineData("finance", "/Disclosure", "份")]
    [InlineData("kczx", "/Notifications", "条")]
    [InlineData("finance", "/Indicators", "个指标")]
    [InlineData("admin", "/Admin/Users", "个用户")]
    [InlineData("admin", "/Admin/Organizations", "个组织")]
    [InlineData("finance", "/Monitoring/Overview?month=7", "份")]
    [InlineData("finance", "/Public/Disclosure", "份")]
    [InlineData("finance", "/Analysis", "份自评表")]
    public async Task ListPage_ShowsTheCountOfMatches(string user, string url, string noun)
    {
        var html = WebUtility.HtmlDecode(await (await app.LoginAsync(user)).GetStringAsync(url, Ct));
        if (url == "/Notifications" && html.Contains("暂无通知")) return; // an empty inbox shows its own sentence
        Assert.Matches($"共 [0-9,]+ {noun}", html);
    }

    [Fact]
    public async Task AuditPage_PagesBy50_DatesFilterInChinaTimeInSql()
    {
        // The demo district's seeding (imports, users) writes today's audit events.
        var admin = await app.LoginAsync("admin");
        var first = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Audit", Ct));
        var total = int.Parse(Count().Match(first).Groups[1].Value.Replace(",", "", StringComparison.Ordinal));
        Assert.True(total > 0);
        if (total > 50)
        {
            Assert.Contains($"共 {total:#,##0} 条，本页第 1–50 条", first);
            var next = Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
            Assert.Contains("after=", next);
            var second = WebUtility.HtmlDecode(await admin.GetStringAsync(next, Ct));
            Assert.Contains($"本页第 51–{Math.Min(100, total)} 条", second);
        }
        var today = Services.DisplayTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
        var tomorrow = Services.DisplayTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Matches("共 [0-9,]+ 条", WebUtility.HtmlDecode(await admin.GetStringAsync($"/Admin/Audit?from={today}&to={today}", Ct)));
        Assert.Contains("共 0 条", WebUtility.HtmlDecode(await admin.GetStringAsync($"/Admin/Audit?from={tomorrow}", Ct)));
    }

    [Fact]
    public async Task UsersPage_FiltersByRoleAndName()
    {
        var admin = await app.LoginAsync("admin");
        var preparers = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Users?role=UnitPreparer", Ct));
        Assert.Contains("<td>kczx</td>", preparers);
        Assert.DoesNotContain("<td>finance</td>", preparers);
        var one = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Users?q=kczx", Ct));
        Assert.Contains("共 1 个用户，本页第 1–1 个用户", one);
    }

    [Fact]
    public async Task IndicatorsPage_PagesBy50_AndFiltersByLevel1()
    {
        var finance = await app.LoginAsync("finance");
        var first = WebUtility.HtmlDecode(await finance.GetStringAsync("/Indicators", Ct));
        var total = int.Parse(IndicatorCount().Match(first).Groups[1].Value.Replace(",", "", StringComparison.Ordinal));
        Assert.True(total > 50, $"the demo library has more than one page ({total})");
        Assert.Equal(50, EntryLink().Matches(first).Count);
        var next = WebUtility.HtmlDecode(Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value);
        var second = WebUtility.HtmlDecode(await finance.GetStringAsync(next, Ct));
        Assert.Contains($"本页第 51–{Math.Min(100, total)} 个指标", second);
        Assert.Empty(EntryLink().Matches(first).Select(m => m.Value).Intersect(EntryLink().Matches(second).Select(m => m.Value)));

        var satisfaction = WebUtility.HtmlDecode(await finance.GetStringAsync("/Indicators?level1=" + Uri.EscapeDataString("满意度指标"), Ct));
        var filtered = int.Parse(IndicatorCount().Match(satisfaction).Groups[1].Value.Replace(",", "", StringComparison.Ordinal));
        Assert.InRange(filtered, 1, total - 1);
    }

    [Fact]
    public async Task Analysis_EvaluationList_IsPaged_OnThePageAndInTheApi()
    {
        var finance = await app.LoginAsync("finance");
        var first = await finance.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/analysis?size=2", Ct);
        var total = first.GetProperty("evaluationsTotal").GetInt32();
        Assert.True(total > 2, $"the demo district has more than two self-evaluations ({total})");
        Assert.Equal(2, first.GetProperty("evaluations").GetArrayLength());
        var next = first.GetProperty("evaluationsNext").GetString()!;
        var second = await finance.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/analysis?size=2&after={Uri.EscapeDataString(next)}", Ct);
        Assert.Equal(2, second.GetProperty("evaluationsBefore").GetInt32());
        Assert.Equal(total, second.GetProperty("evaluationsTotal").GetInt32());
        static IEnumerable<string> Ids(System.Text.Json.JsonElement report) =>
            report.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("projectId").GetString()!);
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        // The grade counts still count every evaluation, whichever page is shown.
        Assert.Equal(total, second.GetProperty("grades").EnumerateArray().Sum(g => g.GetProperty("computed").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.GetAsync("/api/v1/analysis?after=nonsense", Ct)).StatusCode);
        // Never more than the page size cap (ADR-049), whatever is asked.
        var big = await finance.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/analysis?size=100000", Ct);
        Assert.Equal(Math.Min(total, Paging.PageRequest.MaxSize), big.GetProperty("evaluations").GetArrayLength());

        var html = WebUtility.HtmlDecode(await finance.GetStringAsync("/Analysis", Ct));
        Assert.Contains($"共 {total:#,##0} 份自评表，本页第 1–{Math.Min(50, total)} 份自评表", html);
    }

    [GeneratedRegex("共 ([0-9,]+) 个指标")]
    private static partial Regex IndicatorCount();

    [GeneratedRegex("id=([0-9a-f-]{36})\" data-testid=\"indicator-entry\"")]
    private static partial Regex EntryLink();

    [GeneratedRegex("共 ([0-9,]+) 条")]
    private static partial Regex Count();
}

public sealed class SqliteListPagingTests(SqliteApp app) : ListPagingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresListPagingTests(PostgresApp app) : ListPagingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
