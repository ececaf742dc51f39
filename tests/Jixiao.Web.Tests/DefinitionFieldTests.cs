using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Domain.Forms;
using Jixiao.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// The 项目经费情况说明 sections come from the district definition (ADR-017): the editor offers one text per section
    /// under its printed heading, the form view shows a filled section under the same heading.
    /// </summary>
    [Fact]
    public async Task NarrativeSections_AreTheDefinitions_InTheEditorAndTheFormView()
    {
        var narrative = DeclarationForms.District2024.Narrative;
        Assert.NotNull(narrative);
        Assert.Equal(7, narrative.Sections.Count);
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == "编外人员工作经费").GetProperty("id").GetGuid();

        var editor = await unit.GetStringAsync($"/Projects/{id}/Edit", Ct);
        var view = await unit.GetStringAsync($"/Projects/{id}", Ct);

        Assert.Contains("data-testid=\"narrative-sections\"", editor);
        Assert.Contains("<summary class=\"h6\">项目经费情况说明（一至七）</summary>", editor);
        foreach (var part in narrative.Sections)
        {
            Assert.Contains($"<label class=\"form-label mt-2\" for=\"n-{part.Section}\">{part.Heading}</label>", editor);
            Assert.Contains($"data-narrative=\"{part.Section}\"", editor);
            Assert.Contains($"<strong>{part.Heading}</strong>", view); // the seed's form fills all seven
        }
    }

    /// <summary>A new 申报表 starts with the defaults its definition gives (实施单位, 主管部门, the budget year's dates).</summary>
    [Fact]
    public async Task NewProject_StartsWithTheDefinitionsDefaults()
    {
        var (client, unitId) = await DisclosureTestSupport.NewUnitAsync(app);
        var unitName = await DisclosureTestSupport.WithDbAsync(app, db => db.Organizations.Where(o => o.Id == unitId).Select(o => o.Name).SingleAsync(Ct));
        var form = await client.GetStringAsync("/Projects/New", Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var created = await client.PostAsync("/Projects/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "默认值检查项目",
            ["Year"] = "2025",
            ["__RequestVerificationToken"] = token,
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[2]);
        var fields = (await DetailAsync(client, id))["content"]!["fields"]!.AsObject();
        var context = new NewFormContext(unitName, DemoOrganizations.GovernmentOffice, 2025);
        var defaulted = DeclarationForms.District2024.Fields.Where(f => f.Default != FieldDefault.None).ToList();
        Assert.Equal(4, defaulted.Count);
        Assert.All(defaulted, f => Assert.Equal(context.Text(f.Default), fields[f.Key]?.GetValue<string>()));
        Assert.Equal(["2025-01-01", "2025-12-31"], defaulted.Where(f => f.Kind == FieldKind.Date).Select(f => fields[f.Key]!.GetValue<string>()));
    }
}

public sealed class SqliteDefinitionFieldTests(SqliteApp app) : DefinitionFieldTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDefinitionFieldTests(PostgresApp app) : DefinitionFieldTests<PostgresApp>(app), IClassFixture<PostgresApp>;
