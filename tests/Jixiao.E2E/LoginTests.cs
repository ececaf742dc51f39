using Jixiao.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

public class LoginTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task UnitUser_LogsIn_AndSeesOwnWorkbench()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToContainTextAsync("上海市松江区科技创新服务中心");
        await BrowserApp.ScreenshotAsync(page, "01-workbench-unit");
    }

    [Fact]
    public async Task WrongPassword_ShowsChineseError()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("dsj", "not-the-password");

        await Expect(login.Error).ToContainTextAsync("用户名或密码错误");
        await BrowserApp.ScreenshotAsync(page, "00-login-error");
    }
}
