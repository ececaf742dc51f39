using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>Headers, cookies, password policy, antiforgery, body limits, injection strings and failed imports.</summary>
public sealed partial class SecurityTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Classic injection strings: quotes, comments, stacked statements, LIKE wildcards, a NUL, PostgreSQL casts.
    public static readonly string[] InjectionStrings =
    [
        "' OR '1'='1", "'; DROP TABLE \"Projects\";--", "1; DELETE FROM \"AuditEvents\"", "%' --", "%", "_", "\\", "\"", "1' UNION SELECT NULL--",
        "');SELECT pg_sleep(5)--", "1::text", "\0", "' OR 1=1 LIMIT 1 OFFSET 1 --",
    ];

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/css/site.css")]
    [InlineData("/js/project-editor.js")]
    [InlineData("/api/v1/projects")]          // 401 problem
    [InlineData("/api/openapi/v1.json")]
    [InlineData("/no-such-page")]             // 404
    [InlineData("/api/v1/no-such-endpoint")]  // 404 under the API
    public async Task AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path, Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task LoginCookie_IsHttpOnlyAndSameSite_AndSecureOverHttps()
    {
        var plain = await LoginResponseAsync(new Uri("http://localhost"));
        var secure = await LoginResponseAsync(new Uri("https://localhost"));

        var cookie = AuthCookie(plain);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", AuthCookie(secure), StringComparison.OrdinalIgnoreCase);
        Assert.All(secure.Headers.GetValues("Set-Cookie"), c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Identity options: ≥ 10 characters with a digit, a lower- and an upper-case letter; Chinese reasons.
    [InlineData("Short1a", "密码至少 10 位")]
    [InlineData("alllowercase123", "大写字母")]
    [InlineData("ALLUPPERCASE123", "小写字母")]
    [InlineData("NoDigitsAtAllHere", "数字")]
    [InlineData("Good-Passw0rd", null)]
    public async Task PasswordPolicy_RefusesWeakPasswordsInChinese(string password, string? reason)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "policy" + Guid.NewGuid().ToString("N")[..8], DisplayName = "测试" };
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));

        if (reason is null) Assert.Empty(errors);
        else Assert.Contains(errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryRazorPagePost_WithoutAntiforgeryToken_Is400()
    {
        // As admin and as a unit: a page a role may not use refuses earlier (to 拒绝访问), but each page is reached by one.
        var clients = new[] { await app.LoginAsync("admin"), await app.LoginAsync("kczx") };
        foreach (var client in clients) client.DefaultRequestHeaders.Remove(AppFixture.AntiforgeryHeader); // no token at all
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + ParameterPattern().Replace(e.RoutePattern.RawText ?? "", m => m.Value.Contains(":int") ? "1" : Guid.NewGuid().ToString()))
            .Distinct().ToList();
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var answers = new List<HttpResponseMessage>();
            foreach (var client in clients)
                answers.Add(await client.PostAsync(route, new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "x" }), Ct));
            var denied = answers.Count(a => a.StatusCode == HttpStatusCode.Redirect && a.Headers.Location?.ToString().Contains("/Account/Denied?", StringComparison.Ordinal) == true);
            var refused = answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest);
            if (refused == 0 || refused + denied != answers.Count)
                failures.Add($"POST {route} → {string.Join(", ", answers.Select(a => $"{(int)a.StatusCode} {a.Headers.Location}"))}");
        }

        Assert.True(routes.Count >= 15, $"only {routes.Count} pages");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task OversizedBodies_AreRefusedWith413()
    {
        var client = await app.LoginAsync("admin");

        var json = await client.PostAsync("/api/v1/targets/parse",
            new StringContent("{\"text\":\"" + new string('9', 5 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"), Ct);
        var upload = await client.PostAsync("/api/v1/disclosures",
            new MultipartFormDataContent { { new ByteArrayContent(new byte[52 * 1024 * 1024]), "file", "big.txt" } }, Ct);
        var form = await client.PostAsync("/Projects/New", new ByteArrayContent(new byte[5 * 1024 * 1024])
        { Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") } }, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode);
        Assert.Contains("请求内容过大", await json.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, form.StatusCode);
    }

    [Fact]
    public async Task InjectionStrings_InEveryQueryParameter_GiveNormalAnswersAndLeaveDataIntact()
    {
        var admin = await app.LoginAsync("admin");
        var before = await CountsAsync();
        var targets = new List<(string Path, string Parameter)>();
        // API: every query parameter of every GET in the OpenAPI document.
        var doc = JsonDocument.Parse(await admin.GetStringAsync("/api/openapi/v1.json", Ct)).RootElement; // signed in only
        foreach (var path in doc.GetProperty("paths").EnumerateObject().Where(p => !p.Name.Contains('{')))
            if (path.Value.TryGetProperty("get", out var get) && get.TryGetProperty("parameters", out var parameters))
                targets.AddRange(parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => (path.Name, p.GetProperty("name").GetString()!)));
        // Pages: every [BindProperty(SupportsGet = true)] of a page without route parameters.
        targets.AddRange(PageQueryParameters());
        var failures = new List<string>();

        foreach (var (path, parameter) in targets)
            foreach (var payload in InjectionStrings)
            {
                var response = await admin.GetAsync($"{path}?{parameter}={Uri.EscapeDataString(payload)}", Ct);
                if ((int)response.StatusCode >= 500) failures.Add($"{path}?{parameter}={payload} → {(int)response.StatusCode}");
            }

        // A text search for an injection string finds nothing: it is a value, not SQL.
        foreach (var payload in new[] { "' OR '1'='1", "%' --", "1' UNION SELECT NULL--" })
        {
            var found = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/projects?q={Uri.EscapeDataString(payload)}", Ct)).RootElement;
            Assert.Equal(0, found.GetArrayLength());
        }

        Assert.True(targets.Count >= 8, $"only {targets.Count} parameters: {string.Join(", ", targets)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    // A failed disclosure import (not a document, refused by the guard, empty) writes nothing: no form, no audit row.
    [InlineData("notes.txt", "随便写的几行字\n没有任何表格")]
    [InlineData("bomb.xlsx", "PK\u0003\u0004 truncated")]
    [InlineData("empty.txt", "")]
    public async Task DisclosureImport_Failing_WritesNothing(string name, string content)
    {
        var client = await app.LoginAsync("kczx");
        var before = await CountsAsync();

        var response = await client.PostAsync("/api/v1/disclosures",
            new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", name } }, Ct);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await CountsAsync());
    }

    private async Task<(int Projects, int Versions, int Disclosures, int Audit, int SelfEvaluations)> CountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return (await db.Projects.CountAsync(Ct), await db.DeclarationVersions.CountAsync(Ct), await db.Disclosures.CountAsync(Ct),
            await db.AuditEvents.CountAsync(Ct), await db.SelfEvaluations.CountAsync(Ct));
    }

    private static IEnumerable<(string, string)> PageQueryParameters() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && t.Namespace?.StartsWith("Jixiao.Web.Pages", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetProperties()
                .Where(p => p.GetCustomAttributes(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), true)
                    .Cast<Microsoft.AspNetCore.Mvc.BindPropertyAttribute>().Any(a => a.SupportsGet))
                .Select(p => ("/" + t.Namespace!["Jixiao.Web.Pages".Length..].Trim('.').Replace('.', '/') + "/" + t.Name[..^"Model".Length], p.Name)));

    private async Task<HttpResponseMessage> LoginResponseAsync(Uri baseAddress)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress });
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "finance",
            ["Password"] = AppFixture.Password,
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex ParameterPattern();
}

/// <summary>Lockout on its own database: five wrong passwords lock the account, even against the right one.</summary>
public sealed class LockoutTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedWithChineseMessage()
    {
        for (var i = 0; i < 5; i++)
            await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync("dsj", "Wrong-Passw0rd"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync("dsj"));
        var page = await LoginPageAfterAsync("dsj", AppFixture.Password);

        Assert.Contains("200", refused.Message);
        Assert.Contains("连续输错 5 次，账号将锁定 15 分钟", page); // the answer any refused login gets (no hint the account exists)
        await app.LoginAsync("kczx"); // other accounts are unaffected
    }

    private async Task<string> LoginPageAfterAsync(string user, string password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>HTTPS behind a reverse proxy (README): forwarded https makes cookies Secure and adds HSTS.</summary>
public sealed class HttpsProxyTests(HttpsProxyApp app) : IClassFixture<HttpsProxyApp>
{
    [Fact]
    public async Task ForwardedHttps_GivesHstsAndSecureCookies()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://jixiao.example") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var plain = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security")); // HSTS only over HTTPS
    }
}

public sealed class HttpsProxyApp : AppFixture
{
    protected override string Provider => "sqlite";

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db")}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Https:BehindProxy", "true");
        builder.UseSetting("Https:Hsts", "true");
        builder.UseSetting("AllowedHosts", "jixiao.example"); // the public host name, as a deployment configures it
        builder.UseSetting("Demo:Disabled", "true");
    }
}
