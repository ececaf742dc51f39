using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;
using Microsoft.AspNetCore.Hosting;

namespace Jixiao.Web.Tests;

/// <summary>The app with a 事前绩效评估 threshold of 10 万元, so most of the demo district's new projects need an assessment.</summary>
public sealed class SqliteExAnteApp : SqliteApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ExAnte:ThresholdYuan", "100000");
    }
}

public sealed class PostgresExAnteApp : PostgresApp
{
    protected override bool StartsFromSeededCopy => false; // its settings change what the seed writes

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ExAnte:ThresholdYuan", "100000");
    }
}

/// <summary>
/// 事前绩效评估 (the submit gate for new large projects, on page, API and batch alike) and 结果应用 (last year's results
/// beside next year's declaration, the budget suggestion finance accepts or overrides), issue 17 items 5–6, ADR-060.
/// </summary>
public abstract partial class ExAnteAndResultsTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    /// <summary>The unit's 2024 drafts the page says need an assessment (new, at least 10 万元).</summary>
    private static async Task<List<(Guid Id, string Name)>> LargeNewDraftsAsync(HttpClient unit)
    {
        var list = (await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct)).EnumerateArray()
            .Where(p => p.GetProperty("state").GetString() == "Draft" && p.GetProperty("fundsTotalYuan").GetDecimal() >= 100_000m)
            .Select(p => (p.GetProperty("id").GetGuid(), p.GetProperty("name").GetString()!)).ToList();
        var large = new List<(Guid, string)>();
        foreach (var p in list)
            if (WebUtility.HtmlDecode(await unit.GetStringAsync($"/Projects/{p.Item1}/ExAnte", Ct)).Contains("本项目须完成事前绩效评估"))
                large.Add(p);
        Assert.True(large.Count >= 2, "the demo unit has at least two new projects of 10 万元 or more");
        return large;
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid id, IDictionary<string, string> fields, Guid? stamp = null)
    {
        var page = await client.GetStringAsync($"/Projects/{id}/ExAnte", Ct);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["stamp"] = (stamp ?? Guid.Parse(StampField().Match(page).Groups[1].Value)).ToString(),
        };
        foreach (var (k, v) in fields) form[$"f[{k}]"] = v;
        return await client.PostAsync($"/Projects/{id}/ExAnte", new FormUrlEncodedContent(form), Ct);
    }

    private static Dictionary<string, string> Complete(string report)
    {
        var f = new Dictionary<string, string>();
        foreach (var (key, label) in ExAnteAssessmentForm.Aspects)
        {
            f[ExAnteAssessmentForm.ScoreKey(key)] = "17.5";
            f[ExAnteAssessmentForm.ReasonKey(key)] = $"{label}：依据充分，测算合理。";
        }
        f[ExAnteAssessmentForm.ConclusionKey] = "予以支持";
        f[ExAnteAssessmentForm.ReportKey] = report;
        f[ExAnteAssessmentForm.OpinionKey] = "同意立项。";
        return f;
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient c, Guid id) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Submit", acknowledgement = "已逐条核实。" }, Ct);

    [Fact]
    public async Task NewLargeProject_WithoutAssessment_IsRefusedInChinese_ByApiAndBatch_AndStaysDraft()
    {
        var unit = await app.LoginAsync("kczx");
        var (id, name) = (await LargeNewDraftsAsync(unit))[0];

        var api = await SubmitAsync(unit, id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        var body = await api.Content.ReadAsStringAsync(Ct);
        Assert.Contains("须先完成事前绩效评估再提交", body);
        Assert.Contains("“立项必要性”未评分", body);
        Assert.Contains("未附评估报告", body);

        var list = await unit.GetStringAsync("/Projects?year=2024", Ct);
        var batch = await unit.PostAsync("/Projects?handler=Batch&year=2024", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(list),
            ["ids"] = id.ToString(),
            ["acknowledgement"] = "已逐条核实。",
        }), Ct);
        var html = WebUtility.HtmlDecode(await batch.Content.ReadAsStringAsync(Ct));
        Assert.Matches($"<tr><td>{Regex.Escape(name)}</td><td>未通过</td><td>[^<]*须先完成事前绩效评估", html);

        var project = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        Assert.Equal("Draft", project.GetProperty("state").GetString());
        Assert.Contains("data-testid=\"exante-panel\"", await unit.GetStringAsync($"/Projects/{id}", Ct));
    }

    [Fact]
    public async Task Assessment_SavedWithStamp_StaleEditRefused_ReportMustBeAttached_ThenTheGateOpens_AndFinanceReadsIt()
    {
        var unit = await app.LoginAsync("kczx");
        var (id, _) = (await LargeNewDraftsAsync(unit))[^1];

        // A stale stamp: refused in Chinese, nothing saved.
        var stale = await SaveAsync(unit, id, Complete("评估报告.pdf"), Guid.NewGuid());
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleHtml = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync(Ct));
        Assert.Contains("alert-danger", staleHtml);
        Assert.DoesNotContain("依据充分，测算合理。</textarea>", WebUtility.HtmlDecode(await unit.GetStringAsync($"/Projects/{id}/ExAnte", Ct)));

        // Saved with the stamp read, recorded in the history; the report named is not attached yet.
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(unit, id, Complete("评估报告.pdf"))).StatusCode);
        var refused = await (await SubmitAsync(unit, id)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("评估报告“评估报告.pdf”不在本版本的附件中", refused);
        Assert.DoesNotContain("未评分", refused);
        Assert.Contains("填写事前绩效评估", await unit.GetStringAsync($"/Projects/{id}", Ct));

        // The report attached to the declaration version: the gate opens (any other refusal is the findings', not ours).
        var details = await unit.GetStringAsync($"/Projects/{id}", Ct);
        var versionId = VersionAttachments().Match(details).Groups[1].Value;
        using var file = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray()), "file", "评估报告.pdf" } };
        Assert.Equal(HttpStatusCode.Created, (await unit.PostAsync($"/api/v1/forms/declaration/{versionId}/attachments", file, Ct)).StatusCode);
        var submit = await SubmitAsync(unit, id);
        Assert.DoesNotContain("事前绩效评估", await submit.Content.ReadAsStringAsync(Ct));

        // Finance sees the assessment (read-only) in the review.
        var finance = await app.LoginAsync("finance");
        var view = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects/{id}/ExAnte", Ct));
        Assert.Contains("data-testid=\"exante-view\"", view);
        Assert.Contains("予以支持", view);
        Assert.Contains("87.5", view); // the total of five 17.5s
        Assert.DoesNotContain("data-testid=\"exante-form\"", view);
        Assert.Contains("data-testid=\"exante-panel-conclusion\">予以支持", await finance.GetStringAsync($"/Projects/{id}", Ct));
        // Exported in the official layout, in each format.
        foreach (var (format, type) in new[] { ("xlsx", "spreadsheetml"), ("docx", "wordprocessingml"), ("pdf", "pdf") })
        {
            var exported = await finance.GetAsync($"/api/v1/projects/{id}/ex-ante/export?format={format}", Ct);
            Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
            Assert.Contains(type, exported.Content.Headers.ContentType!.MediaType);
            Assert.True((await exported.Content.ReadAsByteArrayAsync(Ct)).Length > 500);
        }
        // Finance cannot write it.
        Assert.Contains("alert-danger", await (await SaveAsync(finance, id, Complete("x.pdf"), Guid.NewGuid())).Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ExAntePage_OfAnotherUnitsProject_IsNotFound()
    {
        var mine = (await (await app.LoginAsync("kczx")).GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct)).EnumerateArray().First().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("dsj")).GetAsync($"/Projects/{mine}/ExAnte", Ct)).StatusCode);
    }

    [Fact]
    public async Task LastYearsResults_BesideNextYearsDeclaration_ListSortsAndFilters_FinanceAcceptsOrOverridesWithReason()
    {
        var finance = await app.LoginAsync("finance");
        // The demo's project declared again for 2024 from its evaluated 2023 project, in 财政审核.
        var copied = (await finance.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024&state=FinanceReview", Ct)).EnumerateArray()
            .Select(p => p.GetProperty("id").GetGuid()).ToList();
        Guid id = default;
        string page = "";
        foreach (var c in copied)
            if ((page = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects/{c}", Ct))).Contains("data-testid=\"last-year-panel\""))
            {
                id = c;
                break;
            }
        Assert.NotEqual(default, id);
        Assert.Matches("data-testid=\"last-self-score\">[0-9.]+<", page);
        Assert.Matches("data-testid=\"last-self-grade\">[优良中差]<", page);
        // The demo's 2023 project was also re-reviewed and evaluated, and one rectification item is still open.
        Assert.Matches("data-testid=\"last-rereview-score\">[0-9.]+<", page);
        Assert.Matches("data-testid=\"last-evaluation-grade\">[优良中差]<", page);
        Assert.Contains("data-testid=\"last-open-rectifications\">1 项<", page);
        Assert.Contains("data-testid=\"budget-suggestion\"", page);
        // The grade that counts (the evaluation's) is the one the list shows and filters by.
        var grade = Regex.Match(page, "data-testid=\"last-grade\">([优良中差])（重点绩效评价）<").Groups[1].Value;
        Assert.NotEqual("", grade);
        var gradeValue = grade switch { "优" => "Excellent", "良" => "Good", "中" => "Fair", _ => "Poor" };

        // The list filters and sorts by last year's grade.
        var filtered = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects?year=2024&lastGrade={gradeValue}&sort=grade", Ct));
        Assert.Contains($"/Projects/{id}\"", filtered);
        Assert.Contains($"data-testid=\"last-grade\">{grade}<", filtered);
        var other = gradeValue == "Poor" ? "Excellent" : "Poor";
        Assert.DoesNotContain($"/Projects/{id}\"", await finance.GetStringAsync($"/Projects?year=2024&lastGrade={other}", Ct));
        var sorted = WebUtility.HtmlDecode(await finance.GetStringAsync("/Projects?year=2024&sort=grade", Ct));
        Assert.True(sorted.IndexOf($"/Projects/{id}\"", StringComparison.Ordinal) < sorted.IndexOf("data-testid=\"last-grade\">—<", StringComparison.Ordinal),
            "projects with last year's grade come before those without");

        async Task<string> Decide(HttpClient c, Dictionary<string, string> form)
        {
            var got = await c.GetAsync($"/Projects/{id}", Ct);
            if (got.StatusCode == HttpStatusCode.NotFound) return "notfound";
            var p = await got.Content.ReadAsStringAsync(Ct);
            form["__RequestVerificationToken"] = Token(p);
            if (!form.ContainsKey("stamp")) form["stamp"] = StampField().Match(p).Groups[1].Value;
            var r = await c.PostAsync($"/Projects/{id}?handler=BudgetDecision", new FormUrlEncodedContent(form), Ct);
            return r.StatusCode == HttpStatusCode.Redirect ? "redirect" : WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync(Ct));
        }
        Assert.Contains("不采纳建议时，请填写理由。", await Decide(finance, new() { ["accept"] = "false", ["overrideYuan"] = "0" }));
        Assert.Contains("alert-danger", await Decide(finance, new() { ["accept"] = "true", ["stamp"] = Guid.NewGuid().ToString() }));
        Assert.Equal("redirect", await Decide(finance, new() { ["accept"] = "false", ["overrideYuan"] = "0", ["reason"] = "上年问题已整改到位" }));
        var after = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects/{id}", Ct));
        Assert.Contains("财政确定：不采纳建议，预算 0.00 元（理由：上年问题已整改到位）", after);
        Assert.Contains("确定结果应用预算建议", after);
        var audit = WebUtility.HtmlDecode(await finance.GetStringAsync($"/Audit/Project/{id}", Ct));
        Assert.Contains("财政确定金额", audit);

        // Only finance decides: the 主管部门 is refused (or does not see the project at all), and nothing is recorded.
        var byDepartment = await Decide(await app.LoginAsync("kewei"), new() { ["accept"] = "true" });
        Assert.NotEqual("redirect", byDepartment);
        Assert.Contains("理由：上年问题已整改到位", WebUtility.HtmlDecode(await finance.GetStringAsync($"/Projects/{id}", Ct)));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"stamp\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex StampField();

    [GeneratedRegex("/api/v1/forms/declaration/([0-9a-f-]{36})/attachments")]
    private static partial Regex VersionAttachments();
}

public sealed class SqliteExAnteAndResultsTests(SqliteExAnteApp app) : ExAnteAndResultsTests<SqliteExAnteApp>(app), IClassFixture<SqliteExAnteApp>;

public sealed class PostgresExAnteAndResultsTests(PostgresExAnteApp app) : ExAnteAndResultsTests<PostgresExAnteApp>(app), IClassFixture<PostgresExAnteApp>;
