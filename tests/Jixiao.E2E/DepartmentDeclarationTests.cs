using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 部门整体支出绩效目标 declared by the department (ADR-064), in a real browser at 1366×768: 区科委's reviewer copies last
/// year's form on /Departments, changes a duty's amount and sees the roll-up check follow, saves and submits; 财政局
/// approves; the department's page then shows the approved state.
/// </summary>
public class DepartmentDeclarationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignedIn(string user)
    {
        var page = await (await app.NewContextAsync(1366, 768)).NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Department_CopiesEditsAndSubmitsItsForm_WithTheRollUpLive_FinanceApproves()
    {
        var kewei = await SignedIn("kewei");
        await kewei.GotoAsync(app.BaseUrl + "/Departments?year=2025");
        await Expect(kewei.GetByTestId("department-form-missing")).ToBeVisibleAsync();
        await kewei.GetByRole(AriaRole.Button, new() { Name = "复制2024年的部门整体支出绩效目标表" }).ClickAsync();

        // The editor holds the copied 年度履职目标; a changed amount shows in the live 合计核对 at once.
        await Expect(kewei.GetByTestId("editor-duty").First).ToBeVisibleAsync();
        var rollUp = kewei.GetByTestId("editor-rollup");
        await Expect(rollUp).ToContainTextAsync("合计核对");
        await kewei.GetByLabel("第1行预算金额（万元）").FillAsync("12.34");
        await Expect(rollUp).ToContainTextAsync("（12.34 万元）");
        await kewei.GetByTestId("editor-duties").ScrollIntoViewIfNeededAsync();
        await kewei.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "64-department-editor-1366.png") });
        var editor = new ProjectEditorPage(kewei);
        await editor.SaveAsync();
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");

        await kewei.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        var form = new ProjectPage(kewei);
        await form.SubmitAsync("所属单位 2025 年项目尚在编报，年度履职目标按部门计划先行申报。");
        await Expect(form.State).ToHaveTextAsync("已提交");
        var url = kewei.Url;

        var finance = await SignedIn("finance");
        await finance.GotoAsync(url);
        var approval = new ProjectPage(finance);
        await approval.ActAsync("批复");
        await Expect(approval.State).ToHaveTextAsync("已批复");

        await kewei.GotoAsync(app.BaseUrl + "/Departments?year=2025");
        await Expect(kewei.GetByTestId("department-form-state")).ToHaveTextAsync("已批复");
        await kewei.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDir, "64-department-approved-1366.png") });
    }
}
