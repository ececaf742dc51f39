using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests.Crawl;

/// <summary>
/// Issue 15's done-means as a test: every demo account (the demo district that `./run` seeds) follows every same-origin
/// link it reaches; the whole crawl has no server error, at most <see cref="EnglishWordBudget"/> English words in
/// visible text (format names aside), no GUID in visible text; downloads answer 200. An empty login is refused in
/// Chinese and a signed-in unknown address answers an HTML 404 page. A piece of the year is walked first
/// (<see cref="DemoActivity"/>) so histories, comments and the audit trail are not empty.
/// </summary>
public sealed partial class SiteCrawlTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const int EnglishWordBudget = 20;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryDemoAccount_CrawlsEveryReachablePage_NoServerErrorNoGuidAndAtMostTwentyEnglishWords()
    {
        await DemoActivity.WalkAsync(app, Ct);
        var pages = new List<CrawledPage>();
        var downloads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in DemoOrganizations.Users)
        {
            var client = await app.LoginAsync(user.UserName);
            pages.AddRange(await SiteCrawler.CrawlAsync(client, user.UserName, downloads, Ct));
        }

        var failures = new List<string>();
        failures.AddRange(pages.Where(p => (int)p.Status >= 500).Select(p => $"服务器错误 {(int)p.Status}：{p.Account} {p.Url}"));
        failures.AddRange(pages.Where(p => p.Status != HttpStatusCode.OK && !p.IsHtml).Select(p => $"下载不是 200（{(int)p.Status}）：{p.Account} {p.Url}"));
        failures.AddRange(pages.SelectMany(p => p.Guids.Select(g => $"可见文字中有 GUID {g}：{p.Account} {p.Url}")));
        failures.AddRange(pages.SelectMany(p => p.TemplateSource.Select(s => $"页面模板代码显示为文字“{s}”：{p.Account} {p.Url}")));

        var english = pages.SelectMany(p => p.EnglishWords.Select(w => (w.Word, w.Context, Page: $"{p.Account} {p.Url}"))).ToList();
        if (english.Count > EnglishWordBudget)
            failures.Add($"可见文字中有 {english.Count} 个英文单词（上限 {EnglishWordBudget}）：\n  " + string.Join("\n  ",
                english.GroupBy(e => e.Word).OrderByDescending(g => g.Count())
                    .Select(g => $"{g.Key} ×{g.Count()}（“{g.First().Context}”）：{string.Join(", ", g.Select(e => e.Page).Distinct().Take(4))}")));
        var slow = string.Join(", ", SiteCrawler.Timings.OrderByDescending(t => t.Ms).Take(8).Select(t => $"{t.Url} {t.Ms:F0}ms"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{pages.Count} pages, {english.Count} English words ({string.Join(", ", english.Select(e => $"{e.Word} @ {e.Page}"))}); slowest: {slow}");

        Assert.True(failures.Count == 0, $"{pages.Count} 页中：\n" + string.Join("\n", failures));
        // The crawl reached the pages of each kind (a crawl that sees only the home page would pass trivially).
        Assert.True(pages.Select(p => p.Kind).Distinct().Count() >= 25, $"只访问到 {pages.Select(p => p.Kind).Distinct().Count()} 类页面");
    }

    [Fact]
    public async Task EmptyLogin_IsRefusedWithAChineseMessageNot500()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = TokenField().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "",
            ["Password"] = "",
            ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = VisibleText.Of(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("请填写用户名和密码", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInUnknownAddress_IsAnHtml404Page()
    {
        var client = await app.LoginAsync("kczx");
        var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page/here");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("未找到", VisibleText.Of(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public void VisibleText_TemplateSource_FindsRazorPrintedAsText()
    {
        var found = Assert.Single(VisibleText.TemplateSource(VisibleText.Of("<h2>截止日期@if (Model.IsAdmin) {维护}</h2>")));
        Assert.StartsWith("@if (Model.IsAdmin)", found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>请联系 admin@example.cn</p>")]
    [InlineData("<p>@</p>")]
    public void VisibleText_TemplateSource_NoneInOrdinaryText(string html) =>
        Assert.Empty(VisibleText.TemplateSource(VisibleText.Of(html)));

    [Theory]
    // The counter itself: what counts as an English word, and what does not.
    [InlineData("<p>State Draft → Submitted</p>", "State,Draft,Submitted")]
    [InlineData("<p>导出 PDF、Excel 与 Word</p>", "")]
    [InlineData("<p>单位：KB、万元</p><script>var English = 1;</script>", "")]
    [InlineData("<title>Ask AI</title><p>x</p>", "Ask,AI")]
    public void VisibleText_EnglishWords_CountsAllButFormatNames(string html, string expected) =>
        Assert.Equal(expected, string.Join(",", VisibleText.EnglishWords(VisibleText.Of(html))));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
