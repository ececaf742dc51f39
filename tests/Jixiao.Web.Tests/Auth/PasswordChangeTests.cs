using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.Auth.AuthTestSupport;

namespace Jixiao.Web.Tests.Auth;

/// <summary>修改密码 for everyone; an administrator-issued password (new user, reset) is temporary and must be replaced first.</summary>
public abstract class PasswordChangeTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string NewPassword = "Mine-Own-Passw0rd";

    [Fact]
    public async Task NewUser_MustChangeTheInitialPassword_BeforeAnythingElse()
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetStringAsync("/Admin/Users", Ct);
        var userName = "n" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsync("/Admin/Users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["NewUserName"] = userName,
            ["NewDisplayName"] = "新填报人",
            ["NewRole"] = nameof(Role.UnitPreparer),
            ["NewOrgId"] = Regex.Match(page, "<option value=\"(\\d+)\">上海市松江区大数据中心</option>").Groups[1].Value,
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        var initial = Regex.Match(await created.Content.ReadAsStringAsync(Ct), "初始密码：(\\S+?)（").Groups[1].Value;

        var user = await app.LoginAsync(userName, initial);
        var api = await user.GetAsync("/api/v1/me", Ct);
        var workbench = await user.GetAsync("/Projects?year=2024", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("临时密码须先修改", await api.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, workbench.StatusCode);
        Assert.Equal("/Account/ChangePassword?ReturnUrl=%2FProjects%3Fyear%3D2024", workbench.Headers.Location!.OriginalString);
        Assert.Contains("管理员设置的临时密码", await user.GetStringAsync("/Account/ChangePassword", Ct));

        Assert.Contains("密码已修改", await ChangePasswordAsync(user, initial, NewPassword));

        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/Projects", Ct)).StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync(userName, initial)); // the temporary one is gone
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(userName, NewPassword)).GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task AdminReset_GivesATemporaryPassword_AndTheAuditTrailSaysWhoResetWhose()
    {
        var userName = await CreateUserAsync(app, Role.SupervisorReviewer, DemoOrganizations.ScienceCommission);

        var temporary = await ResetPasswordAsync(app, userName);
        var user = await app.LoginAsync(userName, temporary);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/projects", Ct)).StatusCode);
        Assert.Contains("密码已修改", await ChangePasswordAsync(user, temporary, NewPassword));
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/projects", Ct)).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var id = (await FindUserAsync(app, userName)).Id;
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == "User" && e.EntityId == id).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Collection(events,
            reset => Assert.Equal(("admin", $"重置 {userName} 的密码（临时密码，须在下次登录时修改）"), (reset.UserName, reset.Comment)),
            own => Assert.Equal((userName, $"{userName} 修改了自己的密码"), (own.UserName, own.Comment)));
    }

    [Fact]
    public async Task DemoUsers_AreNotAskedToChange()
    {
        var client = await app.LoginAsync("finance");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("", NewPassword, NewPassword, "请填写当前密码。")]
    [InlineData(AppFixture.Password, "", "", "请填写新密码。")]
    [InlineData(AppFixture.Password, NewPassword, "Mine-Own-Passw0rX", "两次输入的新密码不一致。")]
    [InlineData(AppFixture.Password, AppFixture.Password, AppFixture.Password, "新密码不能与当前密码相同。")]
    [InlineData("Wrong-Passw0rd", NewPassword, NewPassword, "当前密码不正确。")]
    [InlineData(AppFixture.Password, "short1A", "short1A", "密码至少 10 位。")]
    [InlineData(AppFixture.Password, "nouppercase123", "nouppercase123", "密码须包含大写字母。")]
    public async Task ChangePassword_BadInput_SaysWhyInChinese_AndKeepsThePassword(string current, string next, string confirm, string reason)
    {
        var userName = await CreateUserAsync(app, Role.UnitPreparer, DemoOrganizations.InnovationCentre);
        var client = await app.LoginAsync(userName);

        var html = await ChangePasswordAsync(client, current, next, confirm);

        Assert.Equal(reason, Alert(html));
        await app.LoginAsync(userName); // the old password still works
    }

    internal static async Task<string> ChangePasswordAsync(HttpClient client, string current, string next, string? confirm = null)
    {
        var page = await client.GetStringAsync("/Account/ChangePassword", Ct);
        var response = await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = confirm ?? next,
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Resets the user's password on 用户管理 as admin; returns the temporary password shown once.</summary>
    internal static async Task<string> ResetPasswordAsync(AppFixture app, string userName)
    {
        var admin = await app.LoginAsync("admin");
        var page = await admin.GetStringAsync("/Admin/Users", Ct);
        var id = Regex.Match(page, $"<td>{userName}</td>.*?name=\"id\" value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        var response = await admin.PostAsync("/Admin/Users?handler=Reset", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id,
            ["__RequestVerificationToken"] = Token(page),
        }), Ct);
        var password = Regex.Match(await response.Content.ReadAsStringAsync(Ct), "临时密码：(\\S+?)（").Groups[1].Value;
        Assert.NotEmpty(password);
        return password;
    }
}

public sealed class SqlitePasswordChangeTests(SqliteApp app) : PasswordChangeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresPasswordChangeTests(PostgresApp app) : PasswordChangeTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>`--no-demo` without a fixed password: the administrator's password printed at first start is temporary.</summary>
public sealed class FirstStartPasswordTests(FirstStartPasswordTests.RealInstallApp app) : IClassFixture<FirstStartPasswordTests.RealInstallApp>
{
    [Fact]
    public async Task NoDemo_PrintedAdministratorPassword_MustBeChanged()
    {
        Assert.True((await FindUserAsync(app, "admin")).MustChangePassword);
    }

    public sealed class RealInstallApp : AppFixture
    {
        protected override string Provider => "sqlite";

        protected override Task<string> CreateDatabaseAsync() =>
            Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db")}");

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Disabled", "true");
            builder.UseSetting("Demo:Password", null); // generated and printed, as on a real first start
        }
    }
}
