using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 表单模板 (ADR-032) in a real browser: the administrator chooses 湖南省's 项目绩效目标表 for a year; a unit's new
/// declaration of that year is entered in its layout (its header fields, its 绩效标准 column, its tree) and saved.
/// </summary>
public class TemplateChoiceTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignedIn(string user)
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task AdminChoosesHunanForAYear_UnitEntersADeclarationInItsLayout()
    {
        var admin = await SignedIn("admin");
        await admin.SetViewportSizeAsync(1366, 768);
        await admin.GotoAsync(app.BaseUrl + "/Admin/Templates");
        await admin.GetByLabel("年度", new() { Exact = true }).FillAsync("2034");
        await admin.GetByLabel("表单类型").SelectOptionAsync(new SelectOptionValue { Label = "项目绩效目标表" });
        await admin.GetByLabel("模板", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "湖南省 项目绩效目标表" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToContainTextAsync("2034 年度新建的项目绩效目标表将使用“湖南省 项目绩效目标表”");
        await Expect(admin.GetByTestId("assignments")).ToContainTextAsync("湖南省 项目绩效目标表");
        await BrowserApp.ScreenshotAsync(admin, "60-admin-templates-1366");

        var unit = await SignedIn("kczx");
        await unit.SetViewportSizeAsync(1366, 768);
        await unit.GotoAsync(app.BaseUrl + "/Projects/New");
        await unit.GetByLabel("项目名称").FillAsync("E2E 湖南版式项目");
        await unit.GetByLabel("预算年度").FillAsync("2034");
        await unit.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();

        // Hunan's header fields and its own column; no Shanghai-only field.
        var editor = new ProjectEditorPage(unit);
        await Expect(unit.GetByLabel("项目起止时间", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(unit.GetByLabel("项目类别", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(unit.Locator("th[data-column=standard]")).ToHaveTextAsync("绩效标准");
        await editor.Field("项目起止时间", "2034年1月-2034年12月");
        // Hunan states its money in 万元: 25 is typed under the 万元 header and stored as 250,000 元 (ADR-039).
        await editor.Field("资金总额", "25");
        await editor.Field("一、预算资金", "25");
        await editor.Field("年度目标", "全年完成雾炮车抑尘降尘服务 180 天。");
        await editor.AddRowAsync("产出指标", "时效指标", "服务周期", "≥180天");
        await unit.GetByLabel("第1行绩效标准").FillAsync("按合同约定天数完成得满分");
        await editor.SaveAsync();
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");
        await BrowserApp.ScreenshotAsync(unit, "61-editor-hunan-template-1366");

        await unit.ReloadAsync();
        await Expect(unit.GetByLabel("第1行绩效标准")).ToHaveValueAsync("按合同约定天数完成得满分");
        await Expect(unit.GetByLabel("第1行二级指标")).ToHaveValueAsync("时效指标");
        await Expect(unit.GetByLabel("资金总额", new() { Exact = true })).ToHaveValueAsync("25.00");
    }
}
