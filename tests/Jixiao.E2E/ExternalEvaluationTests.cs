using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 重点绩效评价 in a real browser (ADR-059): the demo 第三方评价机构 opens its assigned evaluation, scores the remaining
/// dimensions, writes the conclusion, uploads its report and submits; finance accepts, and the evaluation reads 已验收
/// with its total and grade. Screens at 1366×768.
/// </summary>
public class ExternalEvaluationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignedIn(string user)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1366, 768);
        return page;
    }

    [Fact]
    public async Task Evaluator_ScoresReportsAndSubmits_FinanceAccepts()
    {
        var evaluator = await SignedIn("pjjg");
        await Expect(evaluator.GetByTestId("evaluator-todo")).ToBeVisibleAsync();
        await evaluator.GetByTestId("nav-evaluations").ClickAsync();
        await BrowserApp.ScreenshotAsync(evaluator, "70-evaluations-evaluator-1366");
        await evaluator.GetByTestId("evaluation-list").GetByRole(AriaRole.Link, new() { Name = "打开" }).First.ClickAsync();
        await Expect(evaluator.GetByTestId("evaluation-state")).ToHaveTextAsync("评价中");

        await evaluator.GetByLabel("项目产出得分").FillAsync("26");
        await evaluator.GetByLabel("项目效益得分").FillAsync("30");
        await evaluator.GetByLabel("项目效益主要问题").FillAsync("满意度调查样本偏少。");
        await evaluator.GetByLabel("评价结论").FillAsync("项目基本完成年度绩效目标，建议加强过程管理。");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(evaluator.GetByRole(AriaRole.Status).First).ToContainTextAsync("已保存");
        await Expect(evaluator.GetByTestId("evaluation-total")).ToHaveTextAsync("87.00");
        await Expect(evaluator.GetByTestId("evaluation-grade")).ToHaveTextAsync("良");

        await evaluator.GetByLabel("选择文件（PDF、Word 等）").SetInputFilesAsync(new FilePayload
        {
            Name = "评价报告.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n% 重点绩效评价报告\n"u8.ToArray(),
        });
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "上传报告" }).ClickAsync();
        await Expect(evaluator.GetByTestId("evaluation-report")).ToContainTextAsync("评价报告.pdf");
        await BrowserApp.ScreenshotAsync(evaluator, "71-evaluation-sheet-1366");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(evaluator.GetByTestId("evaluation-state")).ToHaveTextAsync("待验收");
        var url = evaluator.Url.Split('?')[0];

        var finance = await SignedIn("finance");
        await finance.GotoAsync(url);
        await BrowserApp.ScreenshotAsync(finance, "72-evaluation-accept-1366");
        await finance.GetByRole(AriaRole.Button, new() { Name = "验收通过" }).ClickAsync();
        await Expect(finance.GetByTestId("evaluation-state")).ToHaveTextAsync("已验收");
        await Expect(finance.GetByTestId("evaluation-grade")).ToHaveTextAsync("良");
        await finance.GotoAsync(app.BaseUrl + "/Evaluations");
        await Expect(finance.GetByTestId("assign-form")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(finance, "73-evaluations-finance-1366");
    }
}
