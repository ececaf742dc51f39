using Microsoft.Playwright;

namespace Jixiao.E2E.Pages;

/// <summary>Page object for /Account/Login, located by labels and roles as a user would.</summary>
public sealed class LoginPage(IPage page, string baseUrl)
{
    public async Task GotoAsync() => await page.GotoAsync(baseUrl + "/Account/Login");

    public async Task LoginAsync(string userName, string password)
    {
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    public ILocator Error => page.GetByRole(AriaRole.Alert);
}
