using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Content;
using Jixiao.Domain.Scoring;
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

    private async Task<(HttpClient Client, Guid Id, JsonElement Detail)> DraftAsync(string name)
    {
        var client = await app.LoginAsync("kczx");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (client, id, await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct));
    }

    /// <summary>The stored content with one 项目资金 cell replaced by raw JSON number text (so 10^28 arrives exactly).</summary>
    private static StringContent SaveBody(JsonElement detail, string fundsField, string numberText)
    {
        var content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        var funds = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(content["funds"].GetRawText())!;
        funds[fundsField] = JsonDocument.Parse(numberText).RootElement.Clone();
        content["funds"] = JsonSerializer.SerializeToElement(funds);
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
}

public sealed class SqliteValueBoundsTests(SqliteApp app) : ValueBoundsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresValueBoundsTests(PostgresApp app) : ValueBoundsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
