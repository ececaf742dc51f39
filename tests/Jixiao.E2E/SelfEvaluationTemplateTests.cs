using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// A 自评表 on the Sichuan template in a real browser at 1366×768 (ADR-039): its title, money grid in 万元 with grouped
/// inputs, 指标性质 · 指标值 · 度量单位 apart, and live scoring of amounts typed in 万元.
/// </summary>
public class SelfEvaluationTemplateTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> SignedIn(string user)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await login.LoginAsync(user, BrowserApp.Password);
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task SichuanSelfEvaluation_EnteredInItsLayout_InWanYuan()
    {
        var admin = await SignedIn("admin");
        await admin.GotoAsync(app.BaseUrl + "/Admin/Templates");
        await admin.GetByLabel("年度", new() { Exact = true }).FillAsync("2024");
        await admin.GetByLabel("表单类型").SelectOptionAsync(new SelectOptionValue { Label = "项目绩效自评表" });
        await admin.GetByLabel("模板", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "四川省 部门预算项目支出绩效自评表" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToContainTextAsync("四川省 部门预算项目支出绩效自评表");

        var projectId = await ApproveProjectAsync();
        var unit = await SignedIn("kczx");
        var evaluation = new SelfEvaluationPage(unit, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.StartAsync(projectId);

        await Expect(unit.GetByRole(AriaRole.Heading, new() { Name = "部门预算项目支出绩效自评表" })).ToBeVisibleAsync();
        var grid = unit.GetByTestId("indicator-grid");
        await Expect(grid.Locator("th", new() { HasText = "指标性质" })).ToBeVisibleAsync();
        await Expect(grid.Locator("th", new() { HasText = "度量单位" })).ToBeVisibleAsync();
        await Expect(unit.GetByTestId("funds-grid")).ToContainTextAsync("财政专户管理资金");

        // 万元 typed, grouped on leaving the cell, read as 元 by the scorer: 10 ÷ 12.5 = 80 %.
        var budget = unit.GetByLabel("其中:财政资金 调整后预算数");
        await budget.FillAsync("12.5");
        await budget.BlurAsync();
        await Expect(budget).ToHaveValueAsync("12.50");
        await Expect(unit.GetByTestId("money-hint").Filter(new() { HasText = "125,000.00 元" })).ToHaveCountAsync(1);
        await unit.GetByLabel("其中:财政资金 预算执行数").FillAsync("10");
        await Expect(unit.Locator("[data-live=rate]")).ToHaveTextAsync("80.00%");
        await Expect(unit.GetByLabel("总额 预算执行数")).ToHaveValueAsync("10.00");
        await BrowserApp.ScreenshotAsync(unit, "62-self-evaluation-sichuan-1366");
    }

    /// <summary>At 1366×768 a long indicator name, its target and a template's own column wrap in the editor instead of being cut.</summary>
    [Fact]
    public async Task Editor_LongNamesAndOwnColumns_At1366_AreReadWhole()
    {
        var admin = await SignedIn("admin");
        await admin.GotoAsync(app.BaseUrl + "/Admin/Templates");
        await admin.GetByLabel("年度", new() { Exact = true }).FillAsync("2035");
        await admin.GetByLabel("表单类型").SelectOptionAsync(new SelectOptionValue { Label = "项目绩效目标表" });
        await admin.GetByLabel("模板", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "湖南省 项目绩效目标表" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(admin.GetByTestId("admin-message")).ToContainTextAsync("湖南省 项目绩效目标表");

        var unit = await SignedIn("kczx");
        await unit.GotoAsync(app.BaseUrl + "/Projects/New");
        await unit.GetByLabel("项目名称").FillAsync("E2E 长指标名称项目");
        await unit.GetByLabel("预算年度").FillAsync("2035");
        await unit.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();
        var editor = new ProjectEditorPage(unit);
        await editor.AddRowAsync("产出指标", "数量指标", "科技政策培训、银企对接沙龙及专题宣讲活动组织场次", "≥4.00(场)");
        await editor.AddRowAsync("效益指标", "社会效益指标", "区内科技型中小企业政策知晓度及申报参与率提升情况", "较上年提升");
        await unit.GetByLabel("第1行绩效标准").FillAsync("按合同约定场次完成得满分，每少一场扣一分");

        var problems = await Accessibility.LayoutTests.FindProblemsAsync(unit, fields: true);
        await BrowserApp.ScreenshotAsync(unit, "63-editor-long-names-1366");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private async Task<Guid> ApproveProjectAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await db.DeclarationVersions
            .Where(v => v.State == FormState.Draft && v.Project!.Unit!.Name == "上海市松江区科技创新服务中心" && v.Project.Year == 2024)
            .OrderBy(v => v.Project!.Name).FirstAsync(TestContext.Current.CancellationToken);
        db.Entry(version).Property(v => v.State).CurrentValue = FormState.Approved; // arranged in the store, bypassing the workflow
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return version.ProjectId;
    }
}
