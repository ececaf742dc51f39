using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Jixiao.Data.Entities;
using Jixiao.Domain.Forms;
using Jixiao.Domain.Monitoring;
using Jixiao.Domain.Projects;
using Jixiao.Domain.Targets;
using Jixiao.Domain.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Jixiao.Web.Tests.SelfEvaluationTestData;

namespace Jixiao.Web.Tests;

/// <summary>运行监控: lights from the domain, reasons required on red/yellow, the risk-sorted and scoped overview.</summary>
public abstract class MonitoringTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private const decimal Budget = 120_000m;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Rows whose forecast can be written so that it meets the target exactly (see <see cref="MeetingForecast"/>).</summary>
    private static bool Forecastable(Project p) => p.Indicators.Count > 0 && p.Indicators.All(i =>
        i.Target.Kind is TargetKind.Qualitative or TargetKind.Conditional
        || i.Target is { Kind: TargetKind.Quantitative, Value: not null }
        || i.Target is { Kind: TargetKind.Frequency, Frequency.Count: not null });

    /// <summary>A forecast equal to the target value (met whatever the direction), or 达成 for qualitative rows.</summary>
    private static (string? Forecast, string? Tier) MeetingForecast(Indicator i) => i.Target switch
    {
        { Kind: TargetKind.Quantitative, Value: { } t } q => (t.ToString("0.##", CultureInfo.InvariantCulture) + (q.Unit?.Text ?? ""), null),
        { Kind: TargetKind.Frequency, Frequency.Count: { } c } => (c.ToString("0.##", CultureInfo.InvariantCulture) + "次", null),
        _ => (null, nameof(Tier.Achieved)),
    };

    private static object Report(Project declared, decimal spent, string? reason, Guid? laggingKey = null, Guid? stamp = null) => new
    {
        concurrencyStamp = stamp,
        fields = new Dictionary<string, string?>
        {
            ["annualBudget"] = Budget.ToString(CultureInfo.InvariantCulture),
            ["expenditureToDate"] = spent.ToString(CultureInfo.InvariantCulture),
            ["budgetDeviationReason"] = reason,
            ["budgetCorrectiveAction"] = reason,
        },
        rows = declared.Indicators.Select(i =>
        {
            var (forecast, tier) = MeetingForecast(i);
            var lagging = i.Key == laggingKey;
            return new
            {
                key = i.Key,
                forecastText = forecast,
                tier = lagging && tier is not null ? nameof(Tier.NotAchieved) : tier,
                likelihood = lagging ? "Impossible" : "Certain",
                deviationReason = reason,
                correctiveAction = reason,
                deviationCauses = lagging ? new[] { "Funding" } : [],
            };
        }).ToList(),
    };

    /// <summary>The concurrency stamp of the stored report, as an editor reads it before saving again.</summary>
    private static async Task<Guid> StampAsync(HttpClient client, Guid projectId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{projectId}/7", Ct)).GetProperty("content").GetProperty("concurrencyStamp").GetGuid();

    /// <summary>The stamp of the stored report, or null when the period has none yet.</summary>
    private static async Task<Guid?> StampOrNullAsync(HttpClient client, Guid projectId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{projectId}/7", Ct)).GetProperty("content").GetProperty("concurrencyStamp")
            is { ValueKind: JsonValueKind.String } stamp ? stamp.GetGuid() : null;

    /// <summary>
    /// An approved project of 科创中心 whose 1–7月 report the unit may still edit (none yet, or a draft or returned one):
    /// a refusal can then only come from what the test sends. Fresh drafts are few, so one is approved only when needed.
    /// </summary>
    private async Task<(Guid Id, Project Declared)> EditableApprovedAsync()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var approved = await db.DeclarationVersions.Where(v => v.State == FormState.Approved && v.Project!.Unit!.Name == Kczx).ToListAsync(Ct);
            foreach (var version in approved)
            {
                var report = await db.MonitoringReports.FirstOrDefaultAsync(r => r.ProjectId == version.ProjectId && r.PeriodEndMonth == 7, Ct);
                if (report is null || FormStateNames.IsEditableByUnit(report.State))
                    return (version.ProjectId, Jixiao.Web.Services.ProjectService.ToDomain(version));
            }
        }
        return await FreshAsync();
    }

    /// <summary>An approved project of 科创中心 (reused when one exists; the lights endpoint stores nothing).</summary>
    private async Task<(Guid Id, Project Declared)> AnyApprovedAsync()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            var approved = await db.DeclarationVersions.Where(v => v.State == FormState.Approved && v.Project!.Unit!.Name == Kczx)
                .FirstOrDefaultAsync(Ct);
            if (approved is not null) return (approved.ProjectId, Jixiao.Web.Services.ProjectService.ToDomain(approved));
        }
        return await FreshAsync();
    }

    private Task<(Guid Id, Project Declared)> FreshAsync() => ApproveDemoProjectAsync(app, Kczx, Forecastable, Ct);

    [Theory]
    [InlineData(42_000, "Yellow", "60.00%")]  // 35 % at month 7: 0.35 ÷ 7/12 = 60.00 %, boundary inclusive (workflow.md §4)
    [InlineData(41_900, "Red", "59.86%")]     // below 60 %
    [InlineData(56_000, "Green", "80.00%")]   // 46.67 % ÷ 58.33 % = 80.00 %
    public async Task Lights_BudgetProgressAtMonth7_FollowsTheTimeProgress(decimal spent, string light, string ratio)
    {
        var (projectId, declared) = await AnyApprovedAsync();
        var client = await app.LoginAsync("kczx");
        var response = await client.PostAsJsonAsync($"/api/v1/monitoring/{projectId}/7/lights", Report(declared, spent, null), Ct);
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(light, result.GetProperty("budget").GetProperty("light").GetString());
        Assert.Contains($"= {ratio}", result.GetProperty("budget").GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Report_LaggingProject_IsRed_AndNeedsReasonsBeforeSubmit()
    {
        var (projectId, declared) = await FreshAsync();
        var lagging = declared.Indicators[0].Key;
        var client = await app.LoginAsync("kczx");

        var saved = await client.PutAsJsonAsync($"/api/v1/monitoring/{projectId}/7", Report(declared, 12_000m, null, lagging), Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var refused = await client.PostAsJsonAsync($"/api/v1/monitoring/{projectId}/7/submit", Report(declared, 12_000m, null, lagging, await StampAsync(client, projectId)), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString();
        Assert.Contains("红灯", detail);
        Assert.Contains("纠偏措施", detail);

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{projectId}/7", Ct);
        Assert.Equal("Red", report.GetProperty("evaluation").GetProperty("projectLight").GetString());
        Assert.Equal("Red", report.GetProperty("evaluation").GetProperty("budget").GetProperty("light").GetString()); // 10 % ÷ 58.33 % = 17.14 %
        var row = report.GetProperty("evaluation").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetGuid() == lagging);
        Assert.Equal("Red", row.GetProperty("light").GetProperty("light").GetString());
        Assert.Contains("完全不可能", row.GetProperty("light").GetProperty("explanation").GetString());

        var submitted = await client.PostAsJsonAsync($"/api/v1/monitoring/{projectId}/7/submit",
            Report(declared, 12_000m, "项目招标延期，下半年加快支出进度。", lagging, await StampAsync(client, projectId)), Ct);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var stored = await db.MonitoringReports.SingleAsync(m => m.ProjectId == projectId && m.PeriodEndMonth == 7, Ct);
        Assert.Equal(FormState.Submitted, stored.State);
        Assert.Equal("Red", stored.Light);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.EntityType == "MonitoringReport" && a.EntityId == stored.Id.ToString() && a.Action == "Submit", Ct));

        var kewei = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, projectId, "Open", null)).StatusCode);
        var noComment = await Move(kewei, projectId, "Return", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Contains("审核意见", await noComment.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, projectId, "Return", "请补充纠偏措施的时间安排。")).StatusCode);
        Assert.Contains("退回意见：请补充纠偏措施的时间安排。", await client.GetStringAsync($"/Monitoring/{projectId}?month=7", Ct));
        // The reason is a review comment on this report, on the whole form, in the one comment table (ADR-016).
        var comment = await db.ReviewComments.AsNoTracking().SingleAsync(c => c.FormType == ReviewForm.Monitoring && c.FormId == stored.Id, Ct);
        Assert.Equal(("project", "请补充纠偏措施的时间安排。", (Guid?)null), (comment.Anchor, comment.Text, comment.VersionId));

        var again = await client.PostAsJsonAsync($"/api/v1/monitoring/{projectId}/7/submit",
            Report(declared, 12_000m, "项目招标延期，9月底前完成支出。", lagging, await StampAsync(client, projectId)), Ct);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, projectId, "Open", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, projectId, "Confirm", null)).StatusCode);
        var locked = await client.PutAsJsonAsync($"/api/v1/monitoring/{projectId}/7", Report(declared, 1m, null), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);

        // Each move told whom it concerns, like a declaration's (issue 15): the department on submission (naming
        // the red light), the unit on return and confirmation; the refused submission told no one.
        var name = await db.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleAsync(Ct);
        var told = await (from n in db.Notifications.AsNoTracking()
                          join u in db.Users on n.UserId equals u.Id
                          where n.Link == $"/Monitoring/{projectId}?month=7"
                          orderby n.CreatedAt
                          select u.UserName + "：" + n.Text).ToListAsync(Ct);
        Assert.Equal(
        [
            $"kewei：{Kczx}提交了运行监控表“{name}（7月）”，请审核。该项目亮红灯，请重点关注。",
            $"kczx：运行监控表“{name}（7月）”被退回，请按审核意见修改后重新提交。",
            $"kewei：{Kczx}提交了运行监控表“{name}（7月）”，请审核。该项目亮红灯，请重点关注。",
            $"kczx：运行监控表“{name}（7月）”已审核确认。",
        ], told);
    }

    [Fact]
    public async Task Report_ProjectWithoutApprovedTargets_Is404()
    {
        Guid draft;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            draft = await db.Projects.Where(p => p.Unit!.Name == Kczx && p.Versions.All(v => v.State == FormState.Draft))
                .Select(p => p.Id).FirstAsync(Ct);
        }
        var client = await app.LoginAsync("kczx");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/monitoring/{draft}/7", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Monitoring/{draft}?month=7", Ct)).StatusCode);
        var list = await client.GetStringAsync("/api/v1/monitoring?month=7", Ct);
        Assert.DoesNotContain(draft.ToString(), list);
    }

    private static Task<HttpResponseMessage> Move(HttpClient client, Guid projectId, string action, string? comment) =>
        client.PostAsJsonAsync($"/api/v1/monitoring/{projectId}/7/transitions", new { action, comment }, Ct);

    [Fact]
    public async Task Overview_SortsRedFirst_AndIsScoped()
    {
        var green = await FreshAsync();
        var yellow = await FreshAsync();
        var red = await FreshAsync();
        var client = await app.LoginAsync("kczx");
        const string reason = "进度偏慢，已制定措施。";
        foreach (var (project, spent, lagging) in new[] { (green, 70_000m, (Guid?)null), (yellow, 42_000m, null), (red, 70_000m, red.Declared.Indicators[0].Key) })
        {
            var saved = await client.PutAsJsonAsync($"/api/v1/monitoring/{project.Id}/7", Report(project.Declared, spent, reason, lagging), Ct);
            Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        }

        var finance = await app.LoginAsync("finance");
        var overview = await finance.GetFromJsonAsync<JsonElement>("/api/v1/monitoring/overview?month=7", Ct);
        var mine = overview.EnumerateArray()
            .Where(r => new[] { green.Id, yellow.Id, red.Id }.Contains(r.GetProperty("projectId").GetGuid()))
            .Select(r => (Id: r.GetProperty("projectId").GetGuid(), Light: r.GetProperty("light").GetString())).ToList();
        Assert.Equal([(red.Id, "Red"), (yellow.Id, "Yellow"), (green.Id, "Green")], mine);
        var lights = overview.EnumerateArray().Select(r => r.GetProperty("light").GetString()).ToList();
        Assert.Equal(lights.OrderByDescending(l => l switch { "Red" => 2, "Yellow" => 1, _ => 0 }), lights);

        var page = await finance.GetStringAsync("/Monitoring/Overview?month=7", Ct);
        Assert.True(page.IndexOf(red.Declared.Name, StringComparison.Ordinal) < page.IndexOf(green.Declared.Name, StringComparison.Ordinal));

        var reportPage = await finance.GetStringAsync($"/Monitoring/{red.Id}?month=7", Ct);
        Assert.Contains("data-light=\"Red\"", reportPage);

        var other = await app.LoginAsync("dsj");
        var otherOverview = await other.GetStringAsync("/api/v1/monitoring/overview?month=7", Ct);
        Assert.DoesNotContain(red.Id.ToString(), otherOverview);
        var hidden = await other.GetAsync($"/api/v1/monitoring/{red.Id}/7", Ct);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(red.Declared.Name, await hidden.Content.ReadAsStringAsync(Ct));
        var write = await other.PutAsJsonAsync($"/api/v1/monitoring/{red.Id}/7", Report(red.Declared, 1m, null), Ct);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
    }

    [Fact]
    public async Task SaveAndSubmit_AmountOutOfRange_Are400NamingTheField_AndWriteNothing()
    {
        var (projectId, declared) = await EditableApprovedAsync();
        var client = await app.LoginAsync("kczx");
        var before = await ReportsAsync(projectId);
        JsonNode body = new JsonObject();
        // a negative amount, one cent above 10^13 元, decimal.MaxValue (the issue's absurd amount, last: the lights get it)
        foreach (var budget in new[] { "-1", "10000000000000.01", "79228162514264337593543950335" })
        {
            body = JsonSerializer.SerializeToNode(Report(declared, 1_000m, "原因", stamp: await StampOrNullAsync(client, projectId)))!;
            body["fields"]!["annualBudget"] = budget;
            foreach (var path in new[] { $"/api/v1/monitoring/{projectId}/7", $"/api/v1/monitoring/{projectId}/7/submit" })
            {
                using var request = new HttpRequestMessage(path.EndsWith("submit", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Put, path)
                {
                    Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(request, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{budget} {path} → {(int)response.StatusCode}");
                Assert.Contains("全年预算数", await response.Content.ReadAsStringAsync(Ct));
            }
        }
        Assert.Equal(before, await ReportsAsync(projectId));
        // The live lights of the same unsaved form answer (never a 500): the rate is left out, not overflowed.
        var lights = await client.PostAsync($"/api/v1/monitoring/{projectId}/7/lights",
            new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, lights.StatusCode);
    }

    [Fact]
    public async Task SaveAndSubmit_TextOverLimit_Are400NamingTheRowAndField_AndWriteNothing()
    {
        var (projectId, declared) = await EditableApprovedAsync();
        var client = await app.LoginAsync("kczx");
        var before = await ReportsAsync(projectId);
        foreach (var (field, row, length, label) in new (string, int?, int, string)[]
        {
            ("budgetDeviationReason", null, 20_001, "预算执行偏差原因分析"),
            ("deviationReason", 0, 20_001, "偏差原因分析"),
            ("correctiveAction", 0, 20_001, "纠偏措施"),
            ("forecastText", 0, 501, "全年预计完成值"),
        })
        {
            var body = JsonSerializer.SerializeToNode(Report(declared, 1_000m, "原因", stamp: await StampOrNullAsync(client, projectId)))!;
            var target = row is { } r ? body["rows"]![r]! : body["fields"]!;
            target[field] = new string('偏', length);

            foreach (var path in new[] { $"/api/v1/monitoring/{projectId}/7", $"/api/v1/monitoring/{projectId}/7/submit" })
            {
                using var request = new HttpRequestMessage(path.EndsWith("submit", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Put, path)
                {
                    Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
                };
                var response = await client.SendAsync(request, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field} {path} → {(int)response.StatusCode}");
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                var detail = problem.GetProperty("detail").GetString()!;
                Assert.Contains($"“{label}”最多 {length - 1:N0} 个字符", detail);
                if (row is { } i)
                {
                    Assert.Contains($"第 {declared.Indicators[i].Ordinal} 行指标“{declared.Indicators[i].Name}”：", detail);
                    Assert.True(problem.GetProperty("errors").TryGetProperty($"rows[{declared.Indicators[i].Key}].{field}", out _), problem.ToString());
                }
            }
        }
        Assert.Equal(before, await ReportsAsync(projectId));
    }

    [Fact]
    public async Task Page_ShowsTheDeclarationsHeader_StoresEveryValueAsTyped_AndAuditsByPrintedLabel()
    {
        var (projectId, declared) = await EditableApprovedAsync();
        var client = await app.LoginAsync("kczx");
        var page = await client.GetStringAsync($"/Monitoring/{projectId}?month=7", Ct);
        // The header shows the approved declaration's 项目名称 (bound by key), the money inputs carry their printed labels.
        Assert.Contains($"<td colspan=\"3\">{System.Net.WebUtility.HtmlEncode(declared.Name)}</td>", page);
        Assert.Contains("aria-label=\"1–7月执行数\"", page);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var stamp = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.ConcurrencyStamp\" value=\"([^\"]*)\"").Groups[1].Value;
        var first = declared.Indicators[0];

        var response = await client.PostAsync($"/Monitoring/{projectId}?month=7&handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.ConcurrencyStamp"] = stamp,
            ["Form.Fields[annualBudget]"] = "120000.50",
            ["Form.Fields[expenditureToDate]"] = "60000",
            ["Form.Fields[budgetDeviationReason]"] = "  采购延后。 ",
            ["Form.Rows[0].Key"] = first.Key!.Value.ToString(),
            ["Form.Rows[0].ProgressText"] = "过半",
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var stored = await db.MonitoringReports.AsNoTracking().SingleAsync(r => r.ProjectId == projectId && r.PeriodEndMonth == 7, Ct);
        using var json = JsonDocument.Parse(stored.Content);
        var fields = json.RootElement.GetProperty("fields");
        Assert.Equal("120000.50", fields.GetProperty("annualBudget").GetString());
        Assert.Equal("60000", fields.GetProperty("expenditureToDate").GetString());
        Assert.Equal("采购延后。", fields.GetProperty("budgetDeviationReason").GetString());
        Assert.Equal("过半", json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetGuid() == first.Key).GetProperty("progressText").GetString());
        // The 修改记录 names each change as the definition prints it for the period, never by its key.
        var diff = (await db.AuditEvents.AsNoTracking().Where(a => a.EntityType == "MonitoringReport" && a.EntityId == stored.Id.ToString())
            .OrderByDescending(a => a.Id).FirstAsync(Ct)).Diff;
        Assert.Contains($"指标“{first.Name}” · 1–7月实际完成值", diff);
        Assert.Contains("预算执行偏差原因分析", diff);
        Assert.DoesNotContain("progressText", diff);
        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{projectId}/7", Ct);
        // The API gives every entered field by its key as the text the unit typed (wire change of ADR-023: money was a number).
        Assert.Equal("120000.50", report.GetProperty("content").GetProperty("fields").GetProperty("annualBudget").GetString());
        Assert.Equal(declared.Name, report.GetProperty("header").GetProperty("name").GetString());
        Assert.Equal("1–7月", report.GetProperty("header").GetProperty("period").GetString());
    }

    [Fact]
    public async Task Api_CarriesEveryEnteredFieldOfTheDefinition_ByKey_AsTyped()
    {
        var (projectId, declared) = await EditableApprovedAsync();
        var client = await app.LoginAsync("kczx");
        var entered = MonitoringForm.Definition.Fields.Where(f => f.CopiedFrom is null && !f.Computed).ToList();
        var body = JsonSerializer.SerializeToNode(Report(declared, 1_000m, "原因", stamp: await StampOrNullAsync(client, projectId)))!;
        var typed = entered.ToDictionary(f => f.Key, f => f.Kind == FieldKind.Money ? "1,000.00" : $"{f.Name}的说明");
        body["fields"] = JsonSerializer.SerializeToNode(typed);

        var saved = await client.PutAsync($"/api/v1/monitoring/{projectId}/7", Json(body), Ct);

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        var fields = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{projectId}/7", Ct)).GetProperty("content").GetProperty("fields");
        // Exactly the definition's entered fields, each as typed: none named by the contract, none left out.
        Assert.Equal(entered.Select(f => f.Key).Order(StringComparer.Ordinal), fields.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var f in entered) Assert.Equal(typed[f.Key], fields.GetProperty(f.Key).GetString());
    }

    [Theory]
    [InlineData("budgetBoss", "原因", "财政项目支出绩效运行监控表没有“budgetBoss”这一项", "budgetBoss")]
    [InlineData("annualBudget", "十二万元", "“全年预算数”应为金额", "全年预算数")]
    [InlineData("executionRate", "50%", "“执行率”由系统计算，不能填写", "执行率")]
    [InlineData("implementingUnit", "别的单位", "“实施单位”取自批复的申报表", "实施单位")]
    public async Task SaveSubmitAndLights_FieldTheFormCannotTake_Are400NamingIt_AndWriteNothing(string key, string text, string message, string name)
    {
        var (projectId, declared) = await EditableApprovedAsync();
        var client = await app.LoginAsync("kczx");
        var before = await ReportsAsync(projectId);
        var body = JsonSerializer.SerializeToNode(Report(declared, 1_000m, "原因", stamp: await StampOrNullAsync(client, projectId)))!;
        body["fields"]![key] = text;

        foreach (var (method, path) in new[] { (HttpMethod.Put, ""), (HttpMethod.Post, "/submit"), (HttpMethod.Post, "/lights") })
        {
            using var request = new HttpRequestMessage(method, $"/api/v1/monitoring/{projectId}/7{path}") { Content = Json(body) };
            var response = await client.SendAsync(request, Ct);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{key} {path} → {(int)response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Contains(message, problem.GetProperty("detail").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty($"fields.{key}", out _), problem.ToString());
            Assert.Equal(name, problem.GetProperty("fields").GetProperty($"fields.{key}").GetString());
        }
        Assert.Equal(before, await ReportsAsync(projectId));
    }

    private static StringContent Json(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private async Task<List<string>> ReportsAsync(Guid projectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.MonitoringReports.Where(r => r.ProjectId == projectId).OrderBy(r => r.PeriodEndMonth)
            .Select(r => r.Content + r.ConcurrencyStamp).ToListAsync(Ct);
    }
}

public sealed class SqliteMonitoringTests(SqliteApp app) : MonitoringTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresMonitoringTests(PostgresApp app) : MonitoringTests<PostgresApp>(app), IClassFixture<PostgresApp>;
