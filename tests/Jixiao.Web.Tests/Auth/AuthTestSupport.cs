using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Auth;

/// <summary>Sign-in helpers that keep the login cookie in hand, so a test can replay it after logout or a reset.</summary>
internal static partial class AuthTestSupport
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    /// <summary>Posts the login form on a fresh client (cookies on, no redirects); returns the client and the answer.</summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Response)> PostLoginAsync(AppFixture app, string? userName, string? password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await client.GetStringAsync("/Account/Login", Ct)) };
        if (userName is not null) form["UserName"] = userName;
        if (password is not null) form["Password"] = password;
        return (client, await client.PostAsync("/Account/Login", new FormUrlEncodedContent(form), Ct));
    }

    /// <summary>Signs in and returns the client and its login cookie (<c>jixiao.auth=…</c>) as the browser would send it.</summary>
    public static async Task<(HttpClient Client, string Cookie)> SignInAsync(AppFixture app, string userName, string password = AppFixture.Password)
    {
        var (client, response) = await PostLoginAsync(app, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>A request carrying only <paramref name="cookie"/>, on a client that keeps no cookies of its own.</summary>
    public static Task<HttpResponseMessage> ReplayAsync(AppFixture app, string cookie, string path)
    {
        var bare = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return bare.SendAsync(request, Ct);
    }

    public static async Task LogoutAsync(HttpClient client)
    {
        var token = Token(await client.GetStringAsync("/", Ct));
        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A user of its own, so a test may reset or change its password without disturbing the demo accounts.</summary>
    public static async Task<string> CreateUserAsync(AppFixture app, Role role, string orgName, string password = AppFixture.Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Name == orgName, Ct);
        var user = new AppUser { UserName = "t" + Guid.NewGuid().ToString("N")[..10], DisplayName = "测试用户", OrganizationId = org.Id };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, role.ToString());
        return user.UserName;
    }

    public static async Task<AppUser> FindUserAsync(AppFixture app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName, Ct);
    }

    /// <summary>The text of the page's alert (error message), or "" when there is none.</summary>
    public static string Alert(string html) => AlertPattern().Match(html) is { Success: true } m ? m.Groups[1].Value.Trim() : "";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex AlertPattern();
}
