using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// File inputs speak Chinese: 选择文件 and 未选择文件 (then the chosen file's name) instead of the browser's own
/// "Choose File / No file chosen", on the import pages and the attachments block.
/// </summary>
public class FilePickerTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData("/Documents/Import")]
    [InlineData("/Disclosure/Import")]
    public async Task FileInputs_ShowChineseButtonAndChosenName_NotTheBrowsersWords(string path)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);
        await page.GotoAsync(app.BaseUrl + path);

        var inputs = page.Locator("main input[type=file]");
        Assert.True(await inputs.CountAsync() > 0);
        // The browser draws its button and "No file chosen" inside a visible file input: none is visible.
        var drawn = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('main input[type=file]')].filter(i => { const r = i.getBoundingClientRect(); return r.width > 2 && r.height > 2 && getComputedStyle(i).opacity !== '0'; }).length");
        Assert.Equal(0, drawn);
        var picker = page.Locator("[data-file-picker]").First;
        await Expect(picker).ToContainTextAsync("选择文件");
        await Expect(picker).ToContainTextAsync("未选择文件");

        await inputs.First.SetInputFilesAsync(new FilePayload { Name = "项目申报表.txt", MimeType = "text/plain", Buffer = "项目名称"u8.ToArray() });
        await Expect(picker).ToContainTextAsync("项目申报表.txt");
        await Expect(picker).Not.ToContainTextAsync("未选择文件");
        await BrowserApp.ScreenshotAsync(page, "file-picker" + path.Replace('/', '-'));
    }
}
