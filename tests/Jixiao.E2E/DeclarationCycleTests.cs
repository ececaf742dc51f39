using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// The declaration cycle of issue 4 in a real browser: a unit declares a project with a typed target tree, sees a
/// finding, fixes it and submits; the department returns it with a comment on a row; the unit answers and resubmits;
/// the department passes and the finance bureau approves.
/// </summary>
public class DeclarationCycleTests(BrowserApp app) : IClassFixture<BrowserApp>
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
    public async Task UnitDeclares_DepartmentReturns_UnitResubmits_FinanceApproves()
    {
        var unit = await SignedIn("kczx");
        await unit.GotoAsync(app.BaseUrl + "/Projects/New");
        await unit.GetByLabel("项目名称").FillAsync("E2E 科技政策培训项目");
        await unit.GetByLabel("预算年度").FillAsync("2025");
        await unit.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();

        var editor = new ProjectEditorPage(unit);
        await editor.Field("项目性质", "其他经常性项目");
        await editor.Field("项目类别", "特定目标类");
        await editor.Field("项目资金总额", "100000");
        await editor.Field("其中：财政资金", "90000"); // does not add up: MNY-01
        await editor.Field("年度资金申请总额", "100000");
        await editor.Field("其中：当年财政拨款", "100000");
        await editor.Field("上年结转资金", "0");
        await editor.Field("年度总体目标", "全年举办科技政策培训 4 场，参训企业满意度不低于 90%。");
        await editor.Field("项目负责人", "王晓明"); // a field only the form definition names (no page lists it)
        await unit.GetByText("项目经费情况说明（一至七）").ClickAsync();
        await editor.Field("一、项目概述", "面向区内科技企业开展政策培训，经测算，预算资金约 10.00 万元。");
        await editor.AddRowAsync("产出指标", "数量指标", "培训场次", "≥4.00(场)");
        await editor.AddRowAsync("效益指标", "社会效益指标", "企业政策知晓度", "提升");
        await editor.AddRowAsync("满意度指标", "服务对象满意度指标", "参训企业满意度", ">=90%");

        // The 指标库 offers an indicator used before: picking it fills its categories and shows its history.
        await editor.AddRowAsync("产出指标", "数量指标", "", "");
        var picked = unit.GetByLabel("第4行三级指标");
        await picked.PressSequentiallyAsync("用户满意", new() { Delay = 30 });
        await picked.FillAsync("用户满意度");
        await Expect(unit.GetByLabel("第4行一级指标")).ToHaveValueAsync("满意度指标");
        await Expect(editor.Understood(4).GetByTestId("indicator-history")).ToContainTextAsync("目标");
        await unit.GetByRole(AriaRole.Button, new() { Name = "删除第4行" }).ClickAsync();

        // How each target was understood, at once; and the finding about the funds.
        await Expect(editor.Understood(3)).ToContainTextAsync("≥90.00(%)");
        await Expect(editor.Understood(1)).ToContainTextAsync("定量");
        await Expect(editor.LiveFindings).ToContainTextAsync("MNY-01");
        await BrowserApp.ScreenshotAsync(unit, "10-editor-finding");

        await editor.Field("其中：财政资金", "100000");
        await Expect(editor.LiveFindings).Not.ToContainTextAsync("MNY-01");
        await editor.SaveAsync();
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");

        await unit.SetViewportSizeAsync(1366, 768);
        await BrowserApp.ScreenshotAsync(unit, "13-editor-fields-1366");
        await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        await Expect(unit.GetByText("面向区内科技企业开展政策培训")).ToBeAttachedAsync(); // saved (inside the collapsed 说明)
        await Expect(unit.GetByTestId("form-fields")).ToContainTextAsync("项目负责人");
        await Expect(unit.GetByTestId("form-fields")).ToContainTextAsync("王晓明");
        await BrowserApp.ScreenshotAsync(unit, "14-form-view-1366");
        await unit.GetByTestId("audit-link").ClickAsync();
        await Expect(unit.GetByTestId("audit-rows")).ToContainTextAsync("项目负责人");
        await BrowserApp.ScreenshotAsync(unit, "15-audit-1366");
        await unit.GoBackAsync();
        var project = new ProjectPage(unit);
        var url = unit.Url;
        await project.SubmitAsync("成本指标与项目说明将在批复前补充。");
        await Expect(project.State).ToHaveTextAsync("已提交");

        // The department comments on a row (which opens it) and returns it.
        var dept = await SignedIn("kewei");
        await dept.GotoAsync(url);
        var review = new ProjectPage(dept);
        await review.CommentOnRowAsync("培训场次", "培训场次请与实施方案一致。"); // no separate 开始审核 click
        await Expect(review.State).ToHaveTextAsync("主管部门审核");
        await review.ActAsync("退回");
        await Expect(review.State).ToHaveTextAsync("已退回");
        await BrowserApp.ScreenshotAsync(dept, "11-review-returned");

        // The unit sees the comment on the row, answers and resubmits.
        await unit.ReloadAsync();
        await Expect(unit.GetByTestId("review-comment")).ToContainTextAsync("培训场次请与实施方案一致。");
        await project.ReplyAsync("已与实施方案核对，全年 4 场。");
        await Expect(unit.GetByTestId("review-comment")).ToContainTextAsync("答复：已与实施方案核对");
        await project.SubmitAsync("已按意见核对。");
        await Expect(project.State).ToHaveTextAsync("已提交");

        // Department passes, finance approves.
        await dept.ReloadAsync();
        await review.ActAsync("通过");
        await Expect(review.State).ToHaveTextAsync("财政审核");
        var finance = await SignedIn("finance");
        await finance.GotoAsync(url);
        var approval = new ProjectPage(finance);
        await approval.ActAsync("批复");
        await Expect(approval.State).ToHaveTextAsync("已批复");
        await BrowserApp.ScreenshotAsync(finance, "12-approved");
    }

    [Fact]
    public async Task ProjectList_ShowsTheDemoDeclarations()
    {
        var page = await SignedIn("dsj");
        await page.GotoAsync(app.BaseUrl + "/Projects");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "大数据与网络信息" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "短信平台月租费" })).Not.ToBeVisibleAsync(); // another unit's
        await page.GetByLabel("年度").SelectOptionAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        // 001 states 4 projects and 1808.10 万元; the list computes the same from the imported projects.
        await Expect(page.GetByTestId("unit-summary")).ToHaveTextAsync("本单位 2024 年度编报绩效目标的项目 4 个，涉及项目预算资金 1808.10 万元。");
        await BrowserApp.ScreenshotAsync(page, "02-project-list");
    }
}
