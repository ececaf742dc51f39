using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

/// <summary>
/// A field added to a form definition needs no web change: 项目负责人 (`projectLead`, one line in the district 2024
/// definition) is offered by the editor, saved and read back through the API, shown on the form view, and appears in
/// the version comparison and the audit trail, with no web code naming it.
/// </summary>
public abstract class DefinitionFieldTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Key = "projectLead";
    private const string Label = "项目负责人";
    private const string Lead = "王晓明";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonObject> DetailAsync(HttpClient c, Guid id) => (await c.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;

    private static async Task Move(HttpClient c, Guid id, string action, string? ack = null) =>
        Assert.Equal(HttpStatusCode.NoContent,
            (await c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, Ct)).StatusCode);

    [Fact]
    public async Task ProjectLead_IsEdited_Saved_Shown_Compared_AndAudited()
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == "短信平台月租费").GetProperty("id").GetGuid();

        // The editor offers it, from the definition.
        var editor = await unit.GetStringAsync($"/Projects/{id}/Edit", Ct);
        Assert.Contains($"data-field=\"{Key}\"", editor);
        Assert.Contains($">{Label}</label>", editor);

        // Version 1 approved without it, then an adjustment (version 2) fills it in through the API.
        await Move(unit, id, "Submit", ack: "已核实。");
        var reviewer = await app.LoginAsync("kewei");
        await Move(reviewer, id, "Open");
        await Move(reviewer, id, "Pass");
        await Move(await app.LoginAsync("finance"), id, "Approve");
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PostAsJsonAsync($"/api/v1/projects/{id}/adjustments", new { text = "补充项目负责人" }, Ct)).StatusCode);
        var detail = await DetailAsync(unit, id);
        Assert.True(detail["content"]!["fields"]!.AsObject().ContainsKey(Key)); // offered, still blank
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]![Key] = Lead;
        var saved = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        // Read back, shown on the form view under its label.
        Assert.Equal(Lead, (await DetailAsync(unit, id))["content"]!["fields"]![Key]!.GetValue<string>());
        var view = await unit.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Contains($">{Label}</th>", view);
        Assert.Contains($"data-field=\"{Key}\">{Lead}</td>", view);

        // Compared between the versions (API and page) and recorded in the audit trail, by its name.
        var changes = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/compare?a=1&b=2", Ct);
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("where").GetString() == Label
            && c.GetProperty("old").ValueKind == JsonValueKind.Null && c.GetProperty("new").GetString() == Lead);
        var compare = await unit.GetStringAsync($"/Projects/{id}/Compare?a=1&b=2", Ct);
        Assert.Contains($"<td>{Label}</td><td></td><td>{Lead}</td>", compare);
        var events = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/audit/Project/{id}", Ct);
        Assert.Contains(events.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "Update").SelectMany(e => e.GetProperty("changes").EnumerateArray()),
            c => c.GetProperty("field").GetString() == Label && c.GetProperty("new").GetString() == Lead);
        var audit = await unit.GetStringAsync($"/Audit/Project/{id}", Ct);
        Assert.Contains(Lead, audit);
        Assert.Contains("<td>状态</td><td class=\"text-break\">草稿</td><td class=\"text-break\">已提交</td>", audit); // the submit, in Chinese
        Assert.DoesNotContain(">Submit<", audit);
        Assert.DoesNotContain(">Update<", view); // the form view's history, in Chinese
    }

    [Fact]
    public async Task ProjectLead_LongerThanAOneLineValue_Is400NamingIt_AndChangesNothing()
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == "编外人员工作经费").GetProperty("id").GetGuid();
        var detail = await DetailAsync(unit, id);
        var content = detail["content"]!.DeepClone().AsObject();
        content["fields"]![Key] = new string('王', 501);

        var response = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"“{Label}”最多 500 个字符", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
        Assert.Equal(detail["concurrencyStamp"]!.GetValue<Guid>(), (await DetailAsync(unit, id))["concurrencyStamp"]!.GetValue<Guid>()); // nothing saved
    }
}

public sealed class SqliteDefinitionFieldTests(SqliteApp app) : DefinitionFieldTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDefinitionFieldTests(PostgresApp app) : DefinitionFieldTests<PostgresApp>(app), IClassFixture<PostgresApp>;
