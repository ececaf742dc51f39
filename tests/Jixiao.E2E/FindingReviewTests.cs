using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// Issue 18 in a real browser: the unit answers a finding (说明), the reviewer sees the answer and dismisses another
/// finding with a reason, the administrator sees the rule's counts and switches the rule off, and on the next check
/// the rule's findings are gone from the form.
/// </summary>
public class FindingReviewTests(BrowserApp app) : IClassFixture<BrowserApp>
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

    private static ILocator Finding(IPage page, string about) => page.GetByTestId("finding").Filter(new() { HasText = about });

    [Fact]
    public async Task UnitAnswers_ReviewerDismisses_AdminSeesCountsAndSwitchesTheRuleOff_FindingGoneOnNextCheck()
    {
        // The unit explains one UNIT-03 finding and submits.
        var unit = await SignedIn("kczx");
        await unit.GotoAsync(app.BaseUrl + "/Projects?year=2024");
        await unit.GetByRole(AriaRole.Link, new() { Name = "编外人员工作经费", Exact = true }).ClickAsync();
        var url = unit.Url;
        await unit.GetByLabel("对“UNIT-03 全年发放餐费”的说明").FillAsync("餐费按人均标准以金额核定，单位用万元。");
        await Finding(unit, "全年发放餐费").GetByRole(AriaRole.Button, new() { Name = "提交说明" }).ClickAsync();
        await Expect(unit.GetByTestId("action-message")).ToHaveTextAsync("已保存说明。");
        await Expect(Finding(unit, "全年发放餐费").GetByTestId("finding-answer")).ToContainTextAsync("餐费按人均标准以金额核定");
        await BrowserApp.ScreenshotAsync(unit, "60-finding-answer-1366");
        await new ProjectPage(unit).SubmitAsync("各项警告已逐条说明。");
        await Expect(new ProjectPage(unit).State).ToHaveTextAsync("已提交");

        // The department reads the answer and dismisses another finding as a false positive.
        var reviewer = await SignedIn("kewei");
        await reviewer.GotoAsync(url);
        await Expect(Finding(reviewer, "全年发放餐费")).ToContainTextAsync("单位说明（科创中心填报人");
        var salaries = Finding(reviewer, "全年发放工资薪酬");
        await salaries.GetByText("忽略此问题").ClickAsync();
        await salaries.GetByLabel("误报").CheckAsync();
        await salaries.GetByLabel("忽略“UNIT-03 全年发放工资薪酬”的说明（可不填）").FillAsync("工资薪酬以金额计量，单位无误。");
        await salaries.GetByRole(AriaRole.Button, new() { Name = "忽略" }).ClickAsync();
        await Expect(reviewer.GetByTestId("action-message")).ToHaveTextAsync("已忽略该审核问题。");
        await Expect(Finding(reviewer, "全年发放工资薪酬")).ToHaveCountAsync(0);
        var dismissed = reviewer.GetByTestId("dismissed-findings");
        await dismissed.GetByText("已忽略的审核问题（1）").ClickAsync();
        await Expect(dismissed).ToContainTextAsync("区科委审核人");
        await Expect(dismissed).ToContainTextAsync("原因：误报（工资薪酬以金额计量，单位无误。）");
        await BrowserApp.ScreenshotAsync(reviewer, "61-finding-dismissed-1366");

        // The administrator sees UNIT-03's counts for 2024 and switches it off.
        var admin = await SignedIn("admin");
        await admin.GotoAsync(app.BaseUrl + "/");
        await admin.GetByRole(AriaRole.Button, new() { Name = "系统管理", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "审核规则质量" }).ClickAsync();
        await admin.GetByLabel("年度").SelectOptionAsync("2024");
        await admin.GetByRole(AriaRole.Button, new() { Name = "统计" }).ClickAsync();
        var row = admin.Locator("[data-testid=quality-row][data-rule='UNIT-03']");
        await Expect(row.GetByTestId("dismissed")).ToHaveTextAsync("1");
        await Expect(row.GetByTestId("reason-FalsePositive")).ToHaveTextAsync("1");
        await Expect(row).ToContainTextAsync("默认（警告）");
        await BrowserApp.ScreenshotAsync(admin, "62-rule-quality-1366");
        await row.GetByRole(AriaRole.Link, new() { Name = "调整 UNIT-03 的设置" }).ClickAsync();
        var setting = admin.Locator("#rule-UNIT-03");
        await setting.GetByLabel("启用").UncheckAsync();
        await setting.GetByRole(AriaRole.Button, new() { Name = "保存 UNIT-03 的设置" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToHaveTextAsync("已保存审核规则 UNIT-03 的设置，下次审核起生效。");
        await Expect(admin.Locator("#rule-UNIT-03").GetByLabel("启用")).Not.ToBeCheckedAsync();
        await BrowserApp.ScreenshotAsync(admin, "63-rule-settings-1366");

        // On the next check the rule says nothing on the form.
        await reviewer.ReloadAsync();
        await Expect(reviewer.Locator("[data-testid=finding][data-rule='UNIT-03']")).ToHaveCountAsync(0);
        await Expect(reviewer.GetByTestId("findings")).Not.ToContainTextAsync("一次性体检费");
        await BrowserApp.ScreenshotAsync(reviewer, "64-finding-rule-off-1366");
    }
}
