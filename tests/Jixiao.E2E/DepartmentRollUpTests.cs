using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>部门整体 (ADR-057): the 主管部门's reviewer opens its department's year from the bar and sees the roll-up.</summary>
public class DepartmentRollUpTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task DepartmentReviewer_OpensDepartmentYear_SeesDutiesProjectsAndBalancedSums()
    {
        var page = await (await app.NewContextAsync(1366, 768)).NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kewei", BrowserApp.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "评价与整改" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "部门整体", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Spinbutton, new() { Name = "年度" }).FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "上海市松江区科学技术委员会 2024年部门整体支出绩效目标表" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("department-form")).ToBeVisibleAsync();
        var duties = page.GetByTestId("department-duties").Locator("tbody tr");
        var projects = page.GetByTestId("department-projects").Locator("tbody tr");
        await Expect(projects.First).ToContainTextAsync("上海市松江区科技创新服务中心");
        Assert.Equal(await projects.CountAsync(), await duties.CountAsync());
        await Expect(page.GetByTestId("department-balanced")).ToContainTextAsync("合计核对无误");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "57-department-rollup.png") });
    }
}
