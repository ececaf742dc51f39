using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Jixiao.Web.Services.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// 重点绩效评价 (ADR-059): finance assigns, the 第三方评价机构 scores, attaches its report and submits, finance returns with a
/// reason or accepts; the evaluator sees only what is assigned to it; stale edits, edits after acceptance and direct
/// writes to an accepted row are refused; every step is audited; the accepted score and grade reach the results seam.
/// </summary>
public abstract partial class ExternalEvaluationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string[] Dimensions = ["项目决策", "项目管理", "项目产出", "项目效益"];

    private async Task<JsonElement[]> ListAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/v1/evaluations", Ct)).RootElement.EnumerateArray().ToArray();

    private async Task<Guid> ProjectOfAsync(string unit, int skip = 0)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.Projects.Where(p => p.Unit!.Name == unit)
            .OrderBy(p => p.Name).Select(p => p.Id).Skip(skip).FirstAsync(Ct);
    }

    private async Task<int> AgencyAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        if (await db.Organizations.SingleOrDefaultAsync(o => o.Name == name, Ct) is { } found) return found.Id;
        var org = new Organization { Name = name, Kind = OrgKind.EvaluationAgency, ParentId = 1 };
        db.Organizations.Add(org);
        await db.SaveChangesAsync(Ct);
        org.Path = $"/1/{org.Id}/";
        await db.SaveChangesAsync(Ct);
        return org.Id;
    }

    private async Task<Guid> AssignAsync(HttpClient finance, Guid projectId, int agency)
    {
        var response = await finance.PostAsJsonAsync("/api/v1/evaluations",
            new { projectId, evaluatorOrgId = agency, deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20)) }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<Guid> StampAsync(HttpClient client, Guid id) =>
        JsonDocument.Parse(await client.GetStringAsync($"/api/v1/evaluations/{id}", Ct)).RootElement.GetProperty("concurrencyStamp").GetGuid();

    private static object Sheet(Guid stamp, decimal benefit = 30m) => new
    {
        scores = new object[]
        {
            new { dimension = "项目决策", score = 9m, finding = (string?)null },
            new { dimension = "项目管理", score = 20m, finding = "资金拨付滞后，未按合同节点支付。" },
            new { dimension = "项目产出", score = 27m, finding = (string?)null },
            new { dimension = "项目效益", score = benefit, finding = (string?)null },
        },
        conclusion = "项目总体完成年度目标，资金管理有待加强。",
        concurrencyStamp = stamp,
    };

    [Fact]
    public async Task Demo_EvaluatorSeesOnlyWhatIsAssignedToIt()
    {
        var evaluator = await app.LoginAsync("pjjg");
        var finance = await app.LoginAsync("finance");
        var listed = await ListAsync(evaluator);
        Assert.All(listed, e => Assert.Equal(DemoOrganizations.EvaluationAgency, e.GetProperty("evaluatorName").GetString()));
        var demo = Assert.Single(listed, e => e.GetProperty("unitName").GetString() == DemoOrganizations.BigDataCentre);
        Assert.Equal("评价中", demo.GetProperty("stateName").GetString());

        // An evaluation assigned to another agency: the demo evaluator gets exactly what a random id gets.
        var other = await AssignAsync(finance, await ProjectOfAsync(DemoOrganizations.InnovationCentre, skip: 1), await AgencyAsync("另一家评价机构"));
        var foreign = await evaluator.GetAsync($"/api/v1/evaluations/{other}", Ct);
        var random = await evaluator.GetAsync($"/api/v1/evaluations/{Guid.NewGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(random.StatusCode, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"/Evaluations/{other}", Ct)).StatusCode);
        Assert.DoesNotContain(await ListAsync(evaluator), e => e.GetProperty("id").GetGuid() == other);
        Assert.Equal(HttpStatusCode.OK, (await evaluator.GetAsync($"/Evaluations/{demo.GetProperty("id").GetGuid()}", Ct)).StatusCode);

        // Nothing of the tree: no project, no form list, no other area's page.
        Assert.Empty(JsonDocument.Parse(await evaluator.GetStringAsync("/api/v1/projects", Ct)).RootElement.EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"/api/v1/projects/{demo.GetProperty("projectId").GetGuid()}", Ct)).StatusCode);

        // The evaluated unit follows it read-only; another unit does not see it; units and departments have no page for it.
        var dsj = await app.LoginAsync("dsj");
        var kczx = await app.LoginAsync("kczx");
        Assert.Equal(HttpStatusCode.OK, (await dsj.GetAsync($"/api/v1/evaluations/{demo.GetProperty("id").GetGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kczx.GetAsync($"/api/v1/evaluations/{demo.GetProperty("id").GetGuid()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await kczx.GetAsync("/Evaluations", Ct)).StatusCode); // to the access-denied page
        var refused = await dsj.PutAsJsonAsync($"/api/v1/evaluations/{demo.GetProperty("id").GetGuid()}", Sheet(await StampAsync(dsj, demo.GetProperty("id").GetGuid())), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("只有受托的第三方评价机构可以填写评价", await refused.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Cycle_AssignScoreReportSubmitReturnAccept_AuditedAndLocked()
    {
        var finance = await app.LoginAsync("finance");
        var evaluator = await app.LoginAsync("pjjg");
        var id = await AssignAsync(finance, await ProjectOfAsync(DemoOrganizations.InnovationCentre), await AgencyAsync(DemoOrganizations.EvaluationAgency));

        // A second assignment of the same project while this one is open is refused.
        var again = await finance.PostAsJsonAsync("/api/v1/evaluations", new
        {
            projectId = await ProjectOfAsync(DemoOrganizations.InnovationCentre),
            evaluatorOrgId = await AgencyAsync(DemoOrganizations.EvaluationAgency),
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5))
        }, Ct);
        Assert.Contains("不能重复分派", await again.Content.ReadAsStringAsync(Ct));

        var read = await StampAsync(evaluator, id);
        Assert.Equal(HttpStatusCode.NoContent, (await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{id}", Sheet(read), Ct)).StatusCode);

        // The stamp read before that save is stale now: refused in Chinese, nothing written.
        var stale = await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{id}", Sheet(read, benefit: 10m), Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("保存冲突", await stale.Content.ReadAsStringAsync(Ct));
        var detail = JsonDocument.Parse(await evaluator.GetStringAsync($"/api/v1/evaluations/{id}", Ct)).RootElement;
        Assert.Equal(86m, detail.GetProperty("totalScore").GetDecimal());
        Assert.Equal("良", detail.GetProperty("grade").GetString());

        // A score above its weight is refused naming the dimension.
        var over = await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{id}", Sheet(await StampAsync(evaluator, id), benefit: 36m), Ct);
        Assert.Contains("“项目效益”得分应在 0 到 35 分之间", await over.Content.ReadAsStringAsync(Ct));

        // No report yet: submission refused.
        var early = await evaluator.PostAsJsonAsync($"/api/v1/evaluations/{id}/submit", Sheet(await StampAsync(evaluator, id)), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("请上传评价报告", await early.Content.ReadAsStringAsync(Ct));

        await UploadReportAsync(evaluator, id);
        var report = await evaluator.GetAsync($"/api/v1/evaluations/{id}/report", Ct);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await report.Content.ReadAsByteArrayAsync(Ct))[..4]);

        Assert.Equal(HttpStatusCode.NoContent, (await evaluator.PostAsJsonAsync($"/api/v1/evaluations/{id}/submit", Sheet(await StampAsync(evaluator, id)), Ct)).StatusCode);

        // Finance: a return needs a reason; then the evaluator resubmits and finance accepts.
        var noReason = await finance.PostAsJsonAsync($"/api/v1/evaluations/{id}/decision", new { accept = false, concurrencyStamp = await StampAsync(finance, id) }, Ct);
        Assert.Contains("退回时请填写退回原因。", await noReason.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await finance.PostAsJsonAsync($"/api/v1/evaluations/{id}/decision",
            new { accept = false, reason = "项目管理扣分依据不足，请补充。", concurrencyStamp = await StampAsync(finance, id) }, Ct)).StatusCode);
        Assert.Contains("项目管理扣分依据不足", await evaluator.GetStringAsync($"/Evaluations/{id}", Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await evaluator.PostAsJsonAsync($"/api/v1/evaluations/{id}/submit", Sheet(await StampAsync(evaluator, id)), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await finance.PostAsJsonAsync($"/api/v1/evaluations/{id}/decision",
            new { accept = true, concurrencyStamp = await StampAsync(finance, id) }, Ct)).StatusCode);

        // Accepted: locked for everyone, in the service and in the store.
        var late = await evaluator.PutAsJsonAsync($"/api/v1/evaluations/{id}", Sheet(await StampAsync(evaluator, id)), Ct);
        Assert.Contains("状态为“已验收”的评价不能修改。", await late.Content.ReadAsStringAsync(Ct));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE \"ExternalEvaluations\" SET \"Content\" = 'x' WHERE \"Id\" = {0}", [id], Ct));
        Assert.True(ImmutabilityTriggerSql.IsRefusal(refused), refused.Message);

        var actions = await db.AuditEvents.Where(a => a.EntityType == ExternalEvaluationService.EntityType && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["Assign", "Update", "Attach", "Submit", "Return", "Submit", "Accept"], actions);

        // The seams: 结果应用 reads the accepted score and grade, 整改 the findings.
        var results = scope.ServiceProvider.GetRequiredService<EvaluationResults>();
        var projectId = await ProjectOfAsync(DemoOrganizations.InnovationCentre);
        var result = (await results.LatestAcceptedAsync([projectId], Ct))[projectId];
        Assert.Equal((86m, Domain.Scoring.Grade.Good), (result.Score, result.Grade));
        Assert.Equal([new Domain.Evaluation.EvaluationFinding("项目管理", "资金拨付滞后，未按合同节点支付。")], await results.FindingsAsync(id, Ct));

        // Accepted: its one finding became a 整改事项 of the project's unit, due in 60 days (Rectification:DueDays), linked back.
        var item = await db.RectificationItems.AsNoTracking().SingleAsync(i => i.SourceKind == Domain.Rectification.RectificationSourceKind.Evaluation
            && i.SourceReference == id.ToString(), Ct);
        var today = Services.DisplayTime.Today(app.Services.GetRequiredService<TimeProvider>());
        Assert.Equal((projectId, today.AddDays(60), "项目管理：资金拨付滞后，未按合同节点支付。"), (item.ProjectId!.Value, item.DueDate, item.SourceText));
        Assert.Equal(await db.Projects.Where(p => p.Id == projectId).Select(p => p.UnitId).SingleAsync(Ct), item.OwnerUnitId);
        Assert.Contains($"href=\"/Evaluations/{id}\" data-testid=\"rectification-source\">来源：重点绩效评价",
            await (await app.LoginAsync("kczx")).GetStringAsync($"/Rectifications/{item.Id}", Ct), StringComparison.Ordinal);
        // Raised once: the same findings again add nothing; a new one is added.
        var rectifications = scope.ServiceProvider.GetRequiredService<Services.ReReview.RectificationService>();
        Assert.Equal(0, await rectifications.StageFindingsAsync(Domain.Rectification.RectificationSourceKind.Evaluation, id.ToString(), item.OwnerUnitId,
            projectId, [(item.SourceText, "再次整改")], Ct));
        Assert.Equal(1, await rectifications.StageFindingsAsync(Domain.Rectification.RectificationSourceKind.Evaluation, id.ToString(), item.OwnerUnitId,
            projectId, [(item.SourceText, "再次整改"), ("项目效益：另一个问题。", "整改")], Ct));

        // The score sheet in the official layout, every format.
        foreach (var format in new[] { "xlsx", "docx", "pdf" })
        {
            var file = await finance.GetAsync($"/api/v1/evaluations/{id}/export?format={format}", Ct);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Contains("重点绩效评价评分表", Uri.UnescapeDataString(file.Content.Headers.ContentDisposition!.FileNameStar ?? file.Content.Headers.ContentDisposition.FileName!));
            Assert.True((await file.Content.ReadAsByteArrayAsync(Ct)).Length > 1000);
        }
    }

    /// <summary>Through the page, as the evaluator's browser does (antiforgery form token, multipart).</summary>
    private static async Task UploadReportAsync(HttpClient evaluator, Guid id)
    {
        var page = await evaluator.GetStringAsync($"/Evaluations/{id}", Ct);
        var token = TokenPattern().Match(page).Groups[1].Value;
        var stamp = StampPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(stamp), "ConcurrencyStamp" },
            { new ByteArrayContent("%PDF-1.4\n% 评价报告\n"u8.ToArray()), "report", "评价报告.pdf" },
        };
        var response = await evaluator.PostAsync($"/Evaluations/{id}?handler=Report", form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"ConcurrencyStamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();
}

public sealed class SqliteExternalEvaluationTests(SqliteApp app) : ExternalEvaluationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresExternalEvaluationTests(PostgresApp app) : ExternalEvaluationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
