using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain.ReReview;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// 复核 in a real browser (ADR-058, ADR-063): 区科委 re-scores a row of a 2023 自评表 with a reason and passes it on; 财政局
/// re-scores another row, sees 自评/主管部门/财政/最终得分 side by side with the differences flagged, and confirms; the list
/// shows it confirmed and exports the 复核表.
/// </summary>
public class ReReviewFlowTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    /// <summary>A 2023 自评表 of 科创中心 nobody has re-reviewed yet in the demo.</summary>
    private async Task<Guid> FreeSelfEvaluationAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.SelfEvaluations.Where(e => e.Project!.Year == 2023 && e.Project.Unit!.Name == DemoOrganizations.InnovationCentre
                && !db.ReReviews.Any(r => r.SelfEvaluationId == e.Id))
            .OrderBy(e => e.Project!.Name).Select(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Department_ThenFinance_ReScoreRows_SideBySide_AndFinanceConfirms()
    {
        var id = await FreeSelfEvaluationAsync();
        var kewei = await SignIn.AsAsync(app, "kewei");
        await kewei.GotoAsync($"{app.BaseUrl}/SelfEvaluations/{id}");
        await kewei.GetByTestId("re-review-link").ClickAsync();
        await Expect(kewei.GetByTestId("re-review-state")).ToHaveTextAsync("尚未复核");
        await new ReReviewSheetPage(kewei).ReScoreAsync(0, "0", "未提供服务台账，不得分。");
        await Expect(kewei.GetByTestId("re-review-state")).ToHaveTextAsync("主管部门审核");
        await kewei.GetByRole(AriaRole.Button, new() { Name = "主管部门复核完成" }).ClickAsync();
        await Expect(kewei.GetByTestId("re-review-state")).ToHaveTextAsync("财政审核");
        var sheetUrl = kewei.Url.Split('?')[0];

        var finance = await SignIn.AsAsync(app, "finance");
        await finance.GotoAsync(sheetUrl);
        await new ReReviewSheetPage(finance).ReScoreAsync(1, "0", "抽查合同与验收单不符，不得分。");
        var rows = finance.GetByTestId("re-review-row");
        // Row 1: the department's score and reason; row 2: finance's; both final, both flagged against the self score.
        await Expect(rows.Nth(0)).ToContainTextAsync("未提供服务台账，不得分。");
        await Expect(rows.Nth(1)).ToContainTextAsync("抽查合同与验收单不符，不得分。");
        await Expect(rows.Nth(0)).ToHaveClassAsync(new Regex("table-warning"));
        await Expect(rows.Nth(1)).ToHaveClassAsync(new Regex("table-warning"));
        await Expect(rows.Nth(0).GetByText("差异较大")).ToBeVisibleAsync();
        await Expect(finance.GetByTestId("final-total")).Not.ToHaveTextAsync(await finance.GetByTestId("self-total").TextContentAsync() ?? "");
        await Expect(finance.GetByTestId("export-pdf")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(finance, "80-rereview-sheet-1366");

        await finance.GetByRole(AriaRole.Button, new() { Name = "完成复核" }).ClickAsync();
        await Expect(finance.GetByTestId("re-review-state")).ToHaveTextAsync("已确认");
        await Expect(finance.Locator("input[name=score]")).ToHaveCountAsync(0); // locked: nothing left to re-score

        var pdf = await finance.APIRequest.GetAsync(app.BaseUrl + await finance.GetByTestId("export-pdf").GetAttributeAsync("href"));
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);

        await finance.GotoAsync(app.BaseUrl + "/ReReviews?year=2023&state=Confirmed");
        await Expect(finance.GetByTestId("re-review-list-row").Filter(new() { HasText = "已确认" }).First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(finance, "81-rereview-list-1366");
    }
}

/// <summary>
/// 抽评 in a real browser: finance states a percentage and a seed, the draw is recorded with the seed shown, the drawn
/// projects are listed with their amounts and open for 财政复核; the same candidates, percentage and seed draw the same
/// projects again (the audit check).
/// </summary>
public class SampleDrawTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_DrawsAStatedPercentageWithASeed_Reproducibly_AndStartsTheReReview()
    {
        var finance = await SignIn.AsAsync(app, "finance");
        await finance.GotoAsync(app.BaseUrl + "/ReReviews");
        await finance.GetByTestId("sample-link").ClickAsync();
        await finance.GetByLabel("年度").FillAsync("2023");
        await finance.GetByLabel("抽评比例（%）").FillAsync("50");
        await finance.GetByLabel("随机种子（可留空）").FillAsync("77001");
        await finance.GetByRole(AriaRole.Button, new() { Name = "抽取" }).ClickAsync();
        await Expect(finance.GetByTestId("draw-seed")).ToHaveTextAsync("77001");
        var shown = await finance.GetByTestId("drawn-row").AllAsync();
        Assert.NotEmpty(shown);
        await Expect(finance.GetByTestId("drawn-row").First).ToContainTextAsync(new Regex(@"\d{1,3}(,\d{3})*\.\d{2}")); // the amount
        await BrowserApp.ScreenshotAsync(finance, "82-rereview-draw-1366");

        // Reproducible: the recorded candidates, percentage and seed give the same projects, in the order shown.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var draw = await db.SampleDraws.Where(d => d.Seed == 77001).SingleAsync(TestContext.Current.CancellationToken);
            var candidates = await (from e in db.SelfEvaluations
                                    join p in db.Projects on e.ProjectId equals p.Id
                                    where p.Year == 2023 && (e.State == FormState.Confirmed || e.State == FormState.Imported)
                                          && (!db.ReReviews.Any(r => r.SelfEvaluationId == e.Id) || db.ReReviews.Any(r => r.SelfEvaluationId == e.Id && r.SampleDrawId == draw.Id))
                                    select new { e.Id, p.FundsTotalYuan, p.Name }).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(draw.CandidateCount, candidates.Count);
            var again = SampleDraw.Draw(candidates.Select(c => new SampleCandidate(c.Id, c.FundsTotalYuan)).ToList(), 50m, 77001);
            var names = again.Drawn.Select(id => candidates.Single(c => c.Id == id).Name).ToList();
            Assert.Equal(names.Count, shown.Count);
            for (var i = 0; i < names.Count; i++) await Expect(shown[i]).ToContainTextAsync(names[i]);
        }

        await finance.GetByTestId("drawn-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(finance.GetByTestId("re-review-state")).ToHaveTextAsync("财政审核");
        await Expect(finance.Locator("input[name=score]").First).ToBeVisibleAsync();
    }
}
