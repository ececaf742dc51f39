using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E.Pages;

/// <summary>A demo user signed in at the office laptop's 1366×768, in a browser context of its own.</summary>
public static class SignIn
{
    public static async Task<IPage> AsAsync(BrowserApp app, string user)
    {
        var page = await (await app.NewContextAsync(1366, 768)).NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }
}
