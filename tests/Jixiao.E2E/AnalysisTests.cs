using Jixiao.E2E.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

public class AnalysisTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_OpensAnalysis_SeesGrades_AndDrillsDownToOneUnit()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("finance", BrowserApp.Password);

        var analysis = new AnalysisPage(page, app.BaseUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "分析", Exact = true }).ClickAsync();
        await Expect(analysis.Heading).ToBeVisibleAsync();
        // The grade table always carries the numbers; the chart is drawn on top of it when ECharts is installed.
        await Expect(analysis.GradeTable.Locator("tbody tr").First).ToContainTextAsync("优");
        await Expect(analysis.GradeTable.Locator("tbody tr").First.Locator("td").Nth(2)).ToHaveTextAsync("4");
        var webRoot = app.Services.GetRequiredService<IWebHostEnvironment>().WebRootPath;
        if (File.Exists(Path.Combine(webRoot, "lib", "echarts", "echarts.min.js")))
            await Expect(analysis.GradeChart.Locator("canvas")).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, "50-analysis");

        await analysis.DrillAsync("上海市松江区科学技术委员会");
        await Expect(analysis.Breadcrumb).ToContainTextAsync("上海市松江区科学技术委员会");
        await analysis.DrillAsync("上海市松江区科技创新服务中心");
        await Expect(analysis.Breadcrumb).ToContainTextAsync("上海市松江区科技创新服务中心");
        await Expect(analysis.Groups).ToContainTextAsync("项目服务管理");
        await Expect(analysis.Groups).Not.ToContainTextAsync("上海市松江区大数据中心");
        await Expect(analysis.Evaluations.Locator("tbody tr")).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task Analysis_WithoutECharts_ShowsTheTablesOnly()
    {
        var page = await app.NewPageAsync();
        await page.RouteAsync("**/lib/echarts/**", route => route.AbortAsync());
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        var analysis = new AnalysisPage(page, app.BaseUrl);
        await analysis.GotoAsync();
        await Expect(analysis.Heading).ToBeVisibleAsync();
        await Expect(analysis.GradeTable).ToBeVisibleAsync();
        await Expect(analysis.Evaluations.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-chart]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Finance_SearchesIndicatorLibrary_AndSeesHistory()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("finance", BrowserApp.Password);

        var analysis = new AnalysisPage(page, app.BaseUrl);
        await analysis.GotoIndicatorsAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "指标库", Level = 1 })).ToBeVisibleAsync();
        await analysis.SearchIndicatorAsync("用户满意度");
        await page.GetByTestId("indicator-results").GetByRole(AriaRole.Link, new() { Name = "用户满意度", Exact = true }).First.ClickAsync();
        await Expect(page.GetByTestId("indicator-name")).ToHaveTextAsync("用户满意度");
        await Expect(page.GetByTestId("indicator-history").Locator("tbody tr").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "51-indicator-library");
    }
}
