using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

/// <summary>
/// A money field as the clerk types it is read by the domain's one rule on the server: `139.2万` is saved as
/// 1,392,000 元 and counts as filled for the live review; a refused figure is refused with its reason, naming the field,
/// and changes nothing.
/// </summary>
public abstract class MoneyEntryApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Unit, Guid Id, JsonObject Detail)> Project(string name)
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonArray>("/api/v1/projects?year=2024", Ct);
        var id = list!.First(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();
        return (unit, id, (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!);
    }

    private static Task<HttpResponseMessage> Save(HttpClient unit, Guid id, JsonObject detail, string key, string text)
    {
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]![key] = text;
        return unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
    }

    [Fact]
    public async Task Save_WanYuan_IsReadAsYuan_AndCountsAsFilled()
    {
        var (unit, id, detail) = await Project("科技金融宣传活动费");
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]!["projectFundsTotal"] = "139.2万";
        var lint = await (await unit.PostAsJsonAsync($"/api/v1/projects/{id}/lint", content, Ct)).Content.ReadFromJsonAsync<JsonArray>(Ct);
        Assert.DoesNotContain(lint!, f => f!["field"]?.GetValue<string>() == "项目资金总额" && f["ruleId"]!.GetValue<string>() == "CMP-01");

        Assert.Equal(HttpStatusCode.NoContent, (await Save(unit, id, detail, "projectFundsTotal", "139.2万")).StatusCode);
        var view = await unit.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Contains("data-field=\"projectFundsTotal\">1,392,000.00</td>", view);
    }

    [Theory]
    [InlineData("-1392000", "项目资金总额")]
    [InlineData("139.2万万", "项目资金总额")]
    public async Task Save_RefusedFigure_NamesTheField_AndChangesNothing(string text, string field)
    {
        var (unit, id, detail) = await Project("编外人员工作经费");
        var before = detail["content"]!["fields"]!["projectFundsTotal"]?.ToJsonString();

        var response = await Save(unit, id, detail, "projectFundsTotal", text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.Content.ReadAsStringAsync(Ct));
        var after = (await unit.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!["content"]!["fields"]!["projectFundsTotal"]?.ToJsonString();
        Assert.Equal(before, after);
    }
}

public sealed class SqliteMoneyEntryApiTests(SqliteApp app) : MoneyEntryApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresMoneyEntryApiTests(PostgresApp app) : MoneyEntryApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
