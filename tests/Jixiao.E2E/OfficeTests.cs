using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>The office pages of issue 15 at 1366×768: batch submit, notices, the deadline calendar, user edit.</summary>
public class OfficeTests(BrowserApp app) : IClassFixture<BrowserApp>
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

    [Fact]
    public async Task BatchSubmit_ThenTheReviewerSeesTheNotice_AndTheAdminEditsCalendarAndUser()
    {
        var unit = await SignInAsync("kczx");
        await unit.GotoAsync($"{app.BaseUrl}/Projects?year=2024");
        await unit.GetByRole(AriaRole.Checkbox, new() { Name = "选择 短信平台月租费" }).CheckAsync();
        await unit.GetByLabel("警告确认说明").FillAsync("已逐条核实。");
        await unit.GetByTestId("batch-submit").ClickAsync();
        await Expect(unit.GetByTestId("batch-results")).ToContainTextAsync("成功");
        await BrowserApp.ScreenshotAsync(unit, "office-01-batch-submit");

        var reviewer = await SignInAsync("kewei");
        await Expect(reviewer.GetByTestId("unread-count")).ToHaveTextAsync("1");
        await reviewer.GetByTestId("nav-notifications").ClickAsync();
        await Expect(reviewer.GetByTestId("notifications")).ToContainTextAsync("提交了申报项目“短信平台月租费”，请审核。");
        await BrowserApp.ScreenshotAsync(reviewer, "office-02-notifications");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "查看表单" }).ClickAsync();
        await Expect(reviewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Projects/[0-9a-f-]{36}$"));
        await reviewer.GotoAsync($"{app.BaseUrl}/Notifications");
        await BrowserApp.ScreenshotAsync(reviewer, "office-02b-after-open");
        await Expect(reviewer.GetByTestId("unread-summary")).ToHaveTextAsync("未读 0 条");
        await Expect(reviewer.GetByTestId("unread-count")).ToHaveCountAsync(0);

        var admin = await SignInAsync("admin");
        await admin.GotoAsync($"{app.BaseUrl}/Admin/Deadlines");
        await Expect(admin.GetByTestId("deadline-table")).ToContainTextAsync("项目绩效目标申报");
        await BrowserApp.ScreenshotAsync(admin, "office-03-deadlines");
        await admin.GotoAsync($"{app.BaseUrl}/Admin/Users");
        await admin.GetByRole(AriaRole.Link, new() { Name = "编辑 dsj" }).ClickAsync();
        await admin.GetByLabel("姓名").First.FillAsync("大数据中心填报员");
        await admin.GetByTestId("edit-user").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToHaveTextAsync("已保存 dsj 的资料。");
        await BrowserApp.ScreenshotAsync(admin, "office-04-users");
        await admin.GotoAsync($"{app.BaseUrl}/");
        await BrowserApp.ScreenshotAsync(admin, "office-05-workbench-calendar");
    }
}
