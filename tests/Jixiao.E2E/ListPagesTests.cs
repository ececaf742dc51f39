using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// The lists paged in ADR-049 at 1366×768: the 指标库 pages by 50 with its 一级指标 filter, 用户管理 filters by role and
/// keeps the filter through a row action, and the project filters show long department names whole.
/// </summary>
public class ListPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignInAsync(string user)
    {
        var context = await app.NewContextAsync(1366, 768);
        var page = await context.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        return page;
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var horizontal = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(horizontal, what + " scrolls sideways at 1366 wide");
    }

    [Fact]
    public async Task Indicators_PagesBy50_FiltersByLevel1()
    {
        var page = await SignInAsync("finance");
        await page.GotoAsync(app.BaseUrl + "/Indicators");
        var count = page.GetByTestId("match-count");
        await Expect(count).ToContainTextAsync("本页第 1–50 个指标");
        await Expect(page.GetByTestId("indicator-entry")).ToHaveCountAsync(50);
        await AssertNoSidewaysScrollAsync(page, "指标库");
        await BrowserApp.ScreenshotAsync(page, "72-indicators-paged");

        await page.GetByRole(AriaRole.Link, new() { Name = "下一页" }).ClickAsync();
        await Expect(count).ToContainTextAsync("本页第 51–");

        var filters = page.GetByRole(AriaRole.Search, new() { Name = "检索指标" });
        await filters.GetByLabel("一级指标").SelectOptionAsync("满意度指标");
        await filters.GetByRole(AriaRole.Button, new() { Name = "检索" }).ClickAsync();
        await Expect(filters.GetByLabel("一级指标")).ToHaveValueAsync("满意度指标");
        await page.GetByTestId("indicator-entry").First.ClickAsync();
        await Expect(page.GetByTestId("indicator-history")).ToBeVisibleAsync();
        Assert.Contains("level1=", page.Url);
        await BrowserApp.ScreenshotAsync(page, "73-indicators-satisfaction");
    }

    [Fact]
    public async Task Users_FilterByRole_KeepsTheFilterThroughARowAction()
    {
        var page = await SignInAsync("admin");
        await page.GotoAsync(app.BaseUrl + "/Admin/Users");
        var filters = page.GetByRole(AriaRole.Search, new() { Name = "筛选用户" });
        await filters.GetByLabel("角色").SelectOptionAsync(new SelectOptionValue { Label = "单位填报人" });
        await filters.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(page.GetByTestId("match-count")).ToContainTextAsync("个用户");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "用户列表" });
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = "kczx", Exact = true })).ToBeVisibleAsync();
        await Expect(table.GetByRole(AriaRole.Cell, new() { Name = "finance", Exact = true })).ToHaveCountAsync(0);
        await AssertNoSidewaysScrollAsync(page, "用户管理");
        await BrowserApp.ScreenshotAsync(page, "74-users-filtered");

        await table.GetByRole(AriaRole.Row).Filter(new() { HasText = "kczx" }).GetByRole(AriaRole.Button, new() { Name = "停用 kczx" }).ClickAsync();
        await Expect(page.GetByTestId("admin-message")).ToContainTextAsync("已停用 kczx");
        await Expect(filters.GetByLabel("角色")).ToHaveValueAsync("UnitPreparer");
        await table.GetByRole(AriaRole.Row).Filter(new() { HasText = "kczx" }).GetByRole(AriaRole.Button, new() { Name = "启用 kczx" }).ClickAsync();
        await Expect(page.GetByTestId("admin-message")).ToContainTextAsync("已启用 kczx");
    }

    [Fact]
    public async Task ProjectFilters_ShowTheLongestDepartmentNameWhole_AndOfferCategoryAndNature()
    {
        var page = await SignInAsync("finance");
        await page.GotoAsync(app.BaseUrl + "/Projects");
        var filters = page.GetByRole(AriaRole.Search, new() { Name = "筛选项目" });
        var department = filters.GetByLabel("主管部门");
        var longest = await department.EvaluateAsync<string>("s => [...s.options].map(o => o.text).sort((a, b) => b.length - a.length)[0]");
        await department.SelectOptionAsync(new SelectOptionValue { Label = longest });
        // The select is at least as wide as its longest option's text (plus the arrow), so nothing is cut.
        var cut = await department.EvaluateAsync<bool>("""
            s => { const c = document.createElement('canvas').getContext('2d'); c.font = getComputedStyle(s).font;
                   const text = Math.max(...[...s.options].map(o => c.measureText(o.text).width));
                   return s.clientWidth < text + 24; }
            """);
        Assert.False(cut, $"主管部门 cuts “{longest}” at 1366 wide");
        await filters.GetByLabel("项目类别").SelectOptionAsync("特定目标类");
        await filters.GetByLabel("项目性质").SelectOptionAsync("一次性项目");
        await filters.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        await Expect(filters.GetByLabel("项目类别")).ToHaveValueAsync("特定目标类");
        Assert.Contains("category=", page.Url);
        await AssertNoSidewaysScrollAsync(page, "项目申报");
        await BrowserApp.ScreenshotAsync(page, "75-project-filters-category");
    }
}
