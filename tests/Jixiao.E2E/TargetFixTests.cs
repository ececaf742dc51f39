using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// Issue 15 item 2 in a real browser at 1366×768: a clerk types a bare target (`12场`); the editor says how it was
/// understood, offers the canonical form as one button, and the clicked fix is what is saved.
/// </summary>
public class TargetFixTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task BareTarget_FixButton_PutsTheCanonicalFormInTheInputAndSavesIt()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync("kczx", BrowserApp.Password);
        await page.GotoAsync(app.BaseUrl + "/Projects/New");
        await page.GetByLabel("项目名称").FillAsync("E2E 指标值写法项目");
        await page.GetByLabel("预算年度").FillAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();

        var editor = new ProjectEditorPage(page);
        await Expect(page.GetByTestId("target-syntax-hint")).ToContainTextAsync("=12(场)");
        await editor.AddRowAsync("产出指标", "数量指标", "培训场次", "12场");
        await Expect(editor.Understood(1)).ToContainTextAsync("按“=”理解");
        var fix = page.GetByRole(AriaRole.Button, new() { Name = "将第1行的指标值改为规范写法 =12.00(场)" });
        await Expect(fix).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "30-target-fix-1366");

        await fix.ClickAsync();
        await Expect(page.GetByLabel("第1行指标值")).ToHaveValueAsync("=12.00(场)");
        await Expect(fix).Not.ToBeAttachedAsync();
        await editor.SaveAsync();
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");
        await page.ReloadAsync();
        await Expect(page.GetByLabel("第1行指标值")).ToHaveValueAsync("=12.00(场)");
    }
}
