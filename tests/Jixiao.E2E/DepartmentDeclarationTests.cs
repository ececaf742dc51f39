using System.Globalization;
using Jixiao.Data;
using Jixiao.E2E.Pages;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 部门整体支出绩效目标 declared by the department (ADR-064), in a real browser at 1366×768: 区科委's reviewer copies last
/// year's form on /Departments into a year without projects, changes a duty's amount and sees the live 合计核对 follow
/// (its own department's projects only), saves and submits to 财政局; finance returns it with a comment on a row, the
/// department answers and resubmits, finance approves; the department's page then shows the approved state.
/// </summary>
public class DepartmentDeclarationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private Task<IPage> SignedIn(string user) => SignIn.AsAsync(app, user);

    // The 2024 project names of 区科委's units, from the database.
    private async Task<List<string>> OwnProjectNamesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.Projects.Where(p => p.Year == 2024 && p.Unit!.Parent!.Name == DemoOrganizations.ScienceCommission)
            .Select(p => p.Name).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static decimal Wan(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Department_CopiesEditsAndSubmitsItsForm_WithTheRollUpLive_FinanceReturnsThenApproves()
    {
        var kewei = await SignedIn("kewei");
        await kewei.GotoAsync(app.BaseUrl + "/Departments?year=2025");
        await Expect(kewei.GetByTestId("department-form-missing")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(kewei, "64-department-missing-1366");
        await kewei.GetByRole(AriaRole.Button, new() { Name = "复制2024年的部门整体支出绩效目标表" }).ClickAsync();

        // The editor holds the copied 年度履职目标 (区科委's own projects of 2024); 2025 has no project yet, so the panel says
        // so in one line (not a "not found" per duty), and the declared total is nought: no other department's project
        // comes into the check.
        var duties = kewei.GetByTestId("editor-duty");
        await Expect(duties.First).ToBeVisibleAsync();
        var rollUp = kewei.GetByTestId("editor-rollup");
        await Expect(rollUp).ToContainTextAsync("所属项目申报合计 0.00 万元");
        var count = await duties.CountAsync();
        await Expect(rollUp).ToContainTextAsync("本部门当年尚无所属项目申报，年度履职目标暂不逐项核对");
        await Expect(rollUp.Locator("li")).ToHaveCountAsync(0);
        // The copied duties are 区科委's own units' 2024 projects, one each. (A name such as 编外人员工作经费 is also a
        // 大数据中心 project's: the same name under another department is no sign of a leak.)
        var own = await OwnProjectNamesAsync();
        var names = new List<string>();
        for (var n = 1; n <= count; n++) names.Add(await kewei.GetByLabel($"第{n}行支出项目名称").InputValueAsync());
        Assert.Equal(own.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));

        // A changed amount shows in the live 合计核对 at once: the row's problem and the duties' total.
        var others = 0m;
        for (var n = 2; n <= count; n++) others += Wan(await kewei.GetByLabel($"第{n}行预算金额（万元）").InputValueAsync());
        await kewei.GetByLabel("第1行预算金额（万元）").FillAsync("12.34");
        await Expect(rollUp).ToContainTextAsync($"年度履职目标合计 {(others + 12.34m).ToString("0.00", CultureInfo.InvariantCulture)} 万元");
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

        // 财政局 comments on a row and returns the form.
        var finance = await SignedIn("finance");
        await finance.GotoAsync(url);
        var review = new ProjectPage(finance);
        await review.CommentOnRowAsync("所属项目按期完成率", "按期完成率请写明考核口径。");
        await review.ActAsync("退回");
        await Expect(review.State).ToHaveTextAsync("已退回");

        // The department sees the comment, answers it and submits again.
        await kewei.ReloadAsync();
        await Expect(kewei.GetByTestId("review-comment")).ToContainTextAsync("按期完成率请写明考核口径。");
        await form.ReplyAsync("按当年计划内项目按期完工数计算。");
        await Expect(kewei.GetByTestId("review-comment")).ToContainTextAsync("答复：按当年计划内项目按期完工数计算。");
        await BrowserApp.ScreenshotAsync(kewei, "64-department-returned-1366");
        await form.SubmitAsync("已按意见说明考核口径。");
        await Expect(form.State).ToHaveTextAsync("已提交");

        // 财政局 approves; the department's 部门整体 page shows it approved.
        await finance.ReloadAsync();
        await review.ActAsync("批复");
        await Expect(review.State).ToHaveTextAsync("已批复");

        await kewei.GotoAsync(app.BaseUrl + "/Departments?year=2025");
        await Expect(kewei.GetByTestId("department-form-state")).ToHaveTextAsync("已批复");
        await BrowserApp.ScreenshotAsync(kewei, "64-department-approved-1366");
    }
}
