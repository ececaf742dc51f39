using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// Issue 17 items 5–6 in a real browser (ADR-060): a new large project cannot be submitted without its 事前绩效评估;
/// finance sees last year's results beside a project declared again and records a budget decision with a reason.
/// </summary>
public class ClosingLoopTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignedIn(string user)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task NewLargeProject_NeedsItsExAnteAssessmentBeforeSubmit()
    {
        var unit = await SignedIn("dsj");
        await unit.GotoAsync(app.BaseUrl + "/Projects");
        await unit.GetByRole(AriaRole.Link, new() { Name = "大数据与网络信息" }).ClickAsync();
        var project = new ProjectPage(unit);
        var url = unit.Url;
        await Expect(unit.GetByTestId("exante-panel-conclusion")).ToHaveTextAsync("部分支持"); // the demo's assessment
        await BrowserApp.ScreenshotAsync(unit, "60-exante-panel-1366");

        // The conclusion taken away: the assessment is incomplete and the submit is refused in Chinese.
        await unit.GetByTestId("exante-link").ClickAsync();
        await unit.Locator("#f-exAnte-conclusion").SelectOptionAsync("");
        await unit.GetByRole(AriaRole.Button, new() { Name = "保存事前绩效评估" }).ClickAsync();
        await Expect(unit.GetByTestId("action-message")).ToHaveTextAsync("已保存事前绩效评估。");
        await Expect(unit.GetByTestId("exante-problems")).ToContainTextAsync("未选择评估结论");
        await BrowserApp.ScreenshotAsync(unit, "61-exante-form-1366");
        await unit.GotoAsync(url);
        await project.SubmitAsync("已逐条核实。");
        await Expect(project.Message).ToContainTextAsync("须先完成事前绩效评估再提交：未选择评估结论");
        await Expect(project.State).ToHaveTextAsync("草稿");
        await BrowserApp.ScreenshotAsync(unit, "62-exante-refused-1366");

        // Completed again: the gate no longer stands in the way (what remains is the review findings' business).
        await unit.GetByTestId("exante-link").ClickAsync();
        await unit.Locator("#f-exAnte-conclusion").SelectOptionAsync("予以支持");
        await unit.GetByRole(AriaRole.Button, new() { Name = "保存事前绩效评估" }).ClickAsync();
        await Expect(unit.GetByTestId("exante-problems")).ToHaveCountAsync(0);
        await unit.GotoAsync(url);
        await project.SubmitAsync("已逐条核实。");
        await Expect(project.Message).Not.ToContainTextAsync("事前绩效评估");
    }

    [Fact]
    public async Task Finance_SeesLastYearsReReviewEvaluationAndRectification_AndRecordsTheSuggestion()
    {
        var finance = await SignedIn("finance");
        await finance.GotoAsync(app.BaseUrl + "/Projects?year=2024&state=FinanceReview&sort=grade");
        await BrowserApp.ScreenshotAsync(finance, "63-list-by-last-grade-1366");
        // The project declared again from 2023 comes first: its grade that counts is the evaluation's 中.
        await Expect(finance.Locator("table tbody tr").First.GetByTestId("last-grade")).ToHaveTextAsync("中");
        await finance.Locator("table tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(finance.GetByTestId("last-year-panel")).ToBeVisibleAsync();
        await Expect(finance.GetByTestId("last-self-grade")).ToHaveTextAsync("优");
        await Expect(finance.GetByTestId("last-rereview-score")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9.]+$"));
        await Expect(finance.GetByTestId("last-rereview-grade")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[优良中差]$"));
        await Expect(finance.GetByTestId("last-evaluation-grade")).ToHaveTextAsync("中");
        await Expect(finance.GetByTestId("last-grade")).ToHaveTextAsync("中（重点绩效评价）");
        await Expect(finance.GetByTestId("last-open-rectifications")).ToHaveTextAsync("1 项");
        await Expect(finance.GetByTestId("last-rectification-item")).ToContainTextAsync("待整改");
        await Expect(finance.GetByTestId("budget-suggestion")).ToContainTextAsync("建议压减 10%");
        await BrowserApp.ScreenshotAsync(finance, "64-last-year-panel-1366");

        // The open item is one click away, and finance comes back to record the suggestion as it stands.
        var project = finance.Url;
        await finance.GetByTestId("last-rectification-item").GetByRole(AriaRole.Link).ClickAsync();
        await Expect(finance.Locator("h1")).ToContainTextAsync("整改");
        await finance.GotoAsync(project);
        // The project copied into 2024 has no amount yet: the rule is stated, there is nothing to accept, and finance
        // may only decide not to fund it (0, at most the request), with a reason.
        await Expect(finance.GetByTestId("budget-suggestion")).ToContainTextAsync("本年申报金额尚未填写");
        await Expect(finance.GetByRole(AriaRole.Button, new() { Name = "采纳建议", Exact = true })).ToHaveCountAsync(0);
        await finance.GetByLabel("财政确定金额（元，不采纳建议时填写）").FillAsync("0");
        await finance.GetByLabel("理由（不采纳建议时必填）").FillAsync("上年整改未完成，本年暂不安排。");
        await finance.GetByRole(AriaRole.Button, new() { Name = "不采纳，按填写金额" }).ClickAsync();
        await Expect(finance.GetByTestId("budget-decision")).ToContainTextAsync("财政确定：不采纳建议，预算 0.00 元（理由：上年整改未完成，本年暂不安排。）");
        await BrowserApp.ScreenshotAsync(finance, "65-budget-decision-1366");
    }
}
