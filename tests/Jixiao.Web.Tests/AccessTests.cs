using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>Sign-in, roles and data scope, run on both stores.</summary>
public abstract class AccessTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_Anonymous_Is401()
    {
        var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_Anonymous_RedirectsToLogin()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("admin", "FinanceAdmin", "上海市松江区财政局")]
    [InlineData("finance", "FinanceReviewer", "上海市松江区财政局")]
    [InlineData("kewei", "SupervisorReviewer", "上海市松江区科学技术委员会")]
    [InlineData("kczx", "UnitPreparer", "上海市松江区科技创新服务中心")]
    [InlineData("dsj", "UnitPreparer", "上海市松江区大数据中心")]
    public async Task Me_AfterLogin_ReportsRoleAndOrganization(string user, string role, string org)
    {
        var client = await app.LoginAsync(user);
        var me = await client.GetFromJsonAsync<Dictionary<string, object?>>("/api/v1/me", Ct);
        Assert.Equal(role, me!["role"]?.ToString());
        Assert.Equal(org, me["orgName"]?.ToString());
    }

    [Theory]
    [InlineData("admin", 6)]  // the bureau, two departments, two units and the demo 第三方评价机构
    [InlineData("kewei", 2)]  // 区科委 and its unit
    [InlineData("zfb", 2)]
    [InlineData("kczx", 1)]   // only itself
    public async Task Organizations_AreScopedToTheUsersSubtree(string user, int expected)
    {
        var client = await app.LoginAsync(user);
        var orgs = await client.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/v1/organizations", Ct);
        Assert.Equal(expected, orgs!.Count);
    }

    [Fact]
    public async Task DepartmentPreparer_SubordinateUnitsDisclosure_AnswersLikeItsProjects404_AndWritesNothing()
    {
        var client = await ScopeTestUsers.LoginAsync(app, ScopeTestUsers.DepartmentPreparer);
        var id = await DisclosureTestSupport.DemoPackageIdAsync(app);
        var project = await DisclosureTestSupport.WithDbAsync(app, db => db.Projects
            .Where(p => p.Unit!.Name == Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre).Select(p => p.Id).FirstAsync(Ct));
        var before = await DisclosureTestSupport.WithDbAsync(app, async db => (await db.Disclosures.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct)));

        // The same user's answer for a project of that unit: the rule the disclosure must follow.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/projects/{project}", Ct)).StatusCode);
        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["GET"] = await client.GetAsync($"/api/v1/disclosures/{id}", Ct),
            ["PUT"] = await client.PutAsJsonAsync($"/api/v1/disclosures/{id}", new { stamp = Guid.NewGuid(), amounts = new Dictionary<string, decimal?>() }, Ct),
            ["submit"] = await client.PostAsJsonAsync($"/api/v1/disclosures/{id}/submit", new { comment = (string?)null }, Ct),
            ["publish"] = await client.PostAsJsonAsync($"/api/v1/disclosures/{id}/publish", new { comment = (string?)null }, Ct),
            ["correct"] = await client.PostAsJsonAsync($"/api/v1/disclosures/{id}/correct", new { note = "更正" }, Ct),
            ["audit"] = await client.GetAsync($"/Audit/Disclosure/{id}", Ct),
        };
        Assert.All(answers, a => Assert.True(a.Value.StatusCode == HttpStatusCode.NotFound, $"{a.Key} → {(int)a.Value.StatusCode}"));
        Assert.DoesNotContain(await client.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/v1/disclosures", Ct) ?? [],
            d => d["id"]?.ToString() == id.ToString());

        // Nor may it file a form for the unit below through the import route.
        var import = await client.PostAsync("/api/v1/imports", DocumentTestSupport.Upload(
            DocumentTestSupport.DeclarationsOf(Jixiao.Web.Infrastructure.DemoOrganizations.InnovationCentre), "申报.txt"), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, import.StatusCode);
        Assert.Equal(before, await DisclosureTestSupport.WithDbAsync(app, async db => (await db.Disclosures.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct))));
    }

    [Fact]
    public async Task Login_WrongPassword_IsRefusedWithChineseMessage()
    {
        var client = app.CreateClient();
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "dsj",
            ["Password"] = "wrong",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SecurityHeaders_ArePresentOnPages()
    {
        var response = await app.CreateClient().GetAsync("/Account/Login", Ct);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}

public sealed class SqliteAccessTests(SqliteApp app) : AccessTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccessTests(PostgresApp app) : AccessTests<PostgresApp>(app), IClassFixture<PostgresApp>;

public sealed class WorkbenchTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("kczx", "待处理：草稿与退回的申报", "短信平台月租费", "大数据与网络信息")]
    [InlineData("dsj", "待处理：草稿与退回的申报", "门户网站管理", "短信平台月租费")]
    [InlineData("kewei", "待审核：本部门所属单位提交的申报", null, "门户网站管理")] // nothing submitted in the demo yet
    public async Task Workbench_ShowsTheUsersWorkInScope(string user, string todoTitle, string? visible, string hidden)
    {
        var client = await app.LoginAsync(user);
        var html = await client.GetStringAsync("/", Ct);
        Assert.Contains(todoTitle, html);
        if (visible is not null) Assert.Contains(visible, html);
        Assert.DoesNotContain(hidden, html);
    }

    [Theory]
    [InlineData("kczx")]
    [InlineData("finance")]
    public async Task Workbench_ShowsTheDemoCalendar_RelativeToToday(string user)
    {
        // The demo's calendar is placed around the day it was seeded (ADR-036), so it never reads "已过 980 天".
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var client = await app.LoginAsync(user);
        var html = await client.GetStringAsync("/", Ct);
        var deadlines = html[html.IndexOf("data-testid=\"deadlines\"", StringComparison.Ordinal)..];
        deadlines = deadlines[..deadlines.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains($"{today.Year + 1}年度项目绩效目标申报：{today.AddDays(21):yyyy-MM-dd}（还有 21 天）", deadlines);
        Assert.Contains($"{today.Year - 1}年度单位预算公开：{today.AddDays(-10):yyyy-MM-dd}（已过 10 天）", deadlines);
        Assert.DoesNotMatch("已过 (\\d{3,}) 天", deadlines);
    }
}

/// <summary>`--no-demo` (Demo:Disabled): an empty system with the finance bureau and one administrator.</summary>
public sealed class EmptySystemTests : IAsyncLifetime
{
    private readonly EmptyApp _app = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();
    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task NoDemo_HasOnlyTheAdministratorAndNoProjects()
    {
        var admin = await _app.LoginAsync("admin");
        var orgs = await admin.GetFromJsonAsync<List<Dictionary<string, object?>>>("/api/v1/organizations", Ct);
        Assert.Single(orgs!);
        Assert.Equal("[]", (await admin.GetStringAsync("/api/v1/projects", Ct)).Trim());
        await Assert.ThrowsAsync<InvalidOperationException>(() => _app.LoginAsync("kczx"));
    }

    private sealed class EmptyApp : AppFixture
    {
        protected override string Provider => "sqlite";

        protected override Task<string> CreateDatabaseAsync() =>
            Task.FromResult($"Data Source={Path.Combine(Path.GetTempPath(), $"jixiao-empty-{Guid.NewGuid():N}.db")}");

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Demo:Disabled", "true");
        }
    }
}
