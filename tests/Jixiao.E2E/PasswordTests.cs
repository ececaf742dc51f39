using System.Text.RegularExpressions;
using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// A password an administrator issues is temporary: the new user's first sign-in leads to 修改密码, and only their own
/// password opens the workbench (issue 12, finding 10).
/// </summary>
public partial class PasswordTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ChosenByUser = "Zhang-San-2026a";

    [Fact]
    public async Task NewUser_MustSetOwnPassword_AtFirstSignIn_ThenSeesTheWorkbench()
    {
        var admin = await app.NewPageAsync();
        var login = new LoginPage(admin, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("admin", BrowserApp.Password);
        await admin.GotoAsync(app.BaseUrl + "/Admin/Users");
        await admin.GetByLabel("用户名").FillAsync("zhangsan");
        await admin.GetByLabel("姓名").FillAsync("张三");
        await admin.Locator("#NewRole").SelectOptionAsync(new SelectOptionValue { Label = "单位填报人" });
        var unit = await admin.Locator("#NewOrgId option", new() { HasText = "大数据中心" }).First.GetAttributeAsync("value");
        await admin.Locator("#NewOrgId").SelectOptionAsync(unit!);
        await admin.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        var message = await admin.GetByTestId("admin-message").InnerTextAsync();
        var issued = IssuedPassword().Match(message);
        Assert.True(issued.Success, message);

        var user = await app.NewPageAsync();
        login = new LoginPage(user, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("zhangsan", issued.Groups[1].Value);
        await Expect(user).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await Expect(user.GetByText("您当前使用的是管理员设置的临时密码")).ToBeVisibleAsync();
        // Any other page leads back here until the password is changed.
        await user.GotoAsync(app.BaseUrl + "/Projects");
        await Expect(user).ToHaveURLAsync(new Regex("/Account/ChangePassword"));
        await BrowserApp.ScreenshotAsync(user, "03-change-temporary-password");

        await user.GetByLabel("当前密码").FillAsync(issued.Groups[1].Value);
        await user.GetByLabel("新密码", new() { Exact = true }).FillAsync(ChosenByUser);
        await user.GetByLabel("再次输入新密码").FillAsync(ChosenByUser);
        await user.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Expect(user.GetByTestId("password-changed")).ToBeVisibleAsync();
        // 继续 returns to the page the user asked for before being led here.
        await user.GetByRole(AriaRole.Link, new() { Name = "继续" }).ClickAsync();
        await Expect(user).ToHaveURLAsync(new Regex("/Projects$"));
        await Expect(user.GetByTestId("current-user")).ToContainTextAsync("大数据中心");
        await user.GotoAsync(app.BaseUrl + "/");
        await Expect(user.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_SaysSoInChinese()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("dsj", BrowserApp.Password);
        await page.GotoAsync(app.BaseUrl + "/Account/ChangePassword");
        await page.GetByLabel("当前密码").FillAsync("Not-The-Passw0rd");
        await page.GetByLabel("新密码", new() { Exact = true }).FillAsync(ChosenByUser);
        await page.GetByLabel("再次输入新密码").FillAsync(ChosenByUser);
        await page.GetByRole(AriaRole.Button, new() { Name = "修改密码" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("当前密码不正确");
        await BrowserApp.ScreenshotAsync(page, "04-change-password-error");
    }

    [GeneratedRegex("初始密码：(\\S+?)（")]
    private static partial Regex IssuedPassword();
}
