using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Errors as people see them (issue 15): a browser gets an HTML page in Chinese with the navigation and a way back; API
/// clients keep problem+json; a login form that cannot be checked is refused on the login page, never with a 500.
/// </summary>
public sealed class ErrorPageTests(FailingApp app) : IClassFixture<FailingApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Browser(string path, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static async Task<string> AssertHtmlPageAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"data-testid=\"error-heading\">{heading}<", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\":", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\":", html, StringComparison.Ordinal);
        return html;
    }

    private static void AssertSignedInNavigation(string html)
    {
        Assert.Contains("aria-label=\"主导航\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/SelfEvaluations\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/SelfEvaluations/00000000-0000-0000-0000-000000000001")]
    [InlineData("/no-such-page")]
    public async Task SignedIn404_IsAChineseHtmlPageWithNavigation(string path)
    {
        var client = await app.LoginAsync("kczx");
        var html = await AssertHtmlPageAsync(await client.SendAsync(Browser(path), Ct), HttpStatusCode.NotFound, "未找到该页面");
        AssertSignedInNavigation(html);
    }

    [Fact]
    public async Task SignedIn403_DeniedPageSaysSoWithNavigation()
    {
        var client = await app.LoginAsync("kczx");
        var denied = await client.SendAsync(Browser("/Admin/Users"), Ct);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var html = await AssertHtmlPageAsync(await client.SendAsync(Browser(denied.Headers.Location!.ToString()), Ct), HttpStatusCode.Forbidden, "无权访问");
        AssertSignedInNavigation(html);
    }

    [Fact]
    public async Task ServerError_BrowserGetsHtmlPage_ApiClientGetsProblemJson()
    {
        var client = await app.LoginAsync("kczx");
        var failed = await client.SendAsync(Browser(FailingApp.FailurePath), Ct);
        var html = await AssertHtmlPageAsync(failed, HttpStatusCode.InternalServerError, "系统出错了");
        AssertSignedInNavigation(html);
        Assert.DoesNotContain(FailingApp.Secret, html, StringComparison.Ordinal);
        // The id of the failed request, which its log lines carry, for the user to quote to the help desk (ADR-055).
        var requestId = Assert.Single(failed.Headers.GetValues(Jixiao.Web.Infrastructure.Telemetry.RequestIds.Header));
        Assert.Matches("^[0-9a-f]{32}$", requestId);
        Assert.Contains($"请求编号：<span class=\"user-select-all\" data-testid=\"request-id\">{requestId}</span>", html, StringComparison.Ordinal);

        var api = new HttpRequestMessage(HttpMethod.Get, FailingApp.FailurePath);
        api.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var problem = await client.SendAsync(api, Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api404_StaysProblemJson_EvenForABrowser()
    {
        var client = await app.LoginAsync("kczx");
        foreach (var request in new[] { Browser($"/api/v1/self-evaluations/{Guid.NewGuid()}"), new HttpRequestMessage(HttpMethod.Get, $"/api/v1/self-evaluations/{Guid.NewGuid()}") })
        {
            var response = await client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, HttpContent?> EmptyLogins => new()
    {
        { "blank fields, no token (an expired or missing form)", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "", ["Password"] = "" }) },
        { "no body at all", null },
    };

    [Theory]
    [MemberData(nameof(EmptyLogins))]
    public async Task EmptyLogin_WithoutAValidForm_IsRefusedOnTheLoginPage(string reason, HttpContent? body)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = Browser("/Account/Login", HttpMethod.Post);
        request.Content = body;
        var response = await client.SendAsync(request, Ct);
        // Refused as a bad request, but on the login page itself, with a fresh form to try again.
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{reason}: {(int)response.StatusCode}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("role=\"alert\">页面已过期，请重新填写用户名和密码后登录。<", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
    }
}

/// <summary>The app with a page that fails (a forced 500), as an unexpected fault in any page would.</summary>
public sealed class FailingApp : AppFixture
{
    public const string FailurePath = "/Projects?test-failure=1";
    public const string Secret = "internal failure detail";

    protected override string Provider => "sqlite";

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db")}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailOnRequest())));
    }

    // Throws inside the page pipeline when the request asks for it; every other request passes untouched.
    private sealed class FailOnRequest : IResourceFilter
    {
        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            // The error page is re-executed with the failed request's query: it must not fail again.
            var request = context.HttpContext.Request;
            if (request.Query.ContainsKey("test-failure") && !request.Path.StartsWithSegments("/Error"))
                throw new InvalidOperationException(Secret);
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }
}
