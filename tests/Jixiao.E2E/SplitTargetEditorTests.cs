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
    private const string Json = """
    {
      "format": 1,
      "id": "TEST-SPLIT-TARGET",
      "title": "项目支出绩效目标申报表",
      "jurisdiction": "测试县",
      "kind": "projectDeclaration",
      "blocks": [ { "id": "header" }, { "id": "funds", "label": "项目资金（元）" }, { "id": "goals", "label": "绩效目标" } ],
      "fields": [
        { "key": "name", "label": "项目名称", "kind": "text", "required": true, "place": { "block": "header", "row": 1, "order": 1, "span": 5 } },
        { "key": "implementingUnit", "label": "实施单位", "kind": "text", "place": { "block": "header", "row": 2, "order": 1, "span": 5 } },
        { "key": "projectFundsTotal", "label": "资金总额", "kind": "money", "required": true, "place": { "block": "funds", "row": 1, "order": 1 } },
        { "key": "annualGoal", "label": "年度目标", "kind": "narrative", "required": true, "place": { "block": "goals", "row": 1, "order": 1 } }
      ],
      "indicatorColumns": [
        { "key": "level1", "label": "一级指标" },
        { "key": "level2", "label": "二级指标" },
        { "key": "name", "label": "三级指标" },
        { "key": "comparator", "label": "指标性质" },
        { "key": "target", "label": "指标值" },
        { "key": "unit", "label": "度量单位" }
      ],
      "framework": {
        "levels": 3,
        "level1": [
          { "name": "产出指标", "missing": "error", "level2": [ { "name": "数量指标" }, { "name": "质量指标" } ] },
          { "name": "效益指标", "missing": "error", "level2": [ { "name": "社会效益指标" } ] }
        ]
      },
      "scoring": { "executionWeight": 10, "pools": [ { "name": "产出", "level1": ["产出指标"], "weight": 50 }, { "name": "效益", "level1": ["效益指标"], "weight": 40 } ] }
    }
    """;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-e2e-templates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "test-split-target.json"), Json);
        builder.UseSetting(Jixiao.Web.Infrastructure.TemplatesSetup.DirectoryKey, dir);
    }
}
