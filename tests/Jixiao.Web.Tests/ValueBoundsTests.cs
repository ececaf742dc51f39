using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Amounts, weights and scores outside their domain ranges (Jixiao.Domain.Bounds.ValueRanges): refused at every entry
/// point with the field named and nothing written; a stored out-of-range value (older data, a restore) is shown with
/// a review finding on every page that reads it, never a 500.
/// </summary>
public abstract class ValueBoundsTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Kczx = "上海市松江区科技创新服务中心";
    private const string Absurd = "79228162514264337593543950335"; // decimal.MaxValue: the reported value
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The drafts the other tests edit stay drafts whichever test runs first.
    private static bool Approvable(Jixiao.Domain.Projects.Project p) =>
        p.Indicators.Count > 0 && p.Name is not ("编外人员工作经费" or "科技金融宣传活动费");

    private async Task<(HttpClient Client, Guid Id, JsonElement Detail)> DraftAsync(string name)
    {
        var client = await app.LoginAsync("kczx");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (client, id, await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct));
    }

    /// <summary>The stored content with one 项目资金 cell replaced by the text of an amount (as the editor sends it).</summary>
    private static StringContent SaveBody(JsonElement detail, string fundsField, string numberText)
    {
        var content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(content["fields"].GetRawText())!;
        fields[fundsField] = JsonSerializer.SerializeToElement(numberText);
        content["fields"] = JsonSerializer.SerializeToElement(fields);
        var body = JsonSerializer.Serialize(new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() });
        return new StringContent(body, Encoding.UTF8, "application/json");
    }

    private async Task<string> StoredContentAsync(Guid projectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.DeclarationVersions.Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number).Select(v => v.Content).FirstAsync(Ct);
    }

    [Theory]
    [InlineData("projectFundsTotal", Absurd, "项目资金总额")]
    [InlineData("projectFundsTotal", "10000000000000.01", "项目资金总额")] // one cent above 10^13 元
    [InlineData("fiscalFunds", "-1", "财政资金")]                         // finding 11: negative funds
    [InlineData("annualOtherFunds", "0.001", "其他资金")]                 // three decimals
    public async Task SaveProject_OutOfRangeFunds_Is400NamingTheField_AndWritesNothing(string field, string value, string label)
    {
        var (client, id, detail) = await DraftAsync("编外人员工作经费");
        var before = await StoredContentAsync(id);

        var response = await client.PutAsync($"/api/v1/projects/{id}", SaveBody(detail, field, value), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(label, body);
        Assert.Equal(before, await StoredContentAsync(id));
        foreach (var user in new[] { "kczx", "kewei", "finance", "admin" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.LoginAsync(user)).GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task SaveSelfEvaluation_Weight1e27_Is400NamingTheRow_AndWritesNothing()
    {
        var (projectId, declared) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, Approvable, Ct);
        var client = await app.LoginAsync("kczx");
        var started = await client.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct);
        var first = declared.Indicators[0];
        var form = new
        {
            concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid(),
            funds = new { total = new { initialBudget = "100", adjustedBudget = "100", expenditure = "90", weight = "10" } },
            rows = new[] { new { key = first.Key!.Value, actualText = "1", weight = 1e27m, score = 1m } },
        };
        var before = await WithDbAsync(db => db.SelfEvaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync(Ct));

        var response = await client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains($"第 1 行指标“{first.Name}”·分值", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty($"rows[{first.Key}].weight", out _));
        // One refusal shape (ADR-021): Chinese title, and the field's Chinese name under the same key as its errors.
        Assert.Equal("数值超出允许范围", problem.GetProperty("title").GetString());
        Assert.Equal($"第 1 行指标“{first.Name}”·分值", problem.GetProperty("fields").GetProperty($"rows[{first.Key}].weight").GetString());
        Assert.Equal(before, await WithDbAsync(db => db.SelfEvaluations.Where(e => e.Id == id).Select(e => e.Content).SingleAsync(Ct)));
    }

    [Fact]
    public async Task UpdateDisclosure_AbsurdAmount_Is400NamingTheCell_AndWritesNothing()
    {
        var (client, _) = await DisclosureTestSupport.NewUnitAsync(app);
        var id = await DisclosureTestSupport.CreateDraftAsync(client);
        var before = await WithDbAsync(db => db.Disclosures.Where(d => d.Id == id).Select(d => d.Content).SingleAsync(Ct));
        var stamp = (await DisclosureTestSupport.GetAsync(client, id)).GetProperty("stamp").GetGuid();

        var response = await client.PutAsync($"/api/v1/disclosures/{id}", new StringContent(
            "{\"stamp\":\"" + stamp + "\",\"amounts\":{\"3.sum.total\":" + Absurd + "}}", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("表3", problem.GetProperty("detail").GetString());
        Assert.Contains("合计", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("3.sum.total", out _));
        Assert.Equal("数值超出允许范围", problem.GetProperty("title").GetString());
        Assert.Contains("合计", problem.GetProperty("fields").GetProperty("3.sum.total").GetString());
        Assert.Equal(before, await WithDbAsync(db => db.Disclosures.Where(d => d.Id == id).Select(d => d.Content).SingleAsync(Ct)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/disclosures/{id}", Ct)).StatusCode); // still readable and correctable
    }

    [Fact]
    public async Task Import_DeclarationWithAbsurdAmount_IsRefusedWithTheLine_AndWritesNothing()
    {
        var (client, _, name) = await DocumentTestSupport.NewUnitAsync(app);
        var text = Encoding.UTF8.GetString(DocumentTestSupport.DeclarationsOf(name))
            .Replace("项目资金总额\t10,180,000.00", "项目资金总额\t100,000,000,000,000.00", StringComparison.Ordinal);
        var before = await DocumentTestSupport.SnapshotAsync(app);

        var response = await client.PostAsync("/api/v1/imports", DocumentTestSupport.Upload(Encoding.UTF8.GetBytes(text), "申报表.txt"), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString()!;
        Assert.Contains("项目资金总额“100,000,000,000,000.00”不能超过 10,000,000,000,000.00 元", detail);
        Assert.Matches(@"自第 \d+ 行起", detail);
        Assert.Equal(before, await DocumentTestSupport.SnapshotAsync(app));
    }

    [Fact]
    public async Task StoredOutOfRange_EveryPageAnswers_WithTheFinding()
    {
        // Written straight to the store, as an older version or a restore would have left it.
        var (unitClient, projectId, _) = await DraftAsync("科技金融宣传活动费");
        await WithDbAsync(async db =>
        {
            var version = await db.DeclarationVersions.Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number).FirstAsync(Ct);
            var content = DeclarationContentJson.ReadProject(version.Content);
            version.Content = DeclarationContentJson.Write(content with { Funds = content.Funds with { ProjectFundsTotal = decimal.MaxValue, FiscalFunds = decimal.MaxValue } });
            // The list column is numeric(18,2) on PostgreSQL: its largest value, still 1,000 × the money range.
            (await db.Projects.SingleAsync(p => p.Id == projectId, Ct)).FundsTotalYuan = 9_999_999_999_999_999.99m;
            return await db.SaveChangesAsync(Ct);
        });
        var (evaluatedId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, Approvable, Ct);
        var started = await unitClient.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId = evaluatedId }, Ct);
        var evaluationId = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        await WithDbAsync(async db =>
        {
            var e = await db.SelfEvaluations.SingleAsync(x => x.Id == evaluationId, Ct);
            var content = EvaluationContentJson.Read(e.Content);
            // Stored figures are texts (schema 2 on): the largest decimals as digits.
            var max = decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var huge = 1e27m.ToString(System.Globalization.CultureInfo.InvariantCulture);
            e.Content = EvaluationContentJson.Write(content with
            {
                Funds = new Dictionary<string, Domain.Forms.FundTexts>(content.Funds) { ["total"] = new(max, max, "0.01") },
                ExecutionWeight = huge,
                Rows = content.Rows.ToDictionary(r => r.Key, r => r.Value with { Weight = huge, Score = max }),
            });
            return await db.SaveChangesAsync(Ct);
        });
        var (discClient, _) = await DisclosureTestSupport.NewUnitAsync(app);
        var disclosureId = await DisclosureTestSupport.CreateDraftAsync(discClient);
        await WithDbAsync(async db =>
        {
            var d = await db.Disclosures.SingleAsync(x => x.Id == disclosureId, Ct);
            var package = DisclosureJson.Deserialize(d.Content);
            d.Content = DisclosureJson.Serialize(package with { Expense = package.Expense! with { Total = package.Expense.Total! with { Basic = decimal.MaxValue } } });
            return await db.SaveChangesAsync(Ct);
        });

        foreach (var user in new[] { "kczx", "kewei", "finance", "admin" })
        {
            var client = user == "kczx" ? unitClient : await app.LoginAsync(user);
            foreach (var url in new[] { "/", "/Projects", $"/Projects/{projectId}", "/Analysis", $"/Analysis?project={projectId}", $"/SelfEvaluations/{evaluationId}", "/Monitoring/Overview" })
            {
                var page = await client.GetAsync(url, Ct);
                Assert.True(page.StatusCode == HttpStatusCode.OK, $"{user} {url}: {(int)page.StatusCode}");
            }
            Assert.Contains("RNG-01", await client.GetStringAsync($"/Projects/{projectId}", Ct));
            Assert.Contains("超出允许范围", await client.GetStringAsync($"/SelfEvaluations/{evaluationId}", Ct));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/projects/{projectId}/export?format=xlsx", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/self-evaluations/{evaluationId}/export?format=xlsx", Ct)).StatusCode);
        }
        foreach (var client in new[] { discClient, await app.LoginAsync("finance"), await app.LoginAsync("admin") })
        {
            var page = await client.GetAsync($"/Disclosure/{disclosureId}", Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("RNG-01", await page.Content.ReadAsStringAsync(Ct));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/disclosures/{disclosureId}/export?format=xlsx", Ct)).StatusCode);
        }
    }

    private async Task<T> WithDbAsync<T>(Func<JixiaoDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }
}

public sealed class SqliteValueBoundsTests(SqliteApp app) : ValueBoundsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresValueBoundsTests(PostgresApp app) : ValueBoundsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
