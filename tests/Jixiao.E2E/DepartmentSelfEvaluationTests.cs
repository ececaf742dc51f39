using Jixiao.Data;
using Jixiao.E2E.Pages;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 部门整体自评 (ADR-065) in a real browser at 1366×768: the demo's 区科委 2023 自评 stands submitted with its projects'
/// self-scores rolled up beside it; 财政局 returns it with a comment, the department submits it again, 财政局 confirms.
/// The department may look at its own form's 复核 sheet but is told that 财政局 re-reviews it, and can neither score
/// it nor raise a 整改 on it.
/// </summary>
public class DepartmentSelfEvaluationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private Task<IPage> SignedIn(string user) => SignIn.AsAsync(app, user);

    [Fact]
    public async Task DepartmentEvaluation_ReturnedByFinance_SubmittedAgain_Confirmed_AndNeverReReviewedByItsDepartment()
    {
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            id = await db.SelfEvaluations.Where(e => e.Project!.Unit!.Name == DemoOrganizations.ScienceCommission && e.Project.Year == 2023)
                .Select(e => e.Id).SingleAsync(TestContext.Current.CancellationToken);
        }
        var url = $"{app.BaseUrl}/SelfEvaluations/{id}";

        // The department's page: its own score beside its projects' self-scores weighed by amount.
        var kewei = await SignedIn("kewei");
        await kewei.GotoAsync(app.BaseUrl + "/Departments?year=2023");
        await Expect(kewei.GetByTestId("department-self-evaluation-state")).ToHaveTextAsync("已提交");
        await Expect(kewei.GetByTestId("department-weighted-score")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d\d$"));
        await BrowserApp.ScreenshotAsync(kewei, "65-department-year-2023-1366");

        // Its own 复核 sheet says who re-reviews it and offers no score.
        await kewei.GotoAsync($"{url}/ReReview");
        await Expect(kewei.Locator("main")).ToContainTextAsync("由财政局复核");
        await Expect(kewei.GetByRole(AriaRole.Spinbutton)).ToHaveCountAsync(0);
        await Expect(kewei.GetByRole(AriaRole.Button, new() { Name = "下达整改" })).ToHaveCountAsync(0);

        // 财政局 opens it and returns it with a comment.
        var finance = await SignedIn("finance");
        await finance.GotoAsync(url);
        var evaluation = new SelfEvaluationPage(finance, app.BaseUrl);
        await Expect(finance.GetByTestId("department-score-rollup")).ToBeVisibleAsync();
        await finance.GetByRole(AriaRole.Button, new() { Name = "开始审核", Exact = true }).ClickAsync();
        await finance.GetByLabel("审核意见（退回时必填）").FillAsync("请补充年度目标完成情况的佐证说明。");
        await finance.GetByRole(AriaRole.Button, new() { Name = "退回", Exact = true }).ClickAsync();
        await Expect(evaluation.State).ToHaveTextAsync("已退回");

        // The department submits again.
        await kewei.GotoAsync(url);
        var own = new SelfEvaluationPage(kewei, app.BaseUrl);
        await Expect(own.State).ToHaveTextAsync("已退回");
        await BrowserApp.ScreenshotAsync(kewei, "65-department-self-evaluation-returned-1366");
        await kewei.Locator("#ack").CheckAsync();
        await kewei.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(own.State).ToHaveTextAsync("已提交");

        // 财政局 confirms; the department's page shows it confirmed.
        await finance.GotoAsync(url);
        await finance.GetByRole(AriaRole.Button, new() { Name = "开始审核", Exact = true }).ClickAsync();
        await finance.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
        await Expect(evaluation.State).ToHaveTextAsync("已确认");
        await BrowserApp.ScreenshotAsync(finance, "65-department-self-evaluation-confirmed-1366");
        await kewei.GotoAsync(app.BaseUrl + "/Departments?year=2023");
        await Expect(kewei.GetByTestId("department-self-evaluation-state")).ToHaveTextAsync("已确认");
    }
}
