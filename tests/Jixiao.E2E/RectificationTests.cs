using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.E2E.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 整改 in a real browser (ADR-058, ADR-062): 区科委 turns a finding on a 科创中心 declaration into a 整改事项 from the form
/// page; the unit sees it on 工作台 (and, once its due date has passed, among the overdue), answers with an attachment;
/// the reviewer reopens it with a reason; the unit answers again; the reviewer closes it (销号). Screens at 1366×768:
/// the 工作台 card, the list and the item.
/// </summary>
public class RectificationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private Task<IPage> SignedIn(string user) => SignIn.AsAsync(app, user);

    private static async Task AnswerAsync(IPage unit, string text)
    {
        await unit.Locator("#answer").FillAsync(text);
        await unit.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
        await Expect(unit.GetByTestId("rectification-state")).ToHaveTextAsync("已答复");
    }

    [Fact]
    public async Task Reviewer_Raises_Unit_AnswersWithAnAttachment_Reopened_AnsweredAgain_Closed()
    {
        Guid projectId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            projectId = await db.Projects.Where(p => p.Unit!.Name == "上海市松江区科技创新服务中心").OrderBy(p => p.Name).Select(p => p.Id)
                .FirstAsync(TestContext.Current.CancellationToken);
        }

        // 区科委: 转为整改 from the declaration's page.
        var reviewer = await SignedIn("kewei");
        await reviewer.GotoAsync($"{app.BaseUrl}/Projects/{projectId}");
        await reviewer.GetByTestId("raise-rectification").ClickAsync();
        await reviewer.GetByRole(AriaRole.Radio, new() { Name = "其他问题：" }).CheckAsync();
        await reviewer.GetByRole(AriaRole.Textbox, new() { Name = "其他问题", Exact = true }).FillAsync("培训签到表缺失，无法核实培训人次。");
        await reviewer.GetByLabel("整改要求").FillAsync("补充各期培训签到表并说明人次统计口径。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "下达整改" }).ClickAsync();
        await Expect(reviewer.GetByTestId("rectification-state")).ToHaveTextAsync("待整改");
        await Expect(reviewer.GetByTestId("rectification-source")).ToHaveTextAsync("来源：被审核的项目申报表");
        var item = reviewer.Url.Split('?')[0];

        // The unit: its 工作台 card counts the new item; once its due date has passed it counts among the overdue too.
        var unit = await SignedIn("kczx");
        var overdue = unit.GetByTestId("rectification-overdue");
        await Expect(overdue).ToHaveTextAsync(new Regex(@"^逾期 \d+ 项$"));
        var overdueBefore = int.Parse(Regex.Match(await overdue.InnerTextAsync(), @"\d+").Value, CultureInfo.InvariantCulture);
        var itemId = Guid.Parse(item[(item.LastIndexOf('/') + 1)..]);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var raised = await db.RectificationItems.SingleAsync(i => i.Id == itemId, TestContext.Current.CancellationToken);
            raised.DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1); // yesterday in Shanghai
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        await unit.ReloadAsync();
        await Expect(overdue).ToHaveTextAsync($"逾期 {overdueBefore + 1} 项");
        await BrowserApp.ScreenshotAsync(unit, "85-rectification-workbench-1366");
        await overdue.ClickAsync();
        await Expect(unit.GetByTestId("rectification-list")).ToContainTextAsync("补充各期培训签到表");
        await BrowserApp.ScreenshotAsync(unit, "86-rectification-list-1366");
        await unit.GotoAsync(item);
        var attachments = unit.GetByTestId("attachments");
        await unit.GetByLabel("添加附件", new() { Exact = false }).SetInputFilesAsync(new FilePayload
        {
            Name = "培训签到表.pdf",
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[1024]],
        });
        await attachments.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(attachments.GetByRole(AriaRole.Link, new() { Name = "培训签到表.pdf" })).ToBeVisibleAsync();
        await AnswerAsync(unit, "已补充第一期培训签到表。");

        // The reviewer finds it insufficient: 重新整改 with a reason.
        await reviewer.GotoAsync(item);
        await Expect(reviewer.GetByTestId("attachments")).ToContainTextAsync("培训签到表.pdf");
        await reviewer.GetByLabel("重新整改理由").FillAsync("仅补充了第一期，请补齐其余各期。");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "要求重新整改" }).ClickAsync();
        await Expect(reviewer.GetByTestId("rectification-state")).ToHaveTextAsync("待整改");

        // The unit answers again; the reviewer closes it; nothing is offered after 销号.
        await unit.GotoAsync(item);
        await Expect(unit.Locator("main")).ToContainTextAsync("仅补充了第一期，请补齐其余各期。");
        await AnswerAsync(unit, "已补齐全部四期培训签到表，人次按签到人数统计。");
        await BrowserApp.ScreenshotAsync(unit, "87-rectification-detail-1366");
        await reviewer.GotoAsync(item);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "销号" }).ClickAsync();
        await Expect(reviewer.GetByTestId("rectification-state")).ToHaveTextAsync("已销号");
        await unit.GotoAsync(item);
        await Expect(unit.GetByTestId("rectification-state")).ToHaveTextAsync("已销号");
        await Expect(unit.GetByRole(AriaRole.Button, new() { Name = "提交答复" })).ToHaveCountAsync(0);
    }
}
