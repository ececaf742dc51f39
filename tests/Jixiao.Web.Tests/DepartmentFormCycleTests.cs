using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Documents;
using Jixiao.Documents.Export;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests;

/// <summary>
/// The approved 部门整体 form after its declaration (ADR-064): the department fills its 运行监控 like a unit does a
/// project's and 财政局 reviews it; finance may select it for a 重点绩效评价, named 部门整体 with the department's name;
/// it exports in its template's layout (年度履职目标 included) to xlsx, docx and PDF, which import back to the same duties.
/// </summary>
public abstract class DepartmentFormCycleTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> ScienceFormAsync()
    {
        var finance = await app.LoginAsync("finance");
        var orgs = JsonDocument.Parse(await finance.GetStringAsync("/api/v1/organizations?kind=Department", Ct)).RootElement;
        var id = orgs.EnumerateArray().Single(o => o.GetProperty("name").GetString() == DemoOrganizations.ScienceCommission).GetProperty("id").GetInt32();
        var year = JsonDocument.Parse(await finance.GetStringAsync($"/api/v1/departments/{id}/years/2024", Ct)).RootElement;
        Assert.Equal("Approved", year.GetProperty("formState").GetString());
        return year.GetProperty("formId").GetGuid();
    }

    // A 1–7月 report on track: 70 % spent, each row forecast at its target (the demo's targets are ≥/= figures).
    private static async Task<object> OnTrackReportAsync(HttpClient client, Guid id, Guid? stamp)
    {
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        return new
        {
            concurrencyStamp = stamp,
            fields = new Dictionary<string, string?> { ["annualBudget"] = "1000000", ["expenditureToDate"] = "700000" },
            rows = detail.GetProperty("content").GetProperty("indicators").EnumerateArray().Select(i => new
            {
                key = i.GetProperty("key").GetGuid(),
                forecastText = i.GetProperty("targetText").GetString()!.TrimStart('≥', '≤', '='),
                likelihood = "Certain",
            }).ToList(),
        };
    }

    private static Task<HttpResponseMessage> Move(HttpClient c, Guid id, string action, string? comment = null) =>
        c.PostAsJsonAsync($"/api/v1/monitoring/{id}/7/transitions", new { action, comment }, Ct);

    [Fact]
    public async Task Monitoring_DepartmentFillsAndSubmitsItsOwn_FinanceConfirms_TheDepartmentCannotReviewIt()
    {
        var id = await ScienceFormAsync();
        var kewei = await app.LoginAsync("kewei");
        var finance = await app.LoginAsync("finance");

        Assert.Equal(HttpStatusCode.NoContent, (await kewei.PutAsJsonAsync($"/api/v1/monitoring/{id}/7", await OnTrackReportAsync(kewei, id, null), Ct)).StatusCode);
        var stamp = (await kewei.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{id}/7", Ct)).GetProperty("content").GetProperty("concurrencyStamp").GetGuid();
        var submitted = await kewei.PostAsJsonAsync($"/api/v1/monitoring/{id}/7/submit", await OnTrackReportAsync(kewei, id, stamp), Ct);
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);

        var selfReview = await Move(kewei, id, "Open");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, selfReview.StatusCode);
        Assert.Contains("不能自行审核", await selfReview.Content.ReadAsStringAsync(Ct));
        // A unit below the department does not reach the department's form at all.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync("kczx")).PutAsJsonAsync($"/api/v1/monitoring/{id}/7",
            await OnTrackReportAsync(kewei, id, stamp), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(finance, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(finance, id, "Confirm")).StatusCode);

        var report = await kewei.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{id}/7", Ct);
        Assert.Equal("Confirmed", report.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Evaluation_FinanceSelectsTheDepartmentForm_ListsNameIt部门整体_TheEvaluatorSeesOnlyWhatIsAssigned()
    {
        var id = await ScienceFormAsync();
        var finance = await app.LoginAsync("finance");
        var agencies = JsonDocument.Parse(await finance.GetStringAsync("/api/v1/organizations?kind=EvaluationAgency", Ct)).RootElement;
        var agency = agencies.EnumerateArray().First().GetProperty("id").GetInt32();

        var assigned = await finance.PostAsJsonAsync("/api/v1/evaluations", new { projectId = id, evaluatorOrgId = agency, deadline = "2099-12-31" }, Ct);
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var evaluation = (await assigned.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var listed = (await finance.GetFromJsonAsync<JsonElement>("/api/v1/evaluations?size=200", Ct)).EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == evaluation);
        Assert.Equal($"部门整体：{DemoOrganizations.ScienceCommission}", listed.GetProperty("projectName").GetString());
        Assert.Equal(DemoOrganizations.ScienceCommission, listed.GetProperty("unitName").GetString());
        Assert.Contains($"部门整体：{DemoOrganizations.ScienceCommission}", await finance.GetStringAsync($"/Evaluations/{evaluation}", Ct));
        var seen = await (await app.LoginAsync("pjjg")).GetAsync($"/api/v1/evaluations/{evaluation}", Ct);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        foreach (var outsider in new[] { "kczx", "dsj", "zfb" })
            Assert.Equal(HttpStatusCode.NotFound, (await (await app.LoginAsync(outsider)).GetAsync($"/api/v1/evaluations/{evaluation}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("docx")]
    [InlineData("pdf")]
    public async Task Export_InTheDepartmentLayout_ImportsBackWithItsDutiesAndIndicators(string format)
    {
        var id = await ScienceFormAsync();
        var kewei = await app.LoginAsync("kewei");
        var detail = await kewei.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);

        var response = await kewei.GetAsync($"/api/v1/projects/{id}/export?format={format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        ExportFormats.TryParse(format, out var f);
        Assert.Equal(f.ContentType(), response.Content.Headers.ContentType!.ToString());
        var back = DocumentImporter.ImportBytes(response.Content.Headers.ContentDisposition!.FileNameStar!, await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.True(back.Success, back.Error);
        var project = Assert.Single(back.Document!.Package.Projects);
        var duties = detail.GetProperty("content").GetProperty("duties").EnumerateArray()
            .Select(d => (d.GetProperty("projectName").GetString()!, decimal.Round(decimal.Parse(d.GetProperty("amountWanYuan").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero) * 10_000m)).ToList();
        Assert.NotEmpty(duties);
        // Printed in 万元 to two places, read back in 元.
        Assert.Equal(duties, project.Duties.Select(d => (d.ProjectName, d.AmountYuan ?? -1m)));
        Assert.Equal(detail.GetProperty("content").GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("name").GetString()),
            project.Indicators.Select(i => i.Name));
    }
}

public sealed class SqliteDepartmentFormCycleTests(SqliteApp app) : DepartmentFormCycleTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDepartmentFormCycleTests(PostgresApp app) : DepartmentFormCycleTests<PostgresApp>(app), IClassFixture<PostgresApp>;
