using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// The audit trail (issue 7): an edit records who, when, which form and field, old → new; the form's 修改记录 page and
/// its CSV show it; the administrator's filtered export holds it; outsiders see nothing; HTTP cannot change an event.
/// </summary>
public sealed class AuditTrailTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Kczx = "上海市松江区科技创新服务中心";

    [Fact]
    public async Task DeclarationEdit_IsRecordedWithFieldOldAndNew_ShownPerForm_AndExported()
    {
        var client = await app.LoginAsync("kczx");
        var (id, oldName) = await DraftAsync(client);
        var newName = oldName + "（修订）";

        await RenameAsync(client, id, newName);

        var events = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit/Project/{id}", Ct);
        var update = events.EnumerateArray().Last(e => e.GetProperty("action").GetString() == "Update");
        Assert.Equal("kczx", update.GetProperty("userName").GetString());
        Assert.Contains(update.GetProperty("changes").EnumerateArray(),
            c => c.GetProperty("old").GetString() == oldName && c.GetProperty("new").GetString() == newName);

        var page = await client.GetStringAsync($"/Audit/Project/{id}", Ct);
        Assert.Contains("修改记录", page);
        Assert.Contains(">修改<", page);          // the action in Chinese, not its code name
        Assert.DoesNotContain(">Update<", page);
        Assert.Contains(newName, page);
        Assert.Contains(oldName, page);
        Assert.Contains($"/Audit/Project/{id}", await client.GetStringAsync($"/Projects/{id}", Ct)); // linked from the form

        var csv = await client.GetStringAsync($"/Audit/Project/{id}?handler=Csv", Ct);
        Assert.Contains("时间,用户,角色,操作,表单类型,表单编号,版本,字段,原值,新值,说明", csv);
        Assert.Contains($"\"{oldName}\",\"{newName}\"", csv);

        var admin = await app.LoginAsync("admin");
        var export = await admin.GetStringAsync($"/Admin/Audit?handler=Csv&type=Project&userName=kczx&action=Update", Ct);
        Assert.Contains($"\"{oldName}\",\"{newName}\"", export);
        Assert.DoesNotContain("\"Import\"", export); // filtered to the action
        Assert.Contains(newName, await admin.GetStringAsync("/Admin/Audit?type=Project", Ct));
    }

    [Fact]
    public async Task Csv_SaysActionsRolesStatesAndGradesInChinese_AsThePageDoes()
    {
        var (id, _) = await DraftAsync(await app.LoginAsync("kczx"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
            db.AuditEvents.Add(new Data.Entities.AuditEvent
            {
                AtUtc = DateTimeOffset.UtcNow,
                UserName = "kczx",
                Role = "UnitPreparer",
                Action = "Submit",
                EntityType = "Project",
                EntityId = id.ToString(),
                Version = 1,
                Diff = """[{"field":"State","old":"Draft","new":"Submitted"},{"field":"服务次数·完成档次","old":null,"new":"Achieved"}]""",
            });
            await db.SaveChangesAsync(Ct);
        }

        var client = await app.LoginAsync("kczx");
        var csv = await client.GetStringAsync($"/Audit/Project/{id}?handler=Csv", Ct);
        var export = await (await app.LoginAsync("admin")).GetStringAsync($"/Admin/Audit?handler=Csv&type=Project&entityId={id}", Ct);

        foreach (var text in new[] { csv, export })
        {
            Assert.Contains("\"单位填报人\",\"提交\"", text);
            Assert.Contains("\"状态\",\"草稿\",\"已提交\"", text);
            Assert.Contains("\"服务次数·完成档次\",\"\",\"达成\"", text);
            foreach (var code in new[] { "UnitPreparer", "Submit\"", "Draft", "Submitted", "Achieved", "\"State\"" })
                Assert.DoesNotContain(code, text);
        }
    }

    [Fact]
    public async Task SelfEvaluationEdit_RecordsTheIndicatorsActualOldAndNew()
    {
        var (projectId, declared) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, SelfEvaluationTestData.HasEveryPool, Ct);
        var client = await app.LoginAsync("kczx");
        var created = await client.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var indicator = declared.Indicators[0];
        foreach (var actual in new[] { "11 次", "12 次" })
        {
            var stamp = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/self-evaluations/{id}", Ct)).GetProperty("concurrencyStamp").GetGuid();
            var save = await client.PutAsJsonAsync($"/api/v1/self-evaluations/{id}",
                new { concurrencyStamp = stamp, rows = new[] { new { key = indicator.Key, actualText = actual } } }, Ct);
            Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
        }

        var events = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit/SelfEvaluation/{id}", Ct);
        var changes = events.EnumerateArray().SelectMany(e => e.GetProperty("changes").EnumerateArray()).ToList();
        Assert.Contains(changes, c => c.GetProperty("field").GetString()!.Contains(indicator.Name, StringComparison.Ordinal)
            && c.GetProperty("old").GetString() == "11 次" && c.GetProperty("new").GetString() == "12 次");
        Assert.Contains("12 次", await client.GetStringAsync($"/Audit/SelfEvaluation/{id}", Ct));
    }

    [Theory]
    [InlineData("dsj")]
    [InlineData("zfb")]
    public async Task FormTrail_OfAnotherUnit_Is404WithoutData(string outsider)
    {
        var (id, name) = await DraftAsync(await app.LoginAsync("kczx"));
        var client = await app.LoginAsync(outsider);

        var api = await client.GetAsync($"/api/v1/audit/Project/{id}", Ct);
        var page = await client.GetAsync($"/Audit/Project/{id}", Ct);
        var csv = await client.GetAsync($"/Audit/Project/{id}?handler=Csv", Ct);
        var export = await client.GetAsync("/Admin/Audit?handler=Csv", Ct);

        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode); // the full export is the administrator's
        foreach (var response in new[] { api, page, csv, export })
            Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("POST")]
    public async Task AuditEvents_CannotBeChangedThroughTheApi(string method)
    {
        var admin = await app.LoginAsync("admin");
        var (id, _) = await DraftAsync(await app.LoginAsync("kczx"));
        var before = await AuditSnapshotAsync();

        var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/v1/audit/Project/{id}")
        { Content = JsonContent.Create(new { action = "Forged", changes = Array.Empty<object>() }) }, Ct);
        var doc = JsonDocument.Parse(await admin.GetStringAsync("/api/openapi/v1.json", Ct)).RootElement; // signed in only
        var writable = doc.GetProperty("paths").EnumerateObject().Where(p => p.Name.Contains("/audit", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(m => m.Name)).Where(m => m != "get").ToList();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(writable);
        Assert.Equal(before, await AuditSnapshotAsync());
    }

    private async Task<string> AuditSnapshotAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var rows = await db.AuditEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Id, e.Action, e.EntityId, e.Diff, e.UserName }).ToListAsync(Ct);
        return JsonSerializer.Serialize(rows);
    }

    private static async Task<(Guid Id, string Name)> DraftAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var draft = list.EnumerateArray().First(p => p.GetProperty("state").GetString() == "Draft");
        return (draft.GetProperty("id").GetGuid(), draft.GetProperty("name").GetString()!);
    }

    private static async Task RenameAsync(HttpClient client, Guid id, string name)
    {
        var detail = JsonNode.Parse(await client.GetStringAsync($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!;
        content["fields"]!["name"] = name;
        var response = await client.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail["concurrencyStamp"]!.GetValue<Guid>() }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
