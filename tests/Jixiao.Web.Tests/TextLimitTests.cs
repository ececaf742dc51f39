using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Domain.Review;
using Jixiao.Domain.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Every text a user can type has a limit (Domain.Text.TextLimits for form fields, ReviewCommentRules for the notes
/// of a workflow move): one character over it is refused with a Chinese message naming the field and its row or line,
/// and nothing is written (form content and audit trail alike), on both stores.
/// </summary>
public abstract class TextLimitTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string LongComment = new('意', ReviewCommentRules.MaxLength + 1);

    // As in ValueBoundsTests: the drafts other tests edit stay drafts.
    private static bool Approvable(Jixiao.Domain.Projects.Project p) =>
        p.Indicators.Count > 0 && p.Name is not ("编外人员工作经费" or "科技金融宣传活动费");

    private async Task<(HttpClient Client, Guid Id, Jixiao.Domain.Projects.Project Declared)> NewSelfEvaluationAsync()
    {
        var (projectId, declared) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, Approvable, Ct);
        var client = await app.LoginAsync("kczx");
        var started = await client.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (client, (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(), declared);
    }

    public static TheoryData<string, int, int, string, string> SelfEvaluationTexts() => new()
    {
        // field of row 1 (or the form), its length, the limit, the label and the error key's tail
        { "deviationReason", TextLimits.Narrative + 1, TextLimits.Narrative, "偏差原因分析", ".deviationReason" },
        { "actualText", TextLimits.Short + 1, TextLimits.Short, "实际完成值", ".actualText" },
        { "actualOutcome", TextLimits.Narrative + 1, TextLimits.Narrative, "实际完成情况", "actualOutcome" },
    };

    [Theory]
    [MemberData(nameof(SelfEvaluationTexts))]
    public async Task SaveAndSubmitSelfEvaluation_TextOverLimit_Are400NamingTheRowAndField_AndWriteNothing(
        string field, int length, int limit, string label, string keyTail)
    {
        var (client, id, declared) = await NewSelfEvaluationAsync();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct);
        var first = declared.Indicators[0];
        object Form(string text) => new
        {
            concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid(),
            funds = new { total = new { initialBudget = "100", adjustedBudget = "100", expenditure = "90", weight = "10" } },
            fields = new { actualOutcome = field == "actualOutcome" ? text : "按计划完成" },
            rows = new[]
            {
                new
                {
                    key = first.Key!.Value, actualText = field == "actualText" ? text : "1", weight = 1m, score = 1m,
                    deviationReason = field == "deviationReason" ? text : null,
                },
            },
        };
        var form = Form(new string('差', length));
        var before = await WithDbAsync(db => db.SelfEvaluations.Where(e => e.Id == id).Select(e => new { e.Content, e.State, e.ConcurrencyStamp }).SingleAsync(Ct));
        var audits = await AuditCountAsync(id);

        foreach (var send in new Func<Task<HttpResponseMessage>>[]
        {
            () => client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", form, Ct),
            () => client.PostAsJsonAsync($"/api/v1/self-evaluations/{id}/submit", form, Ct),
        })
        {
            var response = await send();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            var message = problem.GetProperty("detail").GetString()!;
            Assert.Contains($"“{label}”最多 {limit:N0} 个字符，现有 {length:N0} 个", message);
            if (field != "actualOutcome") Assert.Contains($"第 1 行指标“{first.Name}”：", message);
            var key = field == "actualOutcome" ? keyTail : $"rows[{first.Key}]{keyTail}";
            Assert.True(problem.GetProperty("errors").TryGetProperty(key, out _), $"no error under {key}: {problem}");
            // One refusal shape (ADR-021): Chinese title, and the field's Chinese name under the same key as its errors.
            Assert.Equal("内容过长", problem.GetProperty("title").GetString());
            Assert.EndsWith(label, problem.GetProperty("fields").GetProperty(key).GetString());
        }
        Assert.Equal(before, await WithDbAsync(db => db.SelfEvaluations.Where(e => e.Id == id).Select(e => new { e.Content, e.State, e.ConcurrencyStamp }).SingleAsync(Ct)));
        Assert.Equal(audits, await AuditCountAsync(id));

        // Exactly at the limit is saved.
        var saved = await client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", Form(new string('差', limit)), Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
    }

    [Fact]
    public async Task SelfEvaluationPage_DeviationReasonOverLimit_ShowsTheChineseRefusal_AndWritesNothing()
    {
        var (client, id, declared) = await NewSelfEvaluationAsync();
        var page = await client.GetStringAsync($"/SelfEvaluations/{id}", Ct);
        var stamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var first = declared.Indicators[0];
        var before = await WithDbAsync(db => db.SelfEvaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync(Ct));

        var response = await client.PostAsync($"/SelfEvaluations/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = stamp,
            ["Form.Rows[0].Key"] = first.Key!.Value.ToString(),
            ["Form.Rows[0].ActualText"] = "1",
            ["Form.Rows[0].DeviationReason"] = new string('差', TextLimits.Narrative + 1),
            ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains($"第 1 行指标“{first.Name}”：“偏差原因分析”最多 20,000 个字符", html);
        Assert.Equal(before, await WithDbAsync(db => db.SelfEvaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ImportDisclosure_NarrativeOverLimit_PreviewAndCreateRefusedNamingTheField_AndWriteNothing()
    {
        var (client, unitId) = await DisclosureTestSupport.NewUnitAsync(app);
        var seed = Encoding.UTF8.GetString(DisclosureTestSupport.SeedBytes(client));
        var soiled = seed.Replace("为公益一类事业单位", new string('职', TextLimits.Narrative) + "为公益一类事业单位", StringComparison.Ordinal);
        Assert.NotEqual(seed, soiled);
        var bytes = Encoding.UTF8.GetBytes(soiled);

        var preview = await client.PostAsync("/api/v1/disclosures/import-preview", DisclosureTestSupport.Upload(bytes), Ct);
        var created = await client.PostAsync("/api/v1/disclosures", DisclosureTestSupport.Upload(bytes), Ct);

        foreach (var response in new[] { preview, created })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
            Assert.Contains("不能导入", detail);
            Assert.Contains("“编制说明·主要职能”最多 20,000 个字符", detail);
        }
        // The general import route plans the package as skipped, with the same reason, and its commit creates none.
        var planned = await client.PostAsync("/api/v1/imports", DocumentTestSupport.Upload(bytes, "公开.txt"), Ct);
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        var plan = await planned.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var item = Assert.Single(plan.GetProperty("items").EnumerateArray(), i => i.GetProperty("form").GetString() == "预算公开");
        Assert.Equal("Skip", item.GetProperty("action").GetString());
        Assert.Contains("“编制说明·主要职能”最多 20,000 个字符", item.GetProperty("note").GetString());
        await client.PostAsync($"/api/v1/imports/{plan.GetProperty("uploadId").GetGuid()}/commit", null, Ct);
        Assert.Equal(0, await WithDbAsync(db => db.Disclosures.CountAsync(d => d.UnitId == unitId, Ct)));
    }

    [Fact]
    public async Task ImportDisclosure_RowNameOverLimit_IsRefusedNamingTheTableAndLine()
    {
        var (client, unitId) = await DisclosureTestSupport.NewUnitAsync(app);
        var seed = Encoding.UTF8.GetString(DisclosureTestSupport.SeedBytes(client));
        var lines = seed.Split('\n');
        var row = Array.FindIndex(lines, l => l.Contains("科学技术管理事务", StringComparison.Ordinal));
        Assert.True(row >= 0);
        lines[row] = lines[row].Replace("科学技术管理事务", "科学技术管理事务" + new string('务', TextLimits.Name), StringComparison.Ordinal);

        var preview = await client.PostAsync("/api/v1/disclosures/import-preview", DisclosureTestSupport.Upload(Encoding.UTF8.GetBytes(string.Join('\n', lines))), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        var detail = (await preview.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        // The row's line is where the importer's row starts: the code line, at most a few lines above its name.
        var match = System.Text.RegularExpressions.Regex.Match(detail, @"表\d 第 (\d+) 行：“科目名称”最多 200 个字符");
        Assert.True(match.Success, detail);
        var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(line, row - 4, row + 1);
        Assert.Equal(0, await WithDbAsync(db => db.Disclosures.CountAsync(d => d.UnitId == unitId, Ct)));
    }

    /// <summary>Every endpoint that keeps a note of a move in the audit trail, one per form type.</summary>
    [Fact]
    public async Task WorkflowNotes_OverTheCommentLimit_AreRefusedOnEveryFormType_AndWriteNothing()
    {
        var expected = $"最多 {ReviewCommentRules.MaxLength:N0} 个字，当前 {ReviewCommentRules.MaxLength + 1:N0} 个字";
        var kczx = await app.LoginAsync("kczx");
        var finance = await app.LoginAsync("finance");
        var admin = await app.LoginAsync("admin");

        // 申报表: a comment on any move (not only a return), the warning acknowledgement, the reason, an adjustment's reason.
        var draftId = await WithDbAsync(db => db.Projects
            .Where(p => p.Unit!.Name == Kczx && p.Year == 2024 && p.Name == "编外人员工作经费").Select(p => p.Id).SingleAsync(Ct));
        var (approvedId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, Approvable, Ct);
        var (evaluationClient, evaluationId, _) = await NewSelfEvaluationAsync();
        var saved = await kczx.PutAsJsonAsync($"/api/v1/monitoring/{approvedId}/7", new { annualBudget = 1000m, expenditureToDate = 500m }, Ct);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        var (unitClient, _) = await DisclosureTestSupport.NewUnitAsync(app);
        var disclosureId = await DisclosureTestSupport.CreateDraftAsync(unitClient);
        var published = await DisclosureTestSupport.DemoPackageIdAsync(app);

        var cases = new (string What, HttpClient Client, string Url, object Body, string Named)[]
        {
            ("申报表·提交意见", kczx, $"/api/v1/projects/{draftId}/transitions", new { action = "Submit", comment = LongComment }, "审核意见"),
            ("申报表·警告确认", kczx, $"/api/v1/projects/{draftId}/transitions", new { action = "Submit", acknowledgement = LongComment }, "警告确认说明"),
            ("申报表·理由", admin, $"/api/v1/projects/{approvedId}/transitions", new { action = "Reopen", reason = LongComment }, "理由"),
            ("申报表·调整原因", kczx, $"/api/v1/projects/{approvedId}/adjustments", new { text = LongComment }, "调整原因"),
            ("自评表·撤回意见", evaluationClient, $"/api/v1/self-evaluations/{evaluationId}/transitions", new { action = "Withdraw", comment = LongComment }, "审核意见"),
            ("监控表·审核意见", finance, $"/api/v1/monitoring/{approvedId}/7/transitions", new { action = "Open", comment = LongComment }, "审核意见"),
            ("预算公开·审核意见", unitClient, $"/api/v1/disclosures/{disclosureId}/submit", new { comment = LongComment }, "审核意见"),
            ("预算公开·更正说明", admin, $"/api/v1/disclosures/{published}/correct", new { note = LongComment }, "更正说明"),
        };
        foreach (var (what, client, url, body, named) in cases)
        {
            var audits = await WithDbAsync(db => db.AuditEvents.CountAsync(Ct));
            var versions = await VersionCountAsync();

            var response = await client.PostAsJsonAsync(url, body, Ct);

            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
            Assert.True(detail.Contains(named + expected, StringComparison.Ordinal), $"{what}: {detail}");
            Assert.Equal(audits, await WithDbAsync(db => db.AuditEvents.CountAsync(Ct)));
            Assert.Equal(versions, await VersionCountAsync());
        }
    }

    private Task<int> VersionCountAsync() => WithDbAsync(async db => await db.DeclarationVersions.CountAsync(Ct) + await db.Disclosures.CountAsync(Ct));

    private Task<int> AuditCountAsync(Guid id) => WithDbAsync(db => db.AuditEvents.CountAsync(a => a.EntityId == id.ToString(), Ct));

    private async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }
}

public sealed class SqliteTextLimitTests(SqliteApp app) : TextLimitTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresTextLimitTests(PostgresApp app) : TextLimitTests<PostgresApp>(app), IClassFixture<PostgresApp>;
