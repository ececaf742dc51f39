using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// /api/v1 exchanges its own contract (Jixiao.Web.Api.Contracts.V1), not the stored records: a declaration's fields
/// travel by key as text, a request that names no field of the form or holds an unreadable value is refused in Chinese
/// with nothing written, and the OpenAPI document describes the contract records.
/// </summary>
public abstract class ApiContractTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Project = "编外人员工作经费";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, Guid Id, JsonObject Detail)> DraftAsync()
    {
        var client = await app.LoginAsync("kczx");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == Project).GetProperty("id").GetGuid();
        return (client, id, (await client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!);
    }

    private async Task<string> StoredAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        return await db.DeclarationVersions.Where(v => v.ProjectId == id).OrderByDescending(v => v.Number).Select(v => v.Content).FirstAsync(Ct);
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid id, JsonObject detail, Action<JsonObject> change)
    {
        var content = detail["content"]!.DeepClone().AsObject();
        change(content);
        return client.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
    }

    [Fact]
    public async Task GetProject_Content_IsTheContractWithFieldsByKeyAsText()
    {
        var (_, _, detail) = await DraftAsync();
        var content = detail["content"]!.AsObject();

        Assert.Equal(Project, content["fields"]!["name"]!.GetValue<string>());
        Assert.Equal(JsonValueKind.String, content["fields"]!["projectFundsTotal"]!.GetValueKind()); // money as its text
        foreach (var stored in new[] { "schemaVersion", "templateId", "form", "funds", "name" })
            Assert.False(content.ContainsKey(stored), $"the stored record's “{stored}” is on the wire");
    }

    [Fact]
    public async Task SaveProject_UnknownFieldKey_Is400NamingIt_AndChangesNothing()
    {
        var (client, id, detail) = await DraftAsync();
        var before = await StoredAsync(id);

        var response = await SaveAsync(client, id, detail, c => c["fields"]!["projectBoss"] = "张三");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("没有“projectBoss”这一项", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("fields.projectBoss", out _));
        Assert.Equal(before, await StoredAsync(id));
    }

    [Theory]
    [InlineData("plannedStart", "明年三月", "计划开始日期")]
    [InlineData("projectFundsTotal", "十万元", "项目资金总额")]
    public async Task SaveProject_ValueNotOfItsKind_Is400NamingTheField_AndChangesNothing(string key, string text, string label)
    {
        var (client, id, detail) = await DraftAsync();
        var before = await StoredAsync(id);

        var response = await SaveAsync(client, id, detail, c => c["fields"]![key] = text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains($"“{label}”应为", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty($"fields.{key}", out _));
        // The one refusal shape (RefusalProblems): each refused key with the field's Chinese name.
        Assert.Equal(label, problem.GetProperty("fields").GetProperty($"fields.{key}").GetString());
        Assert.Equal("填报内容有误", problem.GetProperty("title").GetString());
        Assert.Equal(before, await StoredAsync(id));
    }

    [Fact]
    public async Task OpenApi_DescribesTheContractRecords_NotTheStoredOnes()
    {
        var doc = JsonDocument.Parse(await (await app.LoginAsync("kczx")).GetStringAsync("/api/openapi/v1.json", Ct)).RootElement;
        var schemas = doc.GetProperty("components").GetProperty("schemas");

        Assert.True(schemas.GetProperty("DeclarationEntry").GetProperty("properties").TryGetProperty("fields", out _));
        Assert.True(schemas.TryGetProperty("SaveProjectRequest", out _));
        Assert.True(schemas.TryGetProperty("SelfEvaluationScore", out _));
        Assert.False(schemas.GetProperty("MonitoringEntry").GetProperty("properties").TryGetProperty("schemaVersion", out _));
        // The 运行监控表 and the 自评表 carry their entered fields by the definition's keys (ADR-023), not a property each.
        Assert.True(schemas.GetProperty("MonitoringEntry").GetProperty("properties").TryGetProperty("fields", out _));
        Assert.False(schemas.GetProperty("MonitoringEntry").GetProperty("properties").TryGetProperty("annualBudget", out _));
        Assert.True(schemas.GetProperty("SelfEvaluationEntry").GetProperty("properties").TryGetProperty("funds", out _));
        Assert.False(schemas.TryGetProperty("SelfEvaluationForm", out _), "the service's input type SelfEvaluationForm is part of the API");
        foreach (var stored in new[] { "ProjectContent", "MonitoringContent", "SelfEvaluationScoreDto", "EvaluationContent", "ScoreSnapshot", "BudgetDisclosure", "DisclosureCell", "AuditRow", "FieldChange" })
            Assert.False(schemas.TryGetProperty(stored, out _), $"stored record {stored} is part of the API");
    }
}

public sealed class SqliteApiContractTests(SqliteApp app) : ApiContractTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresApiContractTests(PostgresApp app) : ApiContractTests<PostgresApp>(app), IClassFixture<PostgresApp>;
