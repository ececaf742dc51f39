using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests;

/// <summary>The /Projects page: filters and the page in the query string, a count of matches, a bounded page size.</summary>
public abstract partial class ProjectListPageTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<string> ProjectLinks(string html) => ProjectLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task FinanceList_OfADistrictOf2000Projects_StaysUnder512KB_AndCountsEveryMatch()
    {
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 1000, "大区县项目", 2037);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.BigDataCentre, 1000, "大区县项目", 2037);
        var finance = await app.LoginAsync("finance");

        var response = await finance.GetAsync("/Projects", Ct);
        var bytes = (await response.Content.ReadAsByteArrayAsync(Ct)).Length;
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bytes < 512 * 1024, $"/Projects is {bytes:#,##0} bytes");
        Assert.Equal(50, ProjectLinks(html).Count);
        Assert.Matches(@"共 2,0\d\d 个项目，本页第 1–50 个项目", html);

        var year = await finance.GetStringAsync("/Projects?year=2037", Ct);
        Assert.Contains("共 2,000 个项目", year);
        Assert.Contains("所选范围内 2037 年度编报绩效目标的项目 2000 个，涉及项目预算资金 200.00 万元。", WebUtility.HtmlDecode(year));
    }

    [Fact]
    public async Task Filters_AndThePage_StayInTheQueryString_NextLinkServesTheRestExactlyOnce()
    {
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 60, "翻页筛选项目", 2038, FormState.Submitted);
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 5, "翻页筛选草稿", 2038, FormState.Draft);
        var finance = await app.LoginAsync("finance");

        var first = await finance.GetStringAsync("/Projects?year=2038&state=Submitted&q=翻页&sort=name", Ct);
        Assert.Contains("共 60 个项目，本页第 1–50 个项目", first);
        var next = WebUtility.HtmlDecode(NextLink().Match(first).Groups[1].Value);
        foreach (var part in new[] { "year=2038", "state=Submitted", "sort=name", "after=" }) Assert.Contains(part, next);
        Assert.Contains("q=" + Uri.EscapeDataString("翻页"), next);
        // The batch form posts back to this very filtered page.
        var batchAction = WebUtility.HtmlDecode(Regex.Match(first, "<form [^>]*id=\"batch\"[^>]*action=\"([^\"]+)\"").Groups[1].Value);
        foreach (var part in new[] { "year=2038", "state=Submitted", "sort=name", "handler=Batch" }) Assert.Contains(part, batchAction);

        var second = await finance.GetStringAsync(next, Ct);
        Assert.Contains("共 60 个项目，本页第 51–60 个项目", second);
        Assert.DoesNotContain("data-testid=\"next-page\"", second);
        Assert.Contains("data-testid=\"first-page\"", second);
        var ids = ProjectLinks(first).Concat(ProjectLinks(second)).ToList();
        Assert.Equal(60, ids.Distinct().Count());
        Assert.Equal(60, ids.Count);
    }

    [Fact]
    public async Task UnitList_ShowsOnlyItsOwnRows_AndNoUnitOrDepartmentChoices()
    {
        await ListSeeding.AddCopiesAsync(app, DemoOrganizations.BigDataCentre, 3, "他单位项目", 2039);
        var unit = await app.LoginAsync("kczx");
        var html = await unit.GetStringAsync("/Projects?year=2039", Ct);
        Assert.Contains("共 0 个项目", html);
        Assert.DoesNotContain("他单位项目", html);
        Assert.DoesNotContain("id=\"unit\"", html);
        Assert.DoesNotContain("id=\"department\"", html);
    }

    [GeneratedRegex("<a href=\"/Projects/([0-9a-f-]{36})\">")]
    private static partial Regex ProjectLink();

    [GeneratedRegex("href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex NextLink();
}

public sealed class SqliteProjectListPageTests(SqliteApp app) : ProjectListPageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresProjectListPageTests(PostgresApp app) : ProjectListPageTests<PostgresApp>(app), IClassFixture<PostgresApp>;
