using System.Net;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>用户管理: edit a user's name, organisation and role; disable and enable (issue 15).</summary>
public abstract class UserAdminTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> CreateUserAsync(string userName, string orgName, Role role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Name == orgName, Ct);
        var user = new AppUser { UserName = userName, DisplayName = "测试用户", OrganizationId = org.Id };
        Assert.True((await users.CreateAsync(user, AppFixture.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role.ToString())).Succeeded);
        return user.Id;
    }

    private async Task<int> OrgIdAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Organizations.SingleAsync(o => o.Name == name, Ct)).Id;
    }

    private static async Task<string> PostAsync(HttpClient admin, string handler, Dictionary<string, string> form)
    {
        var page = await admin.GetStringAsync("/Admin/Users", Ct);
        form["__RequestVerificationToken"] = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await admin.PostAsync($"/Admin/Users?handler={handler}", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Regex.Match(await response.Content.ReadAsStringAsync(Ct), "data-testid=\"admin-message\">([^<]*)<").Groups[1].Value;
    }

    [Fact]
    public async Task Edit_NameOrganisationRole_IsSavedAudited_AndAWrongPlacementIsRefused()
    {
        var id = await CreateUserAsync("edit1", DemoOrganizations.InnovationCentre, Role.UnitPreparer);
        var admin = await app.LoginAsync("admin");
        Assert.Contains("编辑用户 edit1", await admin.GetStringAsync($"/Admin/Users?edit={id}", Ct));

        var bigData = await OrgIdAsync(DemoOrganizations.BigDataCentre);
        Assert.Equal("已保存 edit1 的资料。", await PostAsync(admin, "Edit", new()
        {
            ["id"] = id,
            ["EditDisplayName"] = "王 小明",
            ["EditOrgId"] = $"{bigData}",
            ["EditRole"] = "UnitPreparer",
        }));
        // A preparer cannot sit in the finance bureau: refused with the reason, nothing changed.
        var finance = await OrgIdAsync(DemoOrganizations.Finance);
        Assert.Contains("只能属于", await PostAsync(admin, "Edit", new()
        {
            ["id"] = id,
            ["EditDisplayName"] = "另一个名字",
            ["EditOrgId"] = $"{finance}",
            ["EditRole"] = "UnitPreparer",
        }));
        Assert.Equal("请填写姓名（不超过 100 个字）。", await PostAsync(admin, "Edit", new()
        {
            ["id"] = id,
            ["EditDisplayName"] = " ",
            ["EditOrgId"] = $"{bigData}",
            ["EditRole"] = "UnitPreparer",
        }));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, Ct);
            Assert.Equal(("王 小明", bigData), (user.DisplayName, user.OrganizationId));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityType == "User" && e.EntityId == id && e.Diff!.Contains("上海市松江区大数据中心"), Ct));
        }
        // The moved preparer now works in the new unit's scope.
        var moved = await app.LoginAsync("edit1");
        var projects = await moved.GetStringAsync("/api/v1/projects?year=2024", Ct);
        Assert.Contains("门户网站管理", projects);
        Assert.DoesNotContain("短信平台月租费", projects);
    }

    [Fact]
    public async Task Disable_EndsTheOpenSession_AndRefusesSignIn_EnableLetsThemBackIn()
    {
        await CreateUserAsync("off1", DemoOrganizations.InnovationCentre, Role.UnitPreparer);
        var signedIn = await app.LoginAsync("off1");
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/", Ct)).StatusCode);
        var admin = await app.LoginAsync("admin");
        var id = await IdOfAsync("off1");

        Assert.StartsWith("已停用 off1", await PostAsync(admin, "Disable", new() { ["id"] = id }));
        // The cookie it already holds stops working on the next request.
        var after = await signedIn.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await signedIn.GetAsync("/api/v1/projects", Ct)).StatusCode);
        // Signing in again is refused.
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.LoginAsync("off1"));
        Assert.Contains("已停用", await admin.GetStringAsync("/Admin/Users", Ct));

        Assert.Equal("已启用 off1。", await PostAsync(admin, "Enable", new() { ["id"] = id }));
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync("off1")).GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Disable_Themself_IsRefused_AndTheAdminStaysSignedIn()
    {
        var admin = await app.LoginAsync("admin");
        Assert.Equal("不能停用自己的账号。", await PostAsync(admin, "Disable", new() { ["id"] = await IdOfAsync("admin") }));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users", Ct)).StatusCode);
        Assert.Equal("不能修改自己的角色（否则可能没有管理员可以管理用户）。", await PostAsync(admin, "Edit", new()
        {
            ["id"] = await IdOfAsync("admin"),
            ["EditDisplayName"] = "系统管理员",
            ["EditOrgId"] = $"{await OrgIdAsync(DemoOrganizations.Finance)}",
            ["EditRole"] = "FinanceReviewer",
        }));
    }

    [Theory]
    [InlineData("finance")]
    [InlineData("kewei")]
    [InlineData("kczx")]
    public async Task Disable_ByNonAdmin_IsDenied_AndChangesNothing(string user)
    {
        var client = await app.LoginAsync(user);
        var target = await IdOfAsync("dsj");
        var page = await client.GetStringAsync("/", Ct);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Admin/Users?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = target, ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync("dsj")).GetAsync("/", Ct)).StatusCode);
    }

    private async Task<string> IdOfAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<JixiaoDbContext>().Users.SingleAsync(u => u.UserName == userName, Ct)).Id;
    }
}

public sealed class SqliteUserAdminTests(SqliteApp app) : UserAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresUserAdminTests(PostgresApp app) : UserAdminTests<PostgresApp>(app), IClassFixture<PostgresApp>;
