using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Domain.Workflow;
using Jixiao.E2E.Pages;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.E2E;

/// <summary>
/// Issue 17's "done means" on the demo district, through the screens as its people use them (ADR-057..065): 区科委
/// declares its 部门整体 targets for a new year and finance approves; a 科创中心 project is declared, approved and
/// self-evaluated; 区科委 then 财政局 re-review its rows; finance draws a sample and assigns a 第三方评价; the evaluator
/// scores, reports and submits, finance accepts; the unit answers the rectification items and they are closed; the
/// project declared again next year shows finance last year's results and finance records its budget decision; a new
/// large project is refused without its 事前绩效评估 and goes through once it is filled. Screens at 1366×768 ("90-year-").
/// </summary>
public class ExtendedYearTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task TheExtendedYear_DepartmentTargets_SelfEvaluation_ReReview_Sample_Evaluation_Rectification_ResultsApplied_ExAnte()
    {
        var ct = TestContext.Current.CancellationToken;
        var kewei = await SignIn.AsAsync(app, "kewei");
        var finance = await SignIn.AsAsync(app, "finance");
        var unit = await SignIn.AsAsync(app, "kczx");
        var year = await NextYearAsync(ct);

        // 1. 区科委 declares its 部门整体 targets for a year it has none: copied from last year's, a duty added, submitted;
        //    finance approves.
        await kewei.GetByRole(AriaRole.Button, new() { Name = "评价与整改" }).ClickAsync();
        await kewei.GetByRole(AriaRole.Link, new() { Name = "部门整体", Exact = true }).ClickAsync();
        await kewei.GetByRole(AriaRole.Spinbutton, new() { Name = "年度" }).FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await kewei.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        await Expect(kewei.GetByTestId("department-form-missing")).ToBeVisibleAsync();
        await kewei.GetByRole(AriaRole.Button, new() { Name = $"复制{year - 1}年的部门整体支出绩效目标表" }).ClickAsync();
        await Expect(kewei.GetByTestId("editor-duties")).ToBeVisibleAsync();
        var duties = kewei.GetByTestId("editor-duty");
        var copied = await duties.CountAsync();
        await kewei.GetByRole(AriaRole.Button, new() { Name = "添加履职目标" }).ClickAsync();
        var n = copied + 1;
        await Expect(duties).ToHaveCountAsync(n);
        await kewei.GetByLabel($"第{n}行年度目标任务").FillAsync("开展科技政策宣讲，服务区内科技企业 200 家。");
        await kewei.GetByLabel($"第{n}行支出项目名称").FillAsync("科技政策宣讲");
        await kewei.GetByLabel($"第{n}行预算金额（万元）").FillAsync("12");
        await Expect(kewei.GetByTestId("editor-rollup")).ToContainTextAsync("年度履职目标合计");
        await new ProjectEditorPage(kewei).SaveAsync();
        await Expect(new ProjectEditorPage(kewei).SaveStatus).ToHaveTextAsync("已保存。");
        await BrowserApp.ScreenshotAsync(kewei, "90-year-1-department-editor-1366");
        await kewei.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        var departmentForm = kewei.Url;
        await new ProjectPage(kewei).SubmitAsync("所属项目将于年度预算编制时补齐。");
        await Expect(new ProjectPage(kewei).State).ToHaveTextAsync("已提交");
        await finance.GotoAsync(departmentForm);
        await new ProjectPage(finance).ActAsync("批复");
        await Expect(new ProjectPage(finance).State).ToHaveTextAsync("已批复");
        await kewei.GotoAsync($"{app.BaseUrl}/Departments?year={year}");
        await Expect(kewei.GetByTestId("department-form-state")).ToHaveTextAsync("已批复");
        await Expect(kewei.GetByTestId("department-duties").Locator("tbody tr").Filter(new() { HasText = "科技政策宣讲" })).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(kewei, "90-year-1-department-approved-1366");

        // 2. A 科创中心 project of the current year goes through (提交 → 通过 → 批复); the unit fills and submits its 自评,
        //    区科委 confirms it.
        var (projectId, projectName, targets) = await DraftOfInnovationCentreAsync(year - 1, ct);
        var projectUrl = $"{app.BaseUrl}/Projects/{projectId}";
        await unit.GotoAsync(projectUrl);
        // The live review names the rows without a target (an error): the clerk fills them in the editor first.
        var targetless = targets.Select((t, i) => (t, i)).Where(x => string.IsNullOrWhiteSpace(x.t)).Select(x => x.i).ToList();
        if (targetless.Count > 0)
        {
            await unit.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
            foreach (var i in targetless)
            {
                await unit.GetByLabel($"第{i + 1}行指标值").FillAsync("≥99.00(%)");
                targets[i] = "99%";
            }
            await new ProjectEditorPage(unit).SaveAsync();
            await Expect(new ProjectEditorPage(unit).SaveStatus).ToHaveTextAsync("已保存。");
            await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        }
        await new ProjectPage(unit).SubmitAsync("已逐条核实。");
        await Expect(new ProjectPage(unit).State).ToHaveTextAsync("已提交");
        await kewei.GotoAsync(projectUrl);
        await new ProjectPage(kewei).ActAsync("通过");
        await Expect(new ProjectPage(kewei).State).ToHaveTextAsync("财政审核");
        await finance.GotoAsync(projectUrl);
        await new ProjectPage(finance).ActAsync("批复");
        await Expect(new ProjectPage(finance).State).ToHaveTextAsync("已批复");

        var evaluation = new SelfEvaluationPage(unit, app.BaseUrl);
        await evaluation.GotoListAsync();
        await evaluation.StartAsync(projectId);
        await Expect(evaluation.State).ToHaveTextAsync("草稿");
        await unit.GetByLabel("其中：当年财政拨款 全年预算数").FillAsync("100000");
        await unit.GetByLabel("其中：当年财政拨款 全年执行数").FillAsync("95000");
        var rows = unit.GetByTestId("indicator-row");
        // Every target met: a figure where the target is one, the words of a qualitative target otherwise.
        for (var i = 0; i < targets.Count; i++)
        {
            var figure = Regex.Match(targets[i], @"\d+(\.\d+)?");
            await rows.Nth(i).Locator("[data-field=actualText]").FillAsync(figure.Success ? figure.Value : targets[i]);
        }
        await unit.GetByLabel("我已阅读全部警告").CheckAsync();
        await unit.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();
        await Expect(evaluation.State).ToHaveTextAsync("已提交");
        var selfEvaluationUrl = unit.Url.Split('?')[0];
        await BrowserApp.ScreenshotAsync(unit, "90-year-2-self-evaluation-submitted-1366");
        await kewei.GotoAsync(selfEvaluationUrl);
        await kewei.GetByRole(AriaRole.Button, new() { Name = "开始审核" }).ClickAsync();
        await kewei.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
        await Expect(new SelfEvaluationPage(kewei, app.BaseUrl).State).ToHaveTextAsync("已确认");

        // 3. 复核: 区科委 re-scores a row with its reason and passes it on; 财政局 re-scores another and confirms. The
        //    self, department, finance and final scores stand side by side, the differences flagged.
        await kewei.GetByTestId("re-review-link").ClickAsync();
        var deptSheet = new ReReviewSheetPage(kewei);
        await Expect(deptSheet.State).ToHaveTextAsync("尚未复核");
        await deptSheet.ReScoreAsync(0, "0", "未提供宣讲签到台账，不得分。");
        await kewei.GetByRole(AriaRole.Button, new() { Name = "主管部门复核完成" }).ClickAsync();
        await Expect(deptSheet.State).ToHaveTextAsync("财政审核");
        var sheetUrl = kewei.Url.Split('?')[0];
        await finance.GotoAsync(sheetUrl);
        var sheet = new ReReviewSheetPage(finance);
        await sheet.ReScoreAsync(1, "0", "抽查合同与验收单不符，不得分。");
        await Expect(sheet.Rows.Nth(0)).ToContainTextAsync("未提供宣讲签到台账，不得分。");
        await Expect(sheet.Rows.Nth(1)).ToContainTextAsync("抽查合同与验收单不符，不得分。");
        await Expect(sheet.Rows.Nth(0).GetByText("差异较大")).ToBeVisibleAsync();
        await Expect(sheet.Rows.Nth(1).GetByText("差异较大")).ToBeVisibleAsync();
        await Expect(sheet.FinalTotal).Not.ToHaveTextAsync(await sheet.SelfTotal.TextContentAsync() ?? "");
        await BrowserApp.ScreenshotAsync(finance, "90-year-3-rereview-side-by-side-1366");
        await finance.GetByRole(AriaRole.Button, new() { Name = "完成复核" }).ClickAsync();
        await Expect(sheet.State).ToHaveTextAsync("已确认");
        // Each flagged row became a 整改事项 of the unit, listed under the sheet.
        var raised = finance.Locator("ul a[href^='/Rectifications/']");
        await Expect(raised).ToHaveCountAsync(2);
        var items = new List<string>(await raised.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));

        // 4. 抽评: finance draws a stated share of the last evaluated year with a seed (shown with the draw), then assigns
        //    the project's 第三方评价 to the district's evaluation firm with a deadline.
        await finance.GotoAsync(app.BaseUrl + "/ReReviews");
        await finance.GetByTestId("sample-link").ClickAsync();
        await finance.GetByLabel("年度").FillAsync((year - 2).ToString(CultureInfo.InvariantCulture));
        await finance.GetByLabel("抽评比例（%）").FillAsync("30");
        await finance.GetByLabel("随机种子（可留空）").FillAsync("2017");
        await finance.GetByRole(AriaRole.Button, new() { Name = "抽取" }).ClickAsync();
        await Expect(finance.GetByTestId("draw-seed")).ToHaveTextAsync("2017");
        await Expect(finance.GetByTestId("drawn-row").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(finance, "90-year-4-sample-drawn-1366");

        await finance.GotoAsync(app.BaseUrl + "/Evaluations");
        var assign = finance.GetByTestId("assign-form");
        var projectList = assign.GetByLabel("项目（绩效目标已批复）");
        var option = projectList.Locator("option").Filter(new() { HasText = $"{projectName}（{year - 1} 年）" });
        await projectList.SelectOptionAsync(await option.GetAttributeAsync("value") ?? "");
        await assign.GetByLabel("第三方评价机构").SelectOptionAsync(new SelectOptionValue { Label = "上海松江绩效评价咨询有限公司" });
        var today = DateOnly.ParseExact(await assign.GetByLabel("完成期限").GetAttributeAsync("min") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var deadline = today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await assign.GetByLabel("完成期限").FillAsync(deadline);
        await BrowserApp.ScreenshotAsync(finance, "90-year-4-evaluation-assign-1366");
        await assign.GetByRole(AriaRole.Button, new() { Name = "分派" }).ClickAsync();
        await Expect(finance.GetByTestId("evaluation-state")).ToHaveTextAsync("评价中");
        await Expect(finance.GetByRole(AriaRole.Table, new() { Name = "评价基本信息" })).ToContainTextAsync(deadline);
        var evaluationUrl = finance.Url.Split('?')[0];

        // 5. The evaluator scores every dimension of the framework (one with a finding), uploads its report and submits;
        //    finance accepts.
        var evaluator = await SignIn.AsAsync(app, "pjjg");
        await evaluator.GotoAsync(evaluationUrl);
        await Expect(evaluator.GetByTestId("evaluation-state")).ToHaveTextAsync("评价中");
        var scores = evaluator.GetByTestId("evaluation-sheet").Locator("input[type=number]");
        var dimensions = await scores.CountAsync();
        for (var i = 0; i < dimensions; i++)
        {
            var weight = decimal.Parse(await scores.Nth(i).GetAttributeAsync("max") ?? "0", CultureInfo.InvariantCulture);
            await scores.Nth(i).FillAsync((weight * 0.8m).ToString("0.##", CultureInfo.InvariantCulture));
        }
        var finding = "宣讲签到台账不全，服务企业数无法核实。";
        await evaluator.GetByTestId("evaluation-sheet").Locator("textarea").First.FillAsync(finding);
        await evaluator.GetByLabel("评价结论").FillAsync("项目基本完成年度绩效目标，建议健全过程台账。");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Expect(evaluator.GetByRole(AriaRole.Status).First).ToContainTextAsync("已保存");
        await Expect(evaluator.GetByTestId("evaluation-total")).ToHaveTextAsync(new Regex(@"^\d+\.\d\d$"));
        await evaluator.GetByLabel("选择文件（PDF、Word 等）").SetInputFilesAsync(new FilePayload
        {
            Name = "重点绩效评价报告.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n% 重点绩效评价报告\n"u8.ToArray(),
        });
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "上传报告" }).ClickAsync();
        await Expect(evaluator.GetByTestId("evaluation-report")).ToContainTextAsync("重点绩效评价报告.pdf");
        await BrowserApp.ScreenshotAsync(evaluator, "90-year-5-evaluation-scored-1366");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Expect(evaluator.GetByTestId("evaluation-state")).ToHaveTextAsync("待验收");
        await finance.GotoAsync(evaluationUrl);
        await finance.GetByRole(AriaRole.Button, new() { Name = "验收通过" }).ClickAsync();
        await Expect(finance.GetByTestId("evaluation-state")).ToHaveTextAsync("已验收");
        await Expect(finance.GetByTestId("evaluation-rectifications")).ToContainTextAsync(finding);
        items.AddRange(await finance.GetByTestId("evaluation-rectifications").Locator("a")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await BrowserApp.ScreenshotAsync(finance, "90-year-5-evaluation-accepted-1366");

        // 6. The rectification items raised by the evaluation and by the 复核 are answered by the unit and closed (销号).
        foreach (var item in items)
        {
            await unit.GotoAsync(app.BaseUrl + item);
            await unit.Locator("#answer").FillAsync("已补齐宣讲签到台账并按季度归档，附服务企业名单。");
            await unit.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
            await Expect(unit.GetByTestId("rectification-state")).ToHaveTextAsync("已答复");
            await kewei.GotoAsync(app.BaseUrl + item);
            await kewei.GetByRole(AriaRole.Button, new() { Name = "销号" }).ClickAsync();
            await Expect(kewei.GetByTestId("rectification-state")).ToHaveTextAsync("已销号");
        }
        await BrowserApp.ScreenshotAsync(kewei, "90-year-6-rectification-closed-1366");

        // 7. Next year's declaration of the project (复制) reaches finance with last year's results beside it; finance
        //    does not take the suggestion and records its own amount with a reason.
        await unit.GotoAsync(projectUrl);
        await unit.GetByRole(AriaRole.Button, new() { Name = $"复制为 {year} 年度项目" }).ClickAsync();
        await Expect(unit).ToHaveURLAsync(new Regex("/Edit$"));
        await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        var nextUrl = unit.Url;
        await new ProjectPage(unit).SubmitAsync("延续上年项目，已按上年整改意见完善台账。");
        await Expect(new ProjectPage(unit).State).ToHaveTextAsync("已提交");
        await kewei.GotoAsync(nextUrl);
        await new ProjectPage(kewei).ActAsync("通过");
        await Expect(new ProjectPage(kewei).State).ToHaveTextAsync("财政审核");
        await finance.GotoAsync(nextUrl);
        await Expect(finance.GetByTestId("last-year-panel")).ToBeVisibleAsync();
        await Expect(finance.GetByTestId("last-self-score")).ToHaveTextAsync(new Regex(@"^\d+(\.\d+)?$"));
        await Expect(finance.GetByTestId("last-rereview-score")).ToHaveTextAsync(new Regex(@"^\d+(\.\d+)?$"));
        await Expect(finance.GetByTestId("last-evaluation-score")).ToHaveTextAsync(await EvaluationScoreAsync(projectId, ct));
        await Expect(finance.GetByTestId("last-grade")).ToContainTextAsync("重点绩效评价");
        await Expect(finance.GetByTestId("last-open-rectifications")).ToHaveTextAsync("0 项");
        await Expect(finance.GetByTestId("budget-suggestion")).ToContainTextAsync("建议预算");
        await BrowserApp.ScreenshotAsync(finance, "90-year-7-last-year-results-1366");
        await finance.GetByLabel("财政确定金额（元，不采纳建议时填写）").FillAsync("90000");
        await finance.GetByLabel("理由（不采纳建议时必填）").FillAsync("宣讲场次压减两场，按实际需要安排。");
        await finance.GetByRole(AriaRole.Button, new() { Name = "不采纳，按填写金额" }).ClickAsync();
        await Expect(finance.GetByTestId("budget-decision")).ToContainTextAsync("财政确定：不采纳建议，预算 90,000.00 元（理由：宣讲场次压减两场，按实际需要安排。）");

        // 8. A new large project (its amount above the 事前绩效评估 threshold) is refused in Chinese without its
        //    assessment, and goes through once the assessment and its report are in.
        var threshold = await ThresholdYuanAsync();
        var wan = (threshold * 1.2m / 10000m).ToString("0.##", CultureInfo.InvariantCulture) + "万";
        await unit.GotoAsync(app.BaseUrl + "/Projects/New");
        await unit.GetByLabel("项目名称").FillAsync("科技企业孵化载体建设");
        await unit.GetByLabel("预算年度").FillAsync(year.ToString(CultureInfo.InvariantCulture));
        await unit.GetByRole(AriaRole.Button, new() { Name = "创建并编辑" }).ClickAsync();
        var editor = new ProjectEditorPage(unit);
        await editor.Field("项目性质", "其他经常性项目");
        await editor.Field("项目类别", "特定目标类");
        foreach (var field in new[] { "项目资金总额", "其中：财政资金", "年度资金申请总额", "其中：当年财政拨款" }) await editor.Field(field, wan);
        await editor.Field("上年结转资金", "0");
        await editor.Field("年度总体目标", "新建科技企业孵化载体 2 个，入驻企业不少于 40 家，入驻企业满意度不低于 90%。");
        await editor.AddRowAsync("产出指标", "数量指标", "新建孵化载体数", "≥2(个)");
        await editor.AddRowAsync("效益指标", "社会效益指标", "入驻企业数", "≥40(家)");
        await editor.AddRowAsync("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%");
        await editor.SaveAsync();
        await Expect(editor.SaveStatus).ToHaveTextAsync("已保存。");
        await unit.GetByRole(AriaRole.Link, new() { Name = "返回" }).ClickAsync();
        var largeUrl = unit.Url;
        var large = new ProjectPage(unit);
        await large.SubmitAsync("成本指标在批复前补充。");
        await Expect(large.Message).ToContainTextAsync("须先完成事前绩效评估再提交");
        await Expect(large.State).ToHaveTextAsync("草稿");
        await BrowserApp.ScreenshotAsync(unit, "90-year-8-exante-refused-1366");

        await unit.GetByLabel("添加附件", new() { Exact = false }).SetInputFilesAsync(new FilePayload
        {
            Name = "孵化载体事前绩效评估报告.pdf",
            MimeType = "application/pdf",
            Buffer = [.. "%PDF-1.4\n"u8.ToArray(), .. new byte[1024]],
        });
        await unit.GetByTestId("attachments").GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await Expect(unit.GetByTestId("attachments").GetByRole(AriaRole.Link, new() { Name = "孵化载体事前绩效评估报告.pdf" })).ToBeVisibleAsync();
        await unit.GetByTestId("exante-link").ClickAsync();
        foreach (var aspect in new[] { "立项必要性", "投入经济性", "绩效目标合理性", "实施方案可行性", "筹资合规性" })
        {
            await unit.GetByLabel($"{aspect}得分").FillAsync("18");
            await unit.GetByLabel($"{aspect}评估理由").FillAsync("经专家论证，依据充分。");
        }
        await unit.GetByLabel("评估结论").SelectOptionAsync("予以支持");
        await unit.GetByLabel("评估报告").SelectOptionAsync("孵化载体事前绩效评估报告.pdf");
        await unit.GetByLabel("评估意见").FillAsync("建议分期建设，按入驻率拨付运营经费。");
        await unit.GetByRole(AriaRole.Button, new() { Name = "保存事前绩效评估" }).ClickAsync();
        await Expect(unit.GetByTestId("action-message")).ToHaveTextAsync("已保存事前绩效评估。");
        await Expect(unit.GetByTestId("exante-problems")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(unit, "90-year-8-exante-filled-1366");
        await unit.GotoAsync(largeUrl);
        await large.SubmitAsync("成本指标在批复前补充。");
        await Expect(large.State).ToHaveTextAsync("已提交");
        await BrowserApp.ScreenshotAsync(unit, "90-year-8-large-project-submitted-1366");
    }

    // The year after the demo's latest declarations: a year 区科委 has no 部门整体 form for.
    private async Task<int> NextYearAsync(CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.Projects.MaxAsync(p => p.Year, ct) + 1;
    }

    // A 科创中心 declaration of the year still in draft (the demo's), with its indicators' targets in order.
    private async Task<(Guid Id, string Name, List<string> Targets)> DraftOfInnovationCentreAsync(int year, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var version = await db.DeclarationVersions.Include(v => v.Project)
            .Where(v => v.State == FormState.Draft && v.Project!.Unit!.Name == DemoOrganizations.InnovationCentre && v.Project.Year == year
                        && v.Project.CopiedFromId == null)
            .OrderBy(v => v.Project!.Name).FirstAsync(ct);
        var declared = ProjectService.ToDomain(version);
        return (version.ProjectId, version.Project!.Name, declared.Indicators.Select(i => i.Target.OriginalText).ToList());
    }

    private async Task<string> EvaluationScoreAsync(Guid projectId, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var score = await db.ExternalEvaluations.Where(e => e.ProjectId == projectId).Select(e => e.TotalScore).SingleAsync(ct);
        return score!.Value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private async Task<decimal> ThresholdYuanAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<ExAnteAssessments>().ThresholdYuan;
    }
}
