using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Templates;

/// <summary>
/// The 自评表 page and its export follow the template the form was started on (ADR-039): a Sichuan 自评表 shows its title,
/// money grid (rows, columns, 万元), its indicator columns with 指标性质 · 指标值 · 度量单位 apart; amounts are typed in 万元 and
/// stored in 元; the export prints its layout; each finding is shown once.
/// </summary>
public abstract class SelfEvaluationTemplatePageTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Project = "短信平台月租费";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Approves the unit's 2024 project <see cref="Project"/> and starts its 自评表 on the Sichuan template.</summary>
    private async Task<(HttpClient Unit, Guid Id)> StartOnSichuanAsync()
    {
        var admin = await app.LoginAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await TemplateAssignmentTests<TApp>.AssignAsync(admin, 2024, "projectSelfEvaluation", "SC-PROJ-SE")).StatusCode);
        try
        {
            var unit = await app.LoginAsync("kczx");
            var list = await unit.GetFromJsonAsync<JsonArray>("/api/v1/projects?year=2024", Ct);
            var projectId = list!.First(p => p!["name"]!.GetValue<string>() == Project)!["id"]!.GetValue<Guid>();
            await Move(unit, projectId, "Submit", "已核实。");
            var reviewer = await app.LoginAsync("kewei");
            await Move(reviewer, projectId, "Open");
            await Move(reviewer, projectId, "Pass");
            await Move(await app.LoginAsync("finance"), projectId, "Approve");
            var started = await unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            return (unit, (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        }
        finally
        {
            await TemplateAssignmentTests<TApp>.AssignAsync(admin, 2024, "projectSelfEvaluation", "");
        }
    }

    [Fact]
    public async Task SichuanSelfEvaluation_PageExportWanYuanEntryAndFindings_FollowTheTemplate()
    {
        var (unit, id) = await StartOnSichuanAsync();

        var page = WebUtility.HtmlDecode(await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct));
        Assert.Contains("部门预算项目支出绩效自评表", page);
        Assert.Contains("预算执行情况(10分)", page);
        Assert.Contains("财政专户管理资金", page);
        foreach (var column in new[] { "指标性质", "度量单位", "完成值", "权重", "未完成原因分析", "原因" })
            Assert.Contains($">{column}</th>", page);
        Assert.DoesNotContain("偏差原因分析及改进措施", page);
        // 指标性质 · 指标值 · 度量单位 read off the one stored target of a row (`≥…` splits into three cells).
        Assert.Matches(new Regex("data-target-part=\"comparator\">[≥≤=]</td>"), page);
        Assert.Matches(new Regex("data-target-part=\"unit\">[^<]+</td>"), page);
        // Each finding once: a row's warnings and errors stand in its row, not again in the list under the grid.
        var rowFindings = (await unit.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("score").GetProperty("rows")
            .EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray()).Where(f => f.GetProperty("severity").GetString() != "Info").ToList();
        Assert.NotEmpty(rowFindings); // a fresh 自评表 has rows without their 完成值
        var panel = Regex.Match(page, "<ul[^>]*data-testid=\"findings\"[^>]*>(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        foreach (var f in rowFindings)
        {
            Assert.Contains($"{f.GetProperty("ruleId").GetString()} {f.GetProperty("message").GetString()}", page);
            Assert.DoesNotContain(f.GetProperty("text").GetString()!, panel);
        }
        // Money inputs are enhanced (thousands separators) and typed in 万元.
        Assert.Contains("data-money-unit=\"万元\"", page);
        Assert.Contains("/js/money-input.js", page);

        var token = TemplateAssignmentTests<TApp>.Token(page);
        var stamp = Regex.Match(page, "name=\"Form.ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value;
        var saved = await unit.PostAsync($"/SelfEvaluations/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.ConcurrencyStamp"] = stamp,
            ["Form.ExecutionWeight"] = "10",
            ["Form.Funds[currentYearAppropriation].adjustedBudget"] = "12.5",        // 万元 under the 万元 header
            ["Form.Funds[currentYearAppropriation].expenditure"] = "100,000元",     // a figure with its own unit
            ["Form.ActualOutcome"] = "已完成年度目标。",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var funds = (await unit.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("form").GetProperty("funds");
        Assert.Equal(125_000m, Yuan(funds.GetProperty("currentYearAppropriation").GetProperty("adjustedBudget")));
        Assert.Equal(100_000m, Yuan(funds.GetProperty("currentYearAppropriation").GetProperty("expenditure")));
        var shown = WebUtility.HtmlDecode(await unit.GetStringAsync($"/SelfEvaluations/{id}", Ct));
        Assert.Contains("value=\"12.50\"", shown); // shown back in 万元

        // A cell that is not an amount is refused naming it, and nothing changes.
        var refused = WebUtility.HtmlDecode(await (await unit.PostAsync($"/SelfEvaluations/{id}?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TemplateAssignmentTests<TApp>.Token(shown),
            ["Form.ConcurrencyStamp"] = Regex.Match(shown, "name=\"Form.ConcurrencyStamp\" value=\"([^\"]+)\"").Groups[1].Value,
            ["Form.ExecutionWeight"] = "10",
            ["Form.Funds[currentYearAppropriation].adjustedBudget"] = "十二万",
        }), Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("“财政资金·调整后预算数”应为金额（万元）", refused);
        var after = (await unit.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("form").GetProperty("funds");
        Assert.Equal(125_000m, Yuan(after.GetProperty("currentYearAppropriation").GetProperty("adjustedBudget")));

        // The export is the template's layout, its money in 万元.
        var html = WebUtility.HtmlDecode(await unit.GetStringAsync($"/api/v1/self-evaluations/{id}/export?format=html", Ct));
        foreach (var text in new[] { "部门预算项目支出绩效自评表", "指标性质", "度量单位", "财政专户管理资金", "12.50" })
            Assert.Contains(text, html);
        Assert.DoesNotContain("财政项目支出绩效自评表", html);
    }

    private static decimal Yuan(JsonElement text) => decimal.Parse(text.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task Move(HttpClient c, Guid id, string action, string? ack = null) =>
        Assert.Equal(HttpStatusCode.NoContent,
            (await c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, Ct)).StatusCode);
}

public sealed class SqliteSelfEvaluationTemplatePageTests(TemplatesSqliteApp app)
    : SelfEvaluationTemplatePageTests<TemplatesSqliteApp>(app), IClassFixture<TemplatesSqliteApp>;

public sealed class PostgresSelfEvaluationTemplatePageTests(TemplatesPostgresApp app)
    : SelfEvaluationTemplatePageTests<TemplatesPostgresApp>(app), IClassFixture<TemplatesPostgresApp>;
