using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

/// <summary>
/// After an approved adjustment (调整) the 自评表 starts with the budget at the start of the year as 年初预算数 — the version
/// as first approved — and the adjusted budget as 全年预算数, through the real declaration workflow.
/// </summary>
public abstract class SelfEvaluationAdjustmentTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task Move(HttpClient c, Guid id, string action, string? ack = null) =>
        Assert.Equal(HttpStatusCode.NoContent,
            (await c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, Ct)).StatusCode);

    private async Task Approve(HttpClient unit, Guid id)
    {
        await Move(unit, id, "Submit", ack: "已核实。");
        var reviewer = await app.LoginAsync("kewei");
        await Move(reviewer, id, "Open");
        await Move(reviewer, id, "Pass");
        await Move(await app.LoginAsync("finance"), id, "Approve");
    }

    private static decimal Money(JsonNode? text) => decimal.Parse(text!.GetValue<string>().Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [Fact]
    public async Task AfterAnAdjustment_InitialBudgetIsTheOriginalApproval_AndTheYearsBudgetTheAdjustedOne()
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == "短信平台月租费").GetProperty("id").GetGuid();
        await Approve(unit, id);
        var original = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var budget = Money(original["content"]!["fields"]!["annualRequestTotal"]);
        var appropriation = Money(original["content"]!["fields"]!["currentYearAppropriation"]);

        // 调减 10,000 in version 2, approved: version 1 is superseded.
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PostAsJsonAsync($"/api/v1/projects/{id}/adjustments", new { text = "预算调减" }, Ct)).StatusCode);
        var draft = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var content = draft["content"]!.DeepClone().AsObject();
        content["fields"]!["annualRequestTotal"] = (budget - 10_000m).ToString(CultureInfo.InvariantCulture);
        content["fields"]!["currentYearAppropriation"] = (appropriation - 10_000m).ToString(CultureInfo.InvariantCulture);
        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = draft["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        await Approve(unit, id);

        var started = await unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId = id }, Ct);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var evaluation = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var funds = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/self-evaluations/{evaluation}", Ct))!["form"]!["funds"]!;

        Assert.Equal(budget, Money(funds["total"]!["initialBudget"]));
        Assert.Equal(budget - 10_000m, Money(funds["total"]!["adjustedBudget"]));
        Assert.Equal(appropriation, Money(funds["currentYearAppropriation"]!["initialBudget"]));
        Assert.Equal(appropriation - 10_000m, Money(funds["currentYearAppropriation"]!["adjustedBudget"]));
    }
}

public sealed class SqliteSelfEvaluationAdjustmentTests(SqliteApp app) : SelfEvaluationAdjustmentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresSelfEvaluationAdjustmentTests(PostgresApp app) : SelfEvaluationAdjustmentTests<PostgresApp>(app), IClassFixture<PostgresApp>;
