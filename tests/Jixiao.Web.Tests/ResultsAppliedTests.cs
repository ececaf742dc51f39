using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Rectification;
using Jixiao.Domain.Scoring;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// 结果应用 fed by 复核, 重点评价 and 整改 (issue 17 item 5, ADR-060): beside next year's declaration finance reads last
/// year's self, re-review and evaluation results and the rectification items not yet 已销号; the grade that counts is the
/// evaluation's, else the re-review's, else the self-evaluation's; the finance list filters and sorts by it and by open
/// rectification items in SQL. The demo district's project declared again for 2024 carries one result of each stage.
/// </summary>
public abstract class ResultsAppliedTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    /// <summary>The demo's 2024 declaration copied from its evaluated 2023 project, and that project.</summary>
    private Task<(Guid Id, Guid LastId, decimal Requested)> DemoCopyAsync() => WithDbAsync(async db =>
    {
        var p = await db.Projects.Where(p => p.CopiedFromId != null && p.Versions.Any(v => v.Origin == VersionOrigin.CopiedFromPriorYear))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.CopiedFromId, p.FundsTotalYuan }).FirstAsync(Ct);
        return (p.Id, p.CopiedFromId!.Value, p.FundsTotalYuan);
    });

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?size=200&" + query, Ct)).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();

    /// <summary>The 上年等级 cell of the project's row in a list page.</summary>
    private static string ListedGrade(string html, Guid id) => Regex.Match(html,
        $"href=\"/Projects/{id}\">(?:(?!</tr>).)*?data-testid=\"last-grade\">([^<]*)<", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task Panel_ShowsEveryStageOfLastYear_TheGradeThatCountsIsTheEvaluations_AndTheRuleCutsForTheOpenItem()
    {
        var (id, lastId, requested) = await DemoCopyAsync();
        var (reReview, evaluation, item) = await WithDbAsync(async db => (
            await db.ReReviews.SingleAsync(r => r.ProjectId == lastId && r.State == FormState.Confirmed, Ct),
            await db.ExternalEvaluations.SingleAsync(e => e.ProjectId == lastId && e.State == FormState.Approved, Ct),
            await db.RectificationItems.SingleAsync(i => i.ProjectId == lastId && i.State != RectificationState.Closed, Ct)));
        Assert.NotEqual(reReview.FinalGrade, evaluation.Grade); // the demo makes the precedence visible

        var finance = await app.LoginAsync("finance");
        var page = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects/{id}", Ct));
        Assert.Contains("data-testid=\"last-self-score\">94<", page);
        Assert.Contains("data-testid=\"last-self-grade\">优<", page);
        Assert.Contains($"data-testid=\"last-rereview-score\">{reReview.FinalTotal:0.##}<", page);
        Assert.Contains($"data-testid=\"last-rereview-grade\">{reReview.FinalGrade.DisplayName()}<", page);
        Assert.Contains($"data-testid=\"last-evaluation-score\">{evaluation.TotalScore:0.##}<", page);
        Assert.Contains("data-testid=\"last-evaluation-grade\">中<", page);
        Assert.Contains("data-testid=\"last-grade\">中（重点绩效评价）<", page);
        Assert.Contains("data-testid=\"last-open-rectifications\">1 项<", page);
        Assert.Contains($"<a href=\"/Rectifications/{item.Id}\">{item.SourceText}</a>：{item.Requirement}（待整改，整改期限 {item.DueDate:yyyy-MM-dd}）", page);
        Assert.Contains($"href=\"/Evaluations/{evaluation.Id}\"", page);
        Assert.Contains($"href=\"/SelfEvaluations/{reReview.SelfEvaluationId}/ReReview\"", page);
        // 中 cuts nothing by default; the open item cuts 10 % — of this year's amount once it is filled in.
        Assert.Contains(requested > 0
            ? $"建议压减 10%，建议预算 {Domain.Money.MoneyText.Format(Math.Round(requested * 0.9m, 2, MidpointRounding.AwayFromZero))} 元（上年有 1 项整改未完成，压减 10%）。"
            : "建议压减 10%（上年有 1 项整改未完成，压减 10%）；本年申报金额尚未填写，填写后按此计算建议预算。", page);

        // The unit reads the same results; the evaluation's page is finance's and the evaluator's, so no link to it.
        var unit = WebUtility.HtmlDecode(await (await app.LoginAsync("kczx")).GetStringAsync($"/Projects/{id}", Ct));
        Assert.Contains("data-testid=\"last-grade\">中（重点绩效评价）<", unit);
        Assert.DoesNotContain("/Evaluations/", unit);

        var api = await finance.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/last-year", Ct);
        Assert.Equal(lastId, api.GetProperty("lastYearProjectId").GetGuid());
        Assert.Equal(reReview.FinalTotal, api.GetProperty("reReviewScore").GetDecimal());
        Assert.Equal(reReview.FinalGrade.DisplayName(), api.GetProperty("reReviewGrade").GetString());
        Assert.Equal(evaluation.TotalScore, api.GetProperty("evaluationScore").GetDecimal());
        Assert.Equal("中", api.GetProperty("grade").GetString());
        Assert.Equal("重点绩效评价", api.GetProperty("gradeBasis").GetString());
        Assert.Equal(1, api.GetProperty("openRectifications").GetInt32());
        var listed = Assert.Single(api.GetProperty("openRectificationItems").EnumerateArray());
        Assert.Equal((item.Id, "Open", "待整改"), (listed.GetProperty("id").GetGuid(), listed.GetProperty("state").GetString(), listed.GetProperty("stateName").GetString()));
        Assert.Equal(10m, api.GetProperty("suggestedCutPercent").GetDecimal());
    }

    [Fact]
    public async Task OpenRectifications_AnAnsweredItemIsStillOpen_AClosedOneIsNot_AndTheListFiltersAndSortsByThem()
    {
        var (id, lastId, _) = await DemoCopyAsync();
        var unitId = await WithDbAsync(db => db.Organizations.Where(o => o.Name == DemoOrganizations.InnovationCentre).Select(o => o.Id).SingleAsync(Ct));
        var kewei = await app.LoginAsync("kewei");
        var kczx = await app.LoginAsync("kczx");
        var finance = await app.LoginAsync("finance");
        async Task<Guid> Raise(Guid? projectId)
        {
            var raised = await kewei.PostAsJsonAsync("/api/v1/rectifications", new
            {
                sourceKind = "ReReview",
                sourceReference = "结果应用测试",
                sourceText = "培训签到表缺失",
                ownerUnitId = unitId,
                projectId,
                requirement = "补充培训签到表",
                dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20),
            }, Ct);
            Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
            return (await raised.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        }
        async Task<int> Open() => (await finance.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/last-year", Ct)).GetProperty("openRectifications").GetInt32();
        async Task Move(HttpClient c, Guid item, string action, string? text)
        {
            var stamp = (await c.GetFromJsonAsync<JsonElement>($"/api/v1/rectifications/{item}", Ct)).GetProperty("concurrencyStamp").GetGuid();
            Assert.Equal(HttpStatusCode.NoContent, (await c.PostAsJsonAsync($"/api/v1/rectifications/{item}/moves", new { action, text, concurrencyStamp = stamp }, Ct)).StatusCode);
        }

        var before = await Open();
        var extra = await Raise(lastId);
        Assert.Equal(before + 1, await Open());
        await Move(kczx, extra, "Answer", "已补充签到表");
        Assert.Equal(before + 1, await Open()); // answered, not yet accepted
        await Move(kewei, extra, "Close", null);
        Assert.Equal(before, await Open());
        // A department-level item (no project) belongs to no project: it must not match a project not copied from last year's.
        await Raise(null);

        var withOpen = await IdsAsync(finance, "year=2024&openRectifications=true");
        Assert.Equal([id], withOpen);
        Assert.Equal(id, (await IdsAsync(finance, "year=2024&sort=rectification"))[0]);
        var html = WebUtility.HtmlDecode(await finance.GetStringAsync("/Projects?year=2024&openRectifications=true", Ct));
        Assert.Contains($"href=\"/Projects/{id}\"", html);
        Assert.Matches("id=\"openRectifications\" name=\"openRectifications\" value=\"true\" checked", html);
        Assert.Contains("有未销号整改</label>", html);
        Assert.Contains("data-testid=\"last-open-rectifications\">1<", html);
        Assert.Contains("按上年未销号整改（多在前）", html);

        var refused = await finance.GetAsync("/api/v1/projects?openRectifications=maybe", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("“有未销号整改”应为 true 或 false", await refused.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task GradeThatCounts_InTheList_EvaluationOverReReview_ReReviewOverSelf_AndAnUngradedHistoryByItsTotal()
    {
        var (demo, _, _) = await DemoCopyAsync();
        // Two more projects declared again: one whose 2023 self-evaluation (优) was re-reviewed down to 差, one whose 2023
        // history was uploaded with its printed total (75) and no grade stored.
        var (reReviewed, history) = await WithDbAsync(async db =>
        {
            var selves = await db.SelfEvaluations.Include(e => e.Project)
                .Where(e => e.Project!.Unit!.Name == DemoOrganizations.InnovationCentre && e.Grade == Grade.Excellent
                    && !db.ReReviews.Any(r => r.SelfEvaluationId == e.Id) && !db.Projects.Any(p => p.CopiedFromId == e.ProjectId))
                .OrderBy(e => e.Project!.Name).ToListAsync(Ct);
            var graded = selves[0];
            db.ReReviews.Add(new ReReviewEntity(FormState.Confirmed)
            {
                Id = Guid.NewGuid(),
                SelfEvaluationId = graded.Id,
                ProjectId = graded.ProjectId,
                Content = "[]",
                FinalTotal = 55m,
                FinalGrade = Grade.Poor,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            // The uploaded history: a copy of another 2023 project with its self-evaluation, printed total 75, no grade.
            // (Any other self-evaluation of the unit serves: the demo's 复核 and 抽评 may have taken the other 优 ones.)
            var template = await db.SelfEvaluations.Include(e => e.Project)
                .Where(e => e.Project!.Unit!.Name == DemoOrganizations.InnovationCentre && e.Id != graded.Id)
                .OrderBy(e => e.Project!.Name).FirstAsync(Ct);
            var templateVersion = await db.DeclarationVersions.AsNoTracking().SingleAsync(v => v.Id == template.DeclarationVersionId, Ct);
            var history2023 = new ProjectEntity
            {
                Id = Guid.NewGuid(),
                UnitId = template.Project!.UnitId,
                Year = 2023,
                Name = "结果应用上年历史",
                TemplateId = template.Project.TemplateId,
                Form = template.Project.Form,
                FundsTotalYuan = template.Project.FundsTotalYuan,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            var historyVersion = new DeclarationVersion(FormState.Imported)
            {
                Id = Guid.NewGuid(),
                Number = 1,
                Origin = VersionOrigin.Imported,
                Content = templateVersion.Content,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
            };
            history2023.Versions.Add(historyVersion);
            db.Projects.Add(history2023);
            db.SelfEvaluations.Add(new SelfEvaluationEntity(FormState.Imported)
            {
                Id = Guid.NewGuid(),
                ProjectId = history2023.Id,
                DeclarationVersionId = historyVersion.Id,
                ProfileId = template.ProfileId,
                Content = template.Content,
                TotalScore = 75m,
                UpdatedAt = DateTimeOffset.UtcNow,
            });
            var old = history2023.Id;
            await db.SaveChangesAsync(Ct);
            var copies = await ListSeeding.AddCopiesAsync(app, DemoOrganizations.InnovationCentre, 2, "结果应用等级测试", 2024, FormState.FinanceReview);
            foreach (var (copy, source) in copies.Zip(new[] { graded.ProjectId, old }))
                (await db.Projects.SingleAsync(p => p.Id == copy, Ct)).CopiedFromId = source;
            await db.SaveChangesAsync(Ct);
            return (copies[0], copies[1]);
        });
        var finance = await app.LoginAsync("finance");

        // SQL (filter) and the page's column agree on each project's grade.
        Assert.Contains(demo, await IdsAsync(finance, "year=2024&lastGrade=Fair"));
        Assert.DoesNotContain(demo, await IdsAsync(finance, "year=2024&lastGrade=Excellent")); // its self grade
        Assert.DoesNotContain(demo, await IdsAsync(finance, "year=2024&lastGrade=Good")); // its re-review grade
        Assert.Equal([reReviewed], await IdsAsync(finance, "year=2024&lastGrade=Poor"));
        Assert.Contains(history, await IdsAsync(finance, "year=2024&lastGrade=Fair"));
        var html = WebUtility.HtmlDecode(await finance.GetStringAsync("/Projects?year=2024&sort=grade", Ct));
        Assert.Equal(("中", "差", "中"), (ListedGrade(html, demo), ListedGrade(html, reReviewed), ListedGrade(html, history)));

        // 差 first, then 中, then the projects without last year's grade.
        var sorted = await IdsAsync(finance, "year=2024&sort=grade");
        Assert.Equal(reReviewed, sorted[0]);
        Assert.Equal(new[] { demo, history }.Order(), sorted.Skip(1).Take(2).Order());
        // Every row in the order of the grade the page shows for it (差, 中, 良, 优, none): SQL and the sources agree.
        var ranks = sorted.Select(p => ListedGrade(html, p) is { Length: 1 } g ? "差中良优—".IndexOf(g, StringComparison.Ordinal) : -1).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
        // The sort pages by keyset in SQL: one row a page, every row once, in the same order.
        var paged = new List<Guid>();
        string? after = null;
        do
        {
            var response = await finance.GetAsync("/api/v1/projects?year=2024&sort=grade&size=1" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after)), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            paged.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
            after = response.Headers.TryGetValues("X-Next-Cursor", out var next) ? next.Single() : null;
        } while (after is not null);
        Assert.Equal(sorted, paged);

        var refused = await finance.GetAsync("/api/v1/projects?lastGrade=甲", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("不支持的上年绩效等级", await refused.Content.ReadAsStringAsync(Ct));
        // The rule reads the same grade: 差 from the re-review cuts 20 %.
        var api = await finance.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{reReviewed}/last-year", Ct);
        Assert.Equal(("差", "复核", 20m), (api.GetProperty("grade").GetString(), api.GetProperty("gradeBasis").GetString(), api.GetProperty("suggestedCutPercent").GetDecimal()));
    }
}

public sealed class SqliteResultsAppliedTests(SqliteApp app) : ResultsAppliedTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresResultsAppliedTests(PostgresApp app) : ResultsAppliedTests<PostgresApp>(app), IClassFixture<PostgresApp>;
