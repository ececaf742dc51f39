using System.Diagnostics;
using System.Net;
using Jixiao.Data.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.Auth.AuthTestSupport;

namespace Jixiao.Web.Tests.Auth;

/// <summary>The login form: missing fields, one answer for every refusal, the same time for unknown and real accounts.</summary>
public sealed class LoginTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Refused = "用户名或密码错误。连续输错 5 次，账号将锁定 15 分钟。";

    [Theory]
    [InlineData(null, null, "请填写用户名和密码。")]
    [InlineData("", "", "请填写用户名和密码。")]
    [InlineData("kczx", "", "请填写密码。")]
    [InlineData("kczx", null, "请填写密码。")]
    [InlineData("  ", AppFixture.Password, "请填写用户名。")]
    public async Task Login_MissingField_SaysWhatIsMissing(string? userName, string? password, string message)
    {
        var (_, response) = await PostLoginAsync(app, userName, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Alert(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task Login_UnknownUser_WrongPassword_LockedAccount_GetTheSameAnswer()
    {
        var locked = await CreateLockedUserAsync();
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var (user, password) in new[] { ("nobody" + Guid.NewGuid().ToString("N")[..6], "Wrong-Passw0rd"), ("zfb", "Wrong-Passw0rd"), (locked, "Wrong-Passw0rd"), (locked, AppFixture.Password) })
        {
            var (_, response) = await PostLoginAsync(app, user, password);
            answers.Add((response.StatusCode, Alert(await response.Content.ReadAsStringAsync(Ct))));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, Refused), a));
    }

    [Fact]
    public async Task Login_UnknownUser_TakesAsLongAsAWrongPasswordForARealAccount()
    {
        // A real account whose failures never lock it, so every attempt is the full wrong-password path.
        var real = await CreateUserAsync(app, Jixiao.Domain.Workflow.Role.UnitPreparer, Jixiao.Web.Infrastructure.DemoOrganizations.BigDataCentre);
        await WithUserAsync(real, async (users, u) => await users.SetLockoutEnabledAsync(u, false));
        var locked = await CreateLockedUserAsync();
        var unknown = "nobody" + Guid.NewGuid().ToString("N")[..6];
        var times = new Dictionary<string, List<double>> { [real] = [], [locked] = [], [unknown] = [] };
        await TimeAsync(real); // warm-up: first hash, first query plans

        for (var round = 0; round < 15; round++)
            foreach (var user in times.Keys) // interleaved, so machine noise falls on all three alike
                times[user].Add(await TimeAsync(user));

        var medians = times.ToDictionary(t => t.Key, t => Median(t.Value));
        var ratio = medians.Values.Max() / medians.Values.Min();
        Assert.True(ratio < 2.5, $"medians: real {medians[real]:F1} ms, locked {medians[locked]:F1} ms, unknown {medians[unknown]:F1} ms");
    }

    private async Task<double> TimeAsync(string user)
    {
        var client = app.CreateClient();
        var token = Token(await client.GetStringAsync("/Account/Login", Ct));
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = "Wrong-Passw0rd",
            ["__RequestVerificationToken"] = token,
        });
        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync("/Account/Login", form, Ct);
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private async Task<string> CreateLockedUserAsync()
    {
        var name = await CreateUserAsync(app, Jixiao.Domain.Workflow.Role.UnitPreparer, Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre);
        await WithUserAsync(name, async (users, u) => await users.SetLockoutEndDateAsync(u, DateTimeOffset.UtcNow.AddMinutes(15)));
        return name;
    }

    private async Task WithUserAsync(string userName, Func<UserManager<AppUser>, AppUser, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await action(users, (await users.FindByNameAsync(userName))!);
    }
}

/// <summary>Login rate limits (small on purpose here): per account, then per client address, both answered with 429.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.LimitedApp app) : IClassFixture<LoginRateLimitTests.LimitedApp>
{
    [Fact]
    public async Task RapidAttemptsOnOneAccount_Get429_AndCannotLockIt()
    {
        // 60 wrong passwords at once: 3 (the account burst) are checked, the rest refused before any check.
        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async _ => (await PostLoginAsync(app, "admin", "Wrong-Passw0rd")).Response));

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(57, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        var refused = answers.First(a => a.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal("登录尝试过于频繁，请稍后再试（约 1 分钟）。", Alert(await refused.Content.ReadAsStringAsync(Ct)));
        var admin = await FindUserAsync(app, "admin");
        Assert.InRange(admin.AccessFailedCount, 1, 3); // concurrent failures may be counted once (Identity updates race)
        Assert.Null(admin.LockoutEnd);
        // Other accounts are unaffected by one account's budget.
        Assert.Equal(HttpStatusCode.Redirect, (await PostLoginAsync(app, "kczx", AppFixture.Password)).Response.StatusCode);
    }

    public sealed class LimitedApp : AppFixture
    {
        protected override string Provider => "sqlite";

        protected override Task<string> CreateDatabaseAsync() =>
            Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db")}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Login:RateLimit:AccountBurst", "3");
            builder.UseSetting("Login:RateLimit:AccountPerMinute", "1");
        }
    }
}

public sealed class LoginClientRateLimitTests(LoginClientRateLimitTests.LimitedApp app) : IClassFixture<LoginClientRateLimitTests.LimitedApp>
{
    [Fact]
    public async Task ManyAccountsFromOneClient_Get429_AfterTheClientBurst()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
            answers.Add((await PostLoginAsync(app, $"spray{i}", "Wrong-Passw0rd")).Response.StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }

    public sealed class LimitedApp : AppFixture
    {
        protected override string Provider => "sqlite";

        protected override Task<string> CreateDatabaseAsync() =>
            Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db")}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Login:RateLimit:ClientBurst", "5");
            builder.UseSetting("Login:RateLimit:ClientPerMinute", "1");
        }
    }
}
