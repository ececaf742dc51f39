using System.Text.RegularExpressions;
using Jixiao.E2E.Pages;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// The clerk's year at 1366×768 (issue 15), typed with the keyboard where people type (Tab, typing, Enter), menus by
/// click: declare, fix what the live review says, submit; the department comments on a row and returns; the clerk sees
/// the comment in the editor, fixes and resubmits; the department sees what changed since the return and passes; finance
/// approves; the self-evaluation starts with its weights prefilled; the official 自评表 PDF holds the form and no
/// explanation appendix.
/// </summary>
public class ClerksYearTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ProjectName = "E2E 科技政策宣讲项目";

    private async Task<IPage> SignedIn(string user)
    {
        var context = await app.NewContextAsync(1366, 768);
        var page = await context.NewPageAsync();
        var login = new LoginPage(page, app.BaseUrl);
        await login.GotoAsync();
        await page.GetByLabel("用户名").FocusAsync();
        await page.Keyboard.TypeAsync(user);
        await page.GetByLabel("密码").FocusAsync();
        await page.Keyboard.TypeAsync(BrowserApp.Password);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        return page;
    }

    // Types into a field as a person does: focus it, select what is there, type, leave with Tab.
    private static async Task TypeAsync(IPage page, ILocator field, string text)
    {
        await TypeStayAsync(page, field, text);
        await page.Keyboard.PressAsync("Tab");
    }

    private static async Task TypeStayAsync(IPage page, ILocator field, string text)
    {
        await field.FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
    }

    // Chooses from a list as a person does by keyboard: focus it, arrow down to the option, leave with Tab.
    private static async Task ChooseAsync(IPage page, ILocator list, string option)
    {
        await list.FocusAsync();
        for (var i = 0; i < 20 && await list.InputValueAsync() != option; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(option, await list.InputValueAsync());
        await page.Keyboard.PressAsync("Tab");
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static async Task PressButtonAsync(IPage page, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
    }

    [Fact]
    public async Task Clerk_DeclaresIsReturnedResubmitsIsApproved_SelfEvaluates_AndExports()
    {
        // Declare: the new-project form by keyboard, Enter creates it.
        var unit = await SignedIn("kczx");
        await unit.GotoAsync(app.BaseUrl + "/Projects/New");
        await TypeAsync(unit, unit.GetByLabel("项目名称"), ProjectName);
        await TypeAsync(unit, unit.GetByLabel("预算年度"), "2025");
        await unit.GetByLabel("预算年度").FocusAsync();
        await unit.Keyboard.PressAsync("Enter");

        await ChooseAsync(unit, Field(unit, "项目性质"), "其他经常性项目");
        await ChooseAsync(unit, Field(unit, "项目类别"), "特定目标类");

        // A refused figure says why beside the input, naming the field; 万 is converted where it is typed.
        await TypeAsync(unit, Field(unit, "项目资金总额"), "-1392000");
        await Expect(unit.Locator("#f-projectFundsTotal-hint")).ToContainTextAsync("“项目资金总额”：金额不能为负数");
        await TypeStayAsync(unit, Field(unit, "项目资金总额"), "12万");
        await Expect(unit.Locator("#f-projectFundsTotal-hint")).ToHaveTextAsync("= 120,000.00 元");
        await unit.Keyboard.PressAsync("Tab");
        await Expect(Field(unit, "项目资金总额")).ToHaveValueAsync("120,000.00"); // thousands separators once left
        await TypeAsync(unit, Field(unit, "其中：财政资金"), "100000"); // does not add up: the live review says so
        await TypeAsync(unit, Field(unit, "年度资金申请总额"), "12万元");
        await TypeAsync(unit, Field(unit, "其中：当年财政拨款"), "120,000");
        await TypeAsync(unit, Field(unit, "上年结转资金"), "0");
        await TypeAsync(unit, Field(unit, "年度总体目标"), "全年开展科技政策宣讲 12 场，参训企业满意度不低于 90%。");

        // Sub-projects (项目资金投入构成): 万 accepted here too.
        await PressButtonAsync(unit, "添加子项目");
        await unit.Keyboard.TypeAsync("宣讲场地租赁");
        await unit.Keyboard.PressAsync("Tab");
        await unit.Keyboard.TypeAsync("70000");
        await PressButtonAsync(unit, "添加子项目");
        await unit.Keyboard.TypeAsync("讲师劳务");
        await unit.Keyboard.PressAsync("Tab");
        await unit.Keyboard.TypeAsync("5万");
        await Expect(unit.Locator("#subproject-2-amount-hint")).ToHaveTextAsync("= 50,000.00 元");
        await unit.Keyboard.PressAsync("Tab");

        // Targets as people type them: bare figures are understood (a bare number means "="), and the canonical form is
        // one key press away.
        var editor = new ProjectEditorPage(unit);
        await AddRowByKeyboardAsync(unit, "产出指标", "数量指标", "宣讲场次", "12场");
        await AddRowByKeyboardAsync(unit, "效益指标", "社会效益指标", "企业政策知晓度", "提升");
        await AddRowByKeyboardAsync(unit, "满意度指标", "服务对象满意度指标", "参训企业满意度", "90%");
        await Expect(editor.Understood(1)).ToContainTextAsync("定量");
        await Expect(editor.Understood(3)).ToContainTextAsync("定量");
        var fix = unit.GetByRole(AriaRole.Button, new() { Name = "将第1行的指标值改为规范写法 =12.00(场)" });
        await fix.FocusAsync();
        await unit.Keyboard.PressAsync("Enter");
        await Expect(unit.GetByLabel("第1行指标值")).ToHaveValueAsync("=12.00(场)");
        await Expect(editor.LiveFindings).ToContainTextAsync("MNY-01");

        // Fix what the check says.
        await TypeAsync(unit, Field(unit, "其中：财政资金"), "120000");
        await Expect(editor.LiveFindings).Not.ToContainTextAsync("MNY-01");
        await PressButtonAsync(unit, "保存");
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");

        // Unsaved work: a link asks first; the draft is offered back in a new tab and restored on request.
        await TypeAsync(unit, Field(unit, "年度总体目标"), "全年开展科技政策宣讲 14 场。");
        string? asked = null;
        unit.Dialog += async (_, d) => { asked = d.Message; await d.DismissAsync(); };
        await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        Assert.Contains("未保存的修改", asked);
        Assert.EndsWith("/Edit", unit.Url);
        var editUrl = unit.Url;
        var second = await unit.Context.NewPageAsync();
        await second.GotoAsync(editUrl);
        await Expect(second.GetByTestId("draft-banner")).ToContainTextAsync("未保存的修改");
        await second.GetByRole(AriaRole.Button, new() { Name = "放弃草稿" }).ClickAsync();
        await Expect(second.GetByTestId("draft-banner")).ToBeHiddenAsync();
        await second.CloseAsync();
        await TypeAsync(unit, Field(unit, "年度总体目标"), "全年开展科技政策宣讲 12 场，参训企业满意度不低于 90%。");
        await PressButtonAsync(unit, "保存");
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");
        await BrowserApp.ScreenshotAsync(unit, "70-clerk-editor-1366");

        // Submit from the project page, with the warnings acknowledged.
        await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        var projectUrl = unit.Url;
        var projectId = Guid.Parse(Regex.Match(projectUrl, "/Projects/([0-9a-f-]{36})").Groups[1].Value);
        await Expect(unit.GetByTestId("subprojects")).ToContainTextAsync("讲师劳务");
        await Expect(unit.GetByTestId("subprojects")).ToContainTextAsync("120,000.00");
        var project = new ProjectPage(unit);
        await TypeAsync(unit, unit.GetByLabel("警告说明（存在警告时必填）"), "成本指标在批复前补充。");
        await PressButtonAsync(unit, "提交");
        await Expect(project.State).ToHaveTextAsync("已提交");

        // The department comments on a row (no separate 开始审核 click) and returns with a general comment.
        var dept = await SignedIn("kewei");
        await dept.GotoAsync(projectUrl);
        var review = new ProjectPage(dept);
        await TypeAsync(dept, dept.GetByLabel("对“宣讲场次”的审核意见"), "宣讲场次请与实施方案一致（14 场）。");
        await dept.GetByLabel("对“宣讲场次”的审核意见").FocusAsync();
        await dept.Keyboard.PressAsync("Enter");
        await Expect(review.State).ToHaveTextAsync("主管部门审核");
        await TypeAsync(dept, dept.GetByLabel("审核意见", new() { Exact = true }), "请按行意见修改后重新提交。");
        await PressButtonAsync(dept, "退回");
        await Expect(review.State).ToHaveTextAsync("已退回");

        // The clerk sees both comments in the editor, beside the row they concern.
        await unit.ReloadAsync();
        await unit.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await Expect(unit.GetByTestId("editor-comments")).ToContainTextAsync("请按行意见修改后重新提交。");
        var rowComment = unit.GetByTestId("editor-row").Nth(0).GetByTestId("row-comment");
        await Expect(rowComment).ToContainTextAsync("宣讲场次请与实施方案一致（14 场）。");
        await BrowserApp.ScreenshotAsync(unit, "71-clerk-editor-returned-1366");
        await TypeAsync(unit, unit.GetByLabel("第1行指标值"), "≥14(场)");
        await PressButtonAsync(unit, "保存");
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");
        await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        await TypeAsync(unit, unit.GetByPlaceholder("答复审核意见").First, "已改为 14 场。");
        await PressButtonAsync(unit, "答复");
        await TypeAsync(unit, unit.GetByLabel("警告说明（存在警告时必填）"), "已按意见修改。");
        await PressButtonAsync(unit, "提交");
        await Expect(project.State).ToHaveTextAsync("已提交");

        // The department sees what changed since the return, in one click, and passes; finance approves.
        await dept.ReloadAsync();
        await dept.GetByTestId("compare-since-return").ClickAsync();
        await Expect(dept.GetByTestId("version-diff")).ToContainTextAsync("≥14(场)");
        await Expect(dept.GetByTestId("version-diff")).ToContainTextAsync("=12.00(场)");
        await BrowserApp.ScreenshotAsync(dept, "72-review-since-return-1366");
        await dept.GotoAsync(projectUrl);
        await PressButtonAsync(dept, "通过");
        await Expect(review.State).ToHaveTextAsync("财政审核");
        var finance = await SignedIn("finance");
        await finance.GotoAsync(projectUrl);
        await PressButtonAsync(finance, "批复");
        await Expect(new ProjectPage(finance).State).ToHaveTextAsync("已批复");

        // Self-evaluation: weights prefilled from the profile, the explanation in plain Chinese.
        var evaluation = new SelfEvaluationPage(unit, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.StartAsync(projectId);
        await Expect(evaluation.State).ToHaveTextAsync("草稿");
        await Expect(unit.GetByTestId("pool-sums").Locator(".text-danger")).ToHaveCountAsync(0);
        await TypeAsync(unit, unit.GetByLabel("其中：当年财政拨款 全年预算数"), "120000");
        await TypeAsync(unit, unit.GetByLabel("其中：当年财政拨款 全年执行数"), "108000");
        await TypeAsync(unit, unit.GetByLabel("宣讲场次 实际完成值"), "14场");
        await Expect(unit.GetByTestId("score-explanation")).ToContainTextAsync("预算执行率 = 108,000 ÷ 120,000 = 90.00%；得分 = 90.00% × 10 = 9.00。");
        await BrowserApp.ScreenshotAsync(unit, "73-clerk-self-evaluation-1366");

        // The official 自评表 PDF: the form's fields, no explanation appendix.
        var pdf = await new ExportButtons(unit).DownloadAsync("PDF");
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("财政项目支出绩效自评表", text);
        Assert.Contains("宣讲场次", text);
        Assert.Contains("年度资金总额", text);
        Assert.DoesNotContain("得分计算说明", text);
        Assert.DoesNotContain("预算执行率 =", text);
    }

    private static async Task AddRowByKeyboardAsync(IPage page, string level1, string level2, string name, string target)
    {
        await PressButtonAsync(page, "添加指标行");
        var n = await page.GetByTestId("editor-row").CountAsync();
        // Focus lands in the new row's 三级指标; the categories are selects a person picks by typing their name.
        await page.GetByLabel($"第{n}行一级指标").FocusAsync();
        await page.GetByLabel($"第{n}行一级指标").SelectOptionAsync(level1);
        await page.GetByLabel($"第{n}行二级指标").SelectOptionAsync(level2);
        await page.GetByLabel($"第{n}行三级指标").FocusAsync();
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(target);
        await page.Keyboard.PressAsync("Tab");
    }
}
