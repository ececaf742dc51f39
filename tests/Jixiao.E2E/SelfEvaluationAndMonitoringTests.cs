using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

public class SelfEvaluationAndMonitoringTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ImportedSelfEvaluation_ShowsPrintedAndRecomputedTotals()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        var evaluation = new SelfEvaluationPage(page, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.OpenAsync("项目服务管理");

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "财政项目支出绩效自评表" })).ToBeVisibleAsync();
        await Expect(evaluation.State).ToHaveTextAsync("历史导入");
        await Expect(evaluation.PrintedTotal).ToHaveTextAsync("94.00");
        await Expect(evaluation.ComputedTotal).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d\d$"));
        await Expect(evaluation.FirstTrail).ToContainTextAsync("得分");
        await Expect(page.GetByTestId("score-explanation")).ToContainTextAsync("评分规则：上海区级（默认）");
        await BrowserApp.ScreenshotAsync(page, "40-self-evaluation");
    }

    [Fact]
    public async Task StartedSelfEvaluation_ScoresLiveAsTheUnitTypes()
    {
        var (projectId, _) = await ApproveProjectAsync();
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        var evaluation = new SelfEvaluationPage(page, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.StartAsync(projectId);
        await Expect(evaluation.State).ToHaveTextAsync("草稿");

        await page.GetByLabel("其中：当年财政拨款 全年预算数").FillAsync("100000");
        await page.GetByLabel("其中：当年财政拨款 全年执行数").FillAsync("90000");
        // 90 % × 10 = 9.00 from the scorer, shown without saving; the total row follows the three fund rows.
        await Expect(page.Locator("[data-live=rate]")).ToHaveTextAsync("90.00%");
        await Expect(page.Locator("[data-live=execScore]")).ToHaveTextAsync("9.00");
        await Expect(page.GetByLabel("年度资金总额 全年执行数")).ToHaveValueAsync("90,000.00"); // grouped like the editor (money-input.js)
        await Expect(evaluation.ComputedTotal).ToHaveTextAsync("9.00");
        // The explanation follows live, in plain Chinese; the weights start prefilled, each pool exact.
        await Expect(page.GetByTestId("score-explanation")).ToContainTextAsync("预算执行率 = 90,000 ÷ 100,000 = 90.00%；得分 = 90.00% × 10 = 9.00。");
        await Expect(page.GetByTestId("pool-sums").Locator(".text-danger")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "41-self-evaluation-live");
        await page.GetByTestId("score-explanation").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "42-score-explanation.png") });
    }

    [Fact]
    public async Task SignedInMissingPage_ShowsChineseErrorPageWithNavigation()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        var response = await page.GotoAsync($"{app.BaseUrl}/SelfEvaluations/{Guid.NewGuid()}");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("error-heading")).ToHaveTextAsync("未找到该页面");
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "主导航" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "90-error-404");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "返回工作台" }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{app.BaseUrl}/");
    }

    [Fact]
    public async Task MonitoringReport_LaggingBudgetAndImpossibleTarget_ShowsRedLight()
    {
        var (projectId, firstIndicator) = await ApproveProjectAsync();
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        var report = new MonitoringReportPage(page, app.BaseUrl);
        await report.GotoAsync(projectId, 7);
        await report.SetBudgetAsync("100000", "10000");
        // Live: 10 % spent by July is far behind the time progress → red before anything is saved.
        await Expect(report.BudgetLight).ToHaveTextAsync("红灯");
        await report.SetLikelihoodAsync(firstIndicator, "完全不可能");
        await Expect(report.Problems).ToContainTextAsync("纠偏措施");
        await report.SaveAsync();

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Status)).ToContainTextAsync("已保存");
        await Expect(report.ProjectLight).ToHaveTextAsync("红灯");
        await BrowserApp.ScreenshotAsync(page, "41-monitoring-red");
    }

    // The declaration review screens are separate work: the project is approved directly in the database.
    /// <summary>An attachment goes up through the page's upload (attachments.js), a refused one says why beside the input.</summary>
    [Fact]
    public async Task SelfEvaluation_AttachmentUpload_ListsTheFile_AndExplainsARefusal()
    {
        var (projectId, _) = await ApproveProjectAsync();
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);
        var evaluation = new SelfEvaluationPage(page, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.StartAsync(projectId);

        var attachments = page.GetByTestId("attachments");
        await page.GetByLabel("添加附件", new() { Exact = false }).SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "程序.exe",
            MimeType = "application/octet-stream",
            Buffer = "MZ\x90\0"u8.ToArray(),
        });
        await attachments.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(attachments.Locator("[data-attachment-error]")).ToContainTextAsync("“程序.exe”的文件类型不能作为附件");

        await page.GetByLabel("添加附件", new() { Exact = false }).SetInputFilesAsync(new Microsoft.Playwright.FilePayload
        {
            Name = "测算依据.pdf",
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[2048]],
        });
        await attachments.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(attachments.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "测算依据.pdf" })).ToBeVisibleAsync();
        await Expect(attachments.GetByTestId("attachment-row")).ToContainTextAsync("科创中心填报人");
        await attachments.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "43-self-evaluation-attachments.png") });
    }

    private async Task<(Guid ProjectId, string FirstIndicator)> ApproveProjectAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await db.DeclarationVersions
            .Where(v => v.State == FormState.Draft && v.Project!.Unit!.Name == "上海市松江区科技创新服务中心" && v.Project.Year == 2024)
            .OrderBy(v => v.Project!.Name).FirstAsync(TestContext.Current.CancellationToken);
        db.Entry(version).Property(v => v.State).CurrentValue = FormState.Approved; // arranged in the store, bypassing the workflow
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var declared = Jixiao.Web.Services.ProjectService.ToDomain(version);
        return (version.ProjectId, declared.Indicators[0].Name);
    }
}
