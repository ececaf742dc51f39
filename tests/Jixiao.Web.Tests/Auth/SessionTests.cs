using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using static Jixiao.Web.Tests.Auth.AuthTestSupport;

namespace Jixiao.Web.Tests.Auth;

/// <summary>Server-side sessions: logout, a reset or a password change ends sessions at once, and only those it should.</summary>
public abstract class SessionTests<TApp>(TApp app) where TApp : AppFixture
{
    [Fact]
    public async Task Logout_CapturedCookie_IsRefusedAtOnce()
    {
        var (client, cookie) = await SignInAsync(app, "kczx");
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(app, cookie, "/api/v1/me")).StatusCode);

        await LogoutAsync(client);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, cookie, "/api/v1/me")).StatusCode);
        var page = await ReplayAsync(app, cookie, "/Projects");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Logout_OfOneSession_LeavesTheUsersOtherSessionSignedIn()
    {
        var (first, _) = await SignInAsync(app, "kewei");
        var (_, second) = await SignInAsync(app, "kewei");

        await LogoutAsync(first);

        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(app, second, "/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Login_InABrowserHoldingASession_GetsANewKey_AndEndsTheOldSession()
    {
        var (client, held) = await SignInAsync(app, "kczx");

        var token = Token(await client.GetStringAsync("/Account/Login", Ct));
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "dsj",
            ["Password"] = AppFixture.Password,
            ["__RequestVerificationToken"] = token,
        }), Ct);
        var fresh = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal)).Split(';')[0];

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(held, fresh);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, held, "/api/v1/me")).StatusCode);
        Assert.Contains("dsj", await (await ReplayAsync(app, fresh, "/api/v1/me")).Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AdminReset_EndsEverySessionOfThatUser_AtOnce()
    {
        var userName = await CreateUserAsync(app, Role.UnitPreparer, DemoOrganizations.BigDataCentre);
        var (_, cookie) = await SignInAsync(app, userName);
        var (_, other) = await SignInAsync(app, userName);
        var (_, bystander) = await SignInAsync(app, "dsj");
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(app, cookie, "/api/v1/me")).StatusCode);

        await PasswordChangeTests<TApp>.ResetPasswordAsync(app, userName);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, cookie, "/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, other, "/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(app, bystander, "/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_EndsTheOtherSessions_AndKeepsThisOne()
    {
        var userName = await CreateUserAsync(app, Role.UnitPreparer, DemoOrganizations.InnovationCentre);
        var (client, cookie) = await SignInAsync(app, userName);
        var (_, other) = await SignInAsync(app, userName);

        var html = await PasswordChangeTests<TApp>.ChangePasswordAsync(client, AppFixture.Password, "Another-Passw0rd");

        Assert.Contains("密码已修改", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(app, cookie, "/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(app, other, "/api/v1/me")).StatusCode);
    }
}

public sealed class SqliteSessionTests(SqliteApp app) : SessionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSessionTests(PostgresApp app) : SessionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
