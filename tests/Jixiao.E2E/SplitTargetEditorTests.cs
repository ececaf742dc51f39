using Jixiao.E2E.Pages;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// Issue 14 item 1 in a real browser at 1366×768: a year whose 申报表 prints 指标性质 / 指标值 / 度量单位 as separate
/// cells is entered in three inputs, saved as the one target the grammar reads, and split again on reload.
/// </summary>
public class SplitTargetEditorTests(SplitTemplateBrowserApp app) : IClassFixture<SplitTemplateBrowserApp>
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

    [Fact]
    public async Task SplitTemplate_UnitEntersComparatorValueAndUnitApart_SavedAsOneTarget_SplitOnReload()
    {
        var admin = await SignedIn("admin");
        await admin.GotoAsync(app.BaseUrl + "/Admin/Templates");
        await admin.GetByLabel("年度", new() { Exact = true }).FillAsync("2036");
        await admin.GetByLabel("表单类型").SelectOptionAsync(new SelectOptionValue { Label = "项目绩效目标表" });
        await admin.GetByLabel("模板", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "测试县 项目支出绩效目标申报表" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToContainTextAsync("2036 年度新建的项目绩效目标表将使用“测试县 项目支出绩效目标申报表”");

        var unit = await SignedIn("kczx");
        await unit.GotoAsync(app.BaseUrl + "/Projects/New");
        await unit.GetByLabel("项目名称").FillAsync("E2E 分格指标值项目");
        await unit.GetByLabel("预算年度").FillAsync("2036");
        await unit.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();

        var editor = new ProjectEditorPage(unit);
        await Expect(unit.Locator("th[data-target-part=comparator]")).ToHaveTextAsync("指标性质");
        await Expect(unit.Locator("th[data-target-part=unit]")).ToHaveTextAsync("度量单位");
        await editor.AddRowAsync("产出指标", "数量指标", "培训场次", "12");
        await unit.GetByLabel("第1行指标性质").SelectOptionAsync("≥");
        await unit.GetByLabel("第1行度量单位").FillAsync("场");
        // The server joined the three cells into one target and read it.
        await Expect(editor.Understood(1)).ToContainTextAsync("≥12.00(场)");
        await editor.Field("资金总额", "50000");
        await editor.Field("年度目标", "全年举办培训不少于 12 场。");
        await editor.SaveAsync();
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");
        await BrowserApp.ScreenshotAsync(unit, "69-editor-split-target-1366");

        await unit.ReloadAsync();
        await Expect(unit.GetByLabel("第1行指标性质")).ToHaveValueAsync("≥");
        await Expect(unit.GetByLabel("第1行指标值")).ToHaveValueAsync("12");
        await Expect(unit.GetByLabel("第1行度量单位")).ToHaveValueAsync("场");
        await Expect(editor.Understood(1)).ToContainTextAsync("≥12.00(场)");
        // The table fits the window: no horizontal scrolling at 1366.
        Assert.True(await unit.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the editor scrolls sideways at 1366×768");
    }
}

/// <summary>The browser app with a district's 申报表 that prints the target as three cells in its templates directory.</summary>
public sealed class SplitTemplateBrowserApp : BrowserApp
{
    // The added template changes what the seed writes: this app seeds its own district.
    protected override bool StartsFromSeededCopy => false;

    private static string Json => File.ReadAllText(Path.Combine(RepoRoot(), "tests", "fixtures", "templates", "test-split-target.json"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-e2e-templates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "test-split-target.json"), Json);
        builder.UseSetting(Jixiao.Web.Infrastructure.TemplatesSetup.DirectoryKey, dir);
    }
}
