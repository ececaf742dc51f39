using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Templates;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// 部门整体自评 (ADR-065): a self-evaluation on the department's own 部门整体 target form, on the 部门整体绩效自评表, filled
/// in and submitted by the department's 主管部门审核人, confirmed or returned by 财政局, locked once confirmed; its
/// projects' self-scores rolled up beside its own. Units and other departments find it as they find a random id.
/// </summary>
public abstract class DepartmentSelfEvaluationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    private Task<int> DepartmentIdAsync(string name) =>
        WithDbAsync(db => db.Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync(Ct));

    /// <summary>The demo's 部门整体自评 of 区科委 (2023, submitted to finance).</summary>
    private Task<Guid> DemoEvaluationIdAsync() => WithDbAsync(db => db.SelfEvaluations
        .Where(e => e.Project!.Unit!.Name == DemoOrganizations.ScienceCommission && e.Project.Year == 2023).Select(e => e.Id).SingleAsync(Ct));

    /// <summary>区科委's 2024 部门整体 target form, its current version approved here (the declaration workflow is not under test).</summary>
    private Task<Guid> ApprovedDepartmentFormAsync() => WithDbAsync(async db =>
    {
        var form = await db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.ScienceCommission && p.Year == 2024
            && p.TemplateId == GenericTemplates.DepartmentDeclarationId).SingleAsync(Ct);
        var version = await db.DeclarationVersions.Where(v => v.ProjectId == form.Id).OrderByDescending(v => v.Number).FirstAsync(Ct);
        if (version.State != FormState.Approved)
        {
            db.SetStoredState(version, FormState.Approved);
            version.ApprovedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(Ct);
        }
        return form.Id;
    });

    private static async Task<JsonElement> GetAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct);

    /// <summary>The department's entries: its 资金 and, for every indicator row, a value meeting the target and a weight (Σ 90 + 执行率 10).</summary>
    private static object Entry(JsonElement form, Guid? stamp, string outcome = "年度目标全部完成。")
    {
        var rows = form.GetProperty("indicators").EnumerateArray().ToList();
        var share = Math.Floor(90m / rows.Count);
        return new
        {
            concurrencyStamp = stamp,
            funds = new { total = new { initialBudget = "1000", adjustedBudget = "1000", expenditure = "980", weight = "10" } },
            fields = new { actualOutcome = outcome },
            acknowledgeWarnings = true,
            rows = rows.Select((r, n) => new
            {
                key = r.GetProperty("key").GetGuid(),
                actualText = r.GetProperty("target").GetString()!.TrimStart('≥', '≤', '>', '<', '='),
                weight = n < rows.Count - 1 ? share : 90m - share * (rows.Count - 1),
            }).ToList(),
        };
    }

    [Fact]
    public async Task Department_StartsFillsAndSubmits_FinanceConfirms_ThenItIsLocked()
    {
        var formId = await ApprovedDepartmentFormAsync();
        var kewei = await app.LoginAsync("kewei");

        var started = await kewei.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId = formId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var form = await GetAsync(kewei, id);
        // On the 部门整体绩效自评表, editable by the department.
        Assert.Equal(GenericTemplates.DepartmentSelfEvaluationId, form.GetProperty("profileId").GetString());
        Assert.True(form.GetProperty("editable").GetBoolean());

        var saved = await kewei.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", Entry(form, form.GetProperty("concurrencyStamp").GetGuid()), Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        // A save on the stamp read before the first save would overwrite it: refused.
        var stale = await kewei.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", Entry(form, form.GetProperty("concurrencyStamp").GetGuid(), "旧页面的内容。"), Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var submitted = await kewei.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/submit", Entry(form, (await GetAsync(kewei, id)).GetProperty("concurrencyStamp").GetGuid()), Ct);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        // The department does not review its own form.
        var selfReview = await kewei.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/transitions", new { action = "Open" }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, selfReview.StatusCode);
        Assert.Contains("由财政局审核", (await selfReview.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var finance = await app.LoginAsync("finance");
        Assert.Equal(HttpStatusCode.NoContent, (await finance.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/transitions", new { action = "Open" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await finance.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/transitions", new { action = "Confirm" }, Ct)).StatusCode);

        var confirmed = await GetAsync(kewei, id);
        Assert.Equal("Confirmed", confirmed.GetProperty("state").GetString());
        Assert.False(confirmed.GetProperty("editable").GetBoolean());
        var afterConfirm = await kewei.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", Entry(confirmed, confirmed.GetProperty("concurrencyStamp").GetGuid(), "确认后改写。"), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, afterConfirm.StatusCode);
        Assert.Equal("年度目标全部完成。", (await GetAsync(kewei, id)).GetProperty("form").GetProperty("fields").GetProperty("actualOutcome").GetString());
        // The 部门整体 page shows it confirmed with its total.
        var year = await kewei.GetFromJsonAsync<JsonElement>($"/api/v1/departments/{await DepartmentIdAsync(DemoOrganizations.ScienceCommission)}/years/2024", Ct);
        Assert.Equal("Confirmed", year.GetProperty("selfEvaluation").GetProperty("state").GetString());
        Assert.Equal(confirmed.GetProperty("score").GetProperty("computedTotal").GetDecimal(), year.GetProperty("selfEvaluation").GetProperty("totalScore").GetDecimal());
    }

    [Fact]
    public async Task DemoDepartmentEvaluation_RollsUpItsProjectsSelfScoresWeightedByAmount()
    {
        var kewei = await app.LoginAsync("kewei");

        var year = await kewei.GetFromJsonAsync<JsonElement>($"/api/v1/departments/{await DepartmentIdAsync(DemoOrganizations.ScienceCommission)}/years/2023", Ct);

        var evaluation = year.GetProperty("selfEvaluation");
        Assert.Equal("Submitted", evaluation.GetProperty("state").GetString());
        var rollUp = evaluation.GetProperty("rollUp");
        var lines = rollUp.GetProperty("lines").EnumerateArray().ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(DemoOrganizations.InnovationCentre, l.GetProperty("unitName").GetString()));
        var scored = lines.Where(l => l.GetProperty("selfScore").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(scored);
        var expected = Math.Round(scored.Sum(l => l.GetProperty("selfScore").GetDecimal() * l.GetProperty("amountYuan").GetDecimal())
            / scored.Sum(l => l.GetProperty("amountYuan").GetDecimal()), 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, rollUp.GetProperty("weightedScore").GetDecimal());
    }

    [Theory]
    [InlineData("kczx")] // a unit below the department
    [InlineData("dsj")]  // another unit
    [InlineData("zfb")]  // another department
    [InlineData(ScopeTestUsers.DepartmentPreparer)] // a 填报人 attached to the department itself
    public async Task DepartmentEvaluation_OutOfReach_AnswersAsARandomId(string user)
    {
        var id = await DemoEvaluationIdAsync();
        var client = await ScopeTestUsers.LoginAsync(app, user);

        var (status, random) = ((await client.GetAsync($"/api/v1/self-evaluations/{id}", Ct)).StatusCode, (await client.GetAsync($"/api/v1/self-evaluations/{Guid.NewGuid()}", Ct)).StatusCode);
        var page = (await client.GetAsync($"/SelfEvaluations/{id}", Ct)).StatusCode;
        var start = (await client.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId = await ApprovedDepartmentFormAsync() }, Ct)).StatusCode;

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (status, random, page, start));
    }

    [Theory]
    [InlineData("kewei")]
    [InlineData("finance")]
    public async Task List_ShowsTheDepartmentEvaluationLabelled(string user)
    {
        var html = await (await app.LoginAsync(user)).GetStringAsync("/SelfEvaluations?year=2023", Ct);

        var label = html.IndexOf("data-testid=\"department-evaluation-label\">部门整体</span>", StringComparison.Ordinal);
        Assert.True(label >= 0, "the list labels no 部门整体 row");
        // The label stands in the row of the department's own evaluation, named by the department.
        Assert.StartsWith(DemoOrganizations.ScienceCommission, html[(html.IndexOf("</span>", label, StringComparison.Ordinal) + "</span>".Length)..].TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Department_DoesNotReReviewItsOwnEvaluation_FinanceDoes()
    {
        var id = await DemoEvaluationIdAsync(); // submitted: re-reviewable
        var kewei = await app.LoginAsync("kewei");
        var sheet = await kewei.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}/re-review", Ct);
        var key = sheet.GetProperty("rows")[0].GetProperty("indicatorKey").GetGuid();

        var refused = await kewei.PutAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/rows/{key}", new { score = 0m, reason = "自评偏高", concurrencyStamp = (Guid?)null }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("由财政局复核", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(await WithDbAsync(db => db.ReReviews.AnyAsync(r => r.SelfEvaluationId == id, Ct))); // nothing recorded
        var page = await kewei.GetStringAsync($"/SelfEvaluations/{id}/ReReview", Ct);
        Assert.Contains("由财政局复核", page, StringComparison.Ordinal);
        // The header names the department once, then the form (not the department's name twice).
        Assert.Contains($"data-testid=\"re-review-subject\">{DemoOrganizations.ScienceCommission} · 部门整体绩效自评表 · ", page, StringComparison.Ordinal);

        var finance = await app.LoginAsync("finance");
        var scored = await finance.PutAsJsonAsync($"/api/v1/self-evaluations/{id}/re-review/rows/{key}", new { score = 0m, reason = "自评偏高", concurrencyStamp = (Guid?)null }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, scored.StatusCode);
    }

    [Fact]
    public async Task Department_CannotRaiseRectificationOnItsOwnForm_ThroughTheApi_AndNothingIsWritten()
    {
        var formId = await WithDbAsync(db => db.Projects.Where(p => p.Unit!.Name == DemoOrganizations.ScienceCommission && p.Year == 2024
            && p.TemplateId == GenericTemplates.DepartmentDeclarationId).Select(p => p.Id).SingleAsync(Ct));
        var department = await DepartmentIdAsync(DemoOrganizations.ScienceCommission);
        var before = await WithDbAsync(async db => (await db.RectificationItems.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct)));

        var raised = await (await app.LoginAsync("kewei")).PostAsJsonAsync("/api/v1/rectifications", new
        {
            sourceKind = "ReReview",
            sourceReference = formId.ToString(),
            sourceText = "部门整体目标与所属项目不一致",
            ownerUnitId = department,
            projectId = formId,
            requirement = "核对年度履职目标",
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20),
        }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, raised.StatusCode);
        Assert.Equal(Services.ReReview.RectificationService.OwnFormRefusal,
            (await raised.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal(before, await WithDbAsync(async db => (await db.RectificationItems.CountAsync(Ct), await db.AuditEvents.CountAsync(Ct))));
    }

    [Fact]
    public async Task DepartmentsPage_ShowsTheEvaluationWithItsLinkAndTheRollUp()
    {
        var id = await DemoEvaluationIdAsync();

        var html = await (await app.LoginAsync("finance")).GetStringAsync($"/Departments?unit={await DepartmentIdAsync(DemoOrganizations.ScienceCommission)}&year=2023", Ct);

        Assert.Contains($"href=\"/SelfEvaluations/{id}\"", html, StringComparison.Ordinal);
        Assert.Contains("所属项目按金额加权平均分", html, StringComparison.Ordinal);
        Assert.Contains("已提交", html, StringComparison.Ordinal);
    }
}

public sealed class SqliteDepartmentSelfEvaluationTests(SqliteApp app) : DepartmentSelfEvaluationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDepartmentSelfEvaluationTests(PostgresApp app) : DepartmentSelfEvaluationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
