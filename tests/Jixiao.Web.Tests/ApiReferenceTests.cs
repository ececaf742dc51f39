using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Jixiao.Web.Tests;

/// <summary>
/// The API reference is for signed-in users, sends the app's CSP plus only the hash of its boot script, and no
/// answer repeats a Host the server was not configured for (AllowedHosts; a forged Host or X-Forwarded-Host).
/// </summary>
public sealed partial class ApiReferenceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Forged = "evil.example";

    [Fact]
    public async Task OpenApiDocument_Anonymous401_SignedInHasNoServersEntry()
    {
        var anonymous = await app.CreateClient().GetAsync("/api/openapi/v1.json", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.DoesNotContain("/api/v1/", await anonymous.Content.ReadAsStringAsync(Ct));

        var doc = JsonDocument.Parse(await (await app.LoginAsync("kczx")).GetStringAsync("/api/openapi/v1.json", Ct)).RootElement;
        Assert.True(doc.GetProperty("paths").EnumerateObject().Any());
        Assert.False(doc.TryGetProperty("servers", out var servers), $"servers: {servers}"); // nothing taken from the request's Host
    }

    [Fact]
    public async Task ApiDocs_AnonymousIsSentToLogin_SignedInGetsAppPolicyPlusBootScriptHashOnly()
    {
        var anonymous = await app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/api/docs/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());

        var response = await (await app.LoginAsync("kczx")).GetAsync("/api/docs/", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var scripts = InlineScript().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        var hashes = scripts.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'");
        Assert.Equal(Infrastructure.SecurityHeaders.ContentSecurityPolicy.Replace("script-src 'self'", "script-src 'self' " + string.Join(' ', hashes), StringComparison.Ordinal), csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.DoesNotContain("fonts.scalar.com", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/me")]
    public async Task ForgedHost_IsRefused400_AndNeverEchoed(string path)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Forged;

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain(Forged, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task BehindProxy_ForgedForwardedHost_IsNotUsedForRedirects()
    {
        await using var proxied = app.WithWebHostBuilder(b => b.UseSetting("Https:BehindProxy", "true"));
        var client = proxied.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Host", Forged);

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(Forged, response.Headers.Location!.ToString());
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
