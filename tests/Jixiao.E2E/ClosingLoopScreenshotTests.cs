using Jixiao.Data;
using Jixiao.Domain.Templates;
using Jixiao.E2E.Pages;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// Issue 17's screens as each role that uses them sees them on the demo district, at the office laptop's 1366×768 (the
/// window, without scrolling): 部门整体 and its 自评, 复核 list, sheet and 抽评, 整改 list and item, 第三方评价 list and
/// sheet, 事前评估 and the 结果应用 panel. Written to TestResults/screenshots/i17-*.png for a person to look at; each
/// page must answer, show its heading and scroll no table sideways.
/// </summary>
public class ClosingLoopScreenshotTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Ids(Guid DepartmentEvaluation, Guid ReReviewed, Guid Rectification, Guid Evaluation, Guid ExAnte);

    private async Task<Ids> IdsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var departmentEvaluation = await db.SelfEvaluations.Where(e => e.Project!.Unit!.Name == DemoOrganizations.ScienceCommission
            && e.Project.TemplateId == GenericTemplates.DepartmentDeclarationId).Select(e => e.Id).FirstAsync(Ct);
        var reReviewed = await db.ReReviews.Where(r => r.Project!.Unit!.Name == DemoOrganizations.InnovationCentre)
            .OrderBy(r => r.SampleDrawId == null).Select(r => r.SelfEvaluationId).FirstAsync(Ct);
        var rectification = await db.RectificationItems.OrderBy(i => i.State).ThenBy(i => i.DueDate).Select(i => i.Id).FirstAsync(Ct);
        var evaluation = await db.ExternalEvaluations.Select(e => e.Id).FirstAsync(Ct);
        var exAnte = await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.BigDataCentre && p.Name.Contains("大数据与网络信息"))
            .Select(p => p.Id).FirstAsync(Ct);
        return new(departmentEvaluation, reReviewed, rectification, evaluation, exAnte);
    }

    private Task<IPage> SignedIn(string user) => SignIn.AsAsync(app, user);

    private async Task Shot(IPage page, string path, string name)
    {
        var response = await page.GotoAsync(app.BaseUrl + path);
        Assert.True(response!.Status == 200, $"{path} answered {response.Status}");
        await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // A table wider than its box scrolls sideways: a clerk at 1366 would not see its last columns.
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main table')].filter(t => t.scrollWidth > t.parentElement.clientWidth + 1).map(t => t.getAttribute('aria-label') || t.dataset.testid || 'table')");
        Assert.True(wide.Length == 0, $"{path}: {string.Join("、", wide)} wider than the page");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, $"i17-{name}.png") });
    }

    [Fact]
    public async Task ClosingLoopScreens_AsEachRole_AreWrittenAt1366x768()
    {
        var ids = await IdsAsync();

        var kewei = await SignedIn("kewei");
        await Shot(kewei, "/Departments?year=2024", "departments-kewei");
        await Shot(kewei, "/Departments?year=2023", "departments-2023-kewei");
        await Shot(kewei, $"/SelfEvaluations/{ids.DepartmentEvaluation}", "department-self-evaluation-kewei");
        await Shot(kewei, "/ReReviews", "rereviews-kewei");
        await Shot(kewei, $"/SelfEvaluations/{ids.ReReviewed}/ReReview", "rereview-sheet-kewei");
        await Shot(kewei, $"/SelfEvaluations/{ids.DepartmentEvaluation}/ReReview", "rereview-own-department-kewei");
        await Shot(kewei, "/Rectifications", "rectifications-kewei");
        await Shot(kewei, $"/Rectifications/{ids.Rectification}", "rectification-kewei");

        var zfb = await SignedIn("zfb");
        await Shot(zfb, "/Departments?year=2024", "departments-zfb");

        var finance = await SignedIn("finance");
        await Shot(finance, "/Departments?year=2024", "departments-finance");
        await Shot(finance, $"/SelfEvaluations/{ids.DepartmentEvaluation}", "department-self-evaluation-finance");
        await Shot(finance, "/ReReviews", "rereviews-finance");
        await Shot(finance, $"/SelfEvaluations/{ids.ReReviewed}/ReReview", "rereview-sheet-finance");
        await Shot(finance, "/ReReviews/Sample", "rereview-sample-finance");
        await Shot(finance, "/Rectifications", "rectifications-finance");
        await Shot(finance, $"/Rectifications/{ids.Rectification}", "rectification-finance");
        await Shot(finance, "/Evaluations", "evaluations-finance");
        await Shot(finance, $"/Evaluations/{ids.Evaluation}", "evaluation-finance");
        await Shot(finance, "/Projects?year=2024&state=FinanceReview&sort=grade", "projects-by-last-grade-finance");
        await finance.Locator("table tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(finance.GetByTestId("last-year-panel")).ToBeVisibleAsync();
        await finance.GetByTestId("last-year-panel").ScrollIntoViewIfNeededAsync();
        await finance.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "i17-results-applied-panel-finance.png") });

        var pjjg = await SignedIn("pjjg");
        await Shot(pjjg, "/Evaluations", "evaluations-pjjg");
        await Shot(pjjg, $"/Evaluations/{ids.Evaluation}", "evaluation-pjjg");

        var kczx = await SignedIn("kczx");
        await Shot(kczx, "/", "workbench-kczx");
        await Shot(kczx, "/Rectifications", "rectifications-kczx");
        await Shot(kczx, $"/Rectifications/{ids.Rectification}", "rectification-kczx");

        var dsj = await SignedIn("dsj");
        await Shot(dsj, $"/Projects/{ids.ExAnte}", "exante-panel-dsj");
        await Shot(dsj, $"/Projects/{ids.ExAnte}/ExAnte", "exante-dsj");

        // Last, as it changes the demo: 结果应用 while this year's amount is not filled in says the rule, not "0.00 元".
        Guid copy;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var entity = await db.Projects.Where(p => p.CopiedFromId != null && p.Versions.Any(v => v.Origin == Data.Entities.VersionOrigin.CopiedFromPriorYear))
                .OrderBy(p => p.Name).FirstAsync(Ct);
            entity.FundsTotalYuan = 0m;
            await db.SaveChangesAsync(Ct);
            copy = entity.Id;
        }
        await Shot(finance, $"/Projects/{copy}", "results-applied-awaiting-finance");
        await Expect(finance.GetByTestId("budget-suggestion")).ToContainTextAsync("本年申报金额尚未填写");
        await finance.GetByTestId("last-year-panel").ScrollIntoViewIfNeededAsync();
        await finance.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "i17-results-applied-awaiting-panel-finance.png") });
    }
}
