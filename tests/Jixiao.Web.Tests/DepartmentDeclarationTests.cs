using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Web.Infrastructure;

namespace Jixiao.Web.Tests;

/// <summary>
/// 部门整体支出绩效目标 declared by the department (ADR-064): the 主管部门审核人 creates or copies its department's form on
/// /Departments, edits its 年度履职目标 with the roll-up checked, submits it straight to 财政局, which returns or approves
/// it; approved, it is locked. A unit, another department or a 填报人 on the department finds nothing (404); the
/// department may not submit a unit's form nor review its own.
/// </summary>
public abstract partial class DepartmentDeclarationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> DepartmentIdAsync(string name)
    {
        var orgs = JsonDocument.Parse(await (await app.LoginAsync("finance")).GetStringAsync("/api/v1/organizations?kind=Department", Ct)).RootElement;
        return orgs.EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> YearAsync(string department, int year) =>
        JsonDocument.Parse(await (await app.LoginAsync("finance")).GetStringAsync($"/api/v1/departments/{await DepartmentIdAsync(department)}/years/{year}", Ct)).RootElement;

    private async Task<Guid> FormIdAsync(string department, int year) => (await YearAsync(department, year)).GetProperty("formId").GetGuid();

    private static async Task<JsonElement> Detail(HttpClient c, Guid id) => await c.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);

    private static Task<HttpResponseMessage> Move(HttpClient c, Guid id, string action, string? comment = null, string? ack = null) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, comment, acknowledgement = ack }, Ct);

    /// <summary>Posts the /Departments page's button (<paramref name="handler"/>: Create or Copy) for <paramref name="year"/>.</summary>
    private static async Task<HttpResponseMessage> PressAsync(HttpClient c, string handler, int year)
    {
        var page = await c.GetStringAsync($"/Departments?year={year}", Ct);
        return await c.PostAsync($"/Departments?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value,
        }), Ct);
    }

    private static Guid CreatedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(EditLink().Match(response.Headers.Location!.OriginalString).Groups[1].Value);
    }

    [Fact]
    public async Task Demo_ScienceCommissionsFormIsApproved_AndTheGovernmentOfficesAwaitsFinance()
    {
        var science = await YearAsync(DemoOrganizations.ScienceCommission, 2024);
        var office = await YearAsync(DemoOrganizations.GovernmentOffice, 2024);

        Assert.Equal("Approved", science.GetProperty("formState").GetString());
        Assert.Equal("Submitted", office.GetProperty("formState").GetString());
        // Each lists its own units' projects, balanced.
        Assert.Empty(office.GetProperty("rollUp").GetProperty("problems").EnumerateArray());
        Assert.All(office.GetProperty("projects").EnumerateArray(), p => Assert.Equal(DemoOrganizations.BigDataCentre, p.GetProperty("unitName").GetString()));
    }

    [Fact]
    public async Task Demo_SubmittedDepartmentForm_OffersFinanceTheReview_AndItsDepartmentOnlyTheWithdrawal()
    {
        var id = await FormIdAsync(DemoOrganizations.GovernmentOffice, 2024);

        var finance = (await Detail(await app.LoginAsync("finance"), id)).GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ToList();
        var own = (await Detail(await app.LoginAsync("zfb"), id)).GetProperty("actions").EnumerateArray().Select(a => a.GetString()).ToList();

        Assert.Contains("Approve", finance);
        Assert.Contains("Return", finance);
        Assert.Equal(["Withdraw"], own);
    }

    [Theory]
    [InlineData("kczx")]  // a unit below the department
    [InlineData("dsj")]   // a unit of another department
    [InlineData("zfb")]   // another department
    [InlineData(ScopeTestUsers.DepartmentPreparer)] // a 填报人 attached to the department itself
    public async Task DepartmentForm_OutOfReach_AnswersAsAFormThatDoesNotExist(string user)
    {
        var id = await FormIdAsync(DemoOrganizations.ScienceCommission, 2024);
        var client = await ScopeTestUsers.LoginAsync(app, user);

        var read = await client.GetAsync($"/api/v1/projects/{id}", Ct);
        var move = await Move(client, id, "Submit");
        var page = await client.GetAsync($"/Projects/{id}", Ct);
        var missing = await client.GetAsync($"/api/v1/projects/{Guid.NewGuid()}", Ct);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            [read.StatusCode, move.StatusCode, page.StatusCode, missing.StatusCode]);
    }

    [Fact]
    public async Task DepartmentReviewer_CannotSubmitAUnitsForm_NorReviewItsOwn()
    {
        var kewei = await app.LoginAsync("kewei");
        var unitDraft = (await kewei.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024&state=Draft", Ct)).EnumerateArray()
            .First(p => p.GetProperty("unitName").GetString() == DemoOrganizations.InnovationCentre).GetProperty("id").GetGuid();

        var submit = await Move(kewei, unitDraft, "Submit", ack: "已核实。");
        var zfbForm = await FormIdAsync(DemoOrganizations.GovernmentOffice, 2024);
        var openOwn = await Move(await app.LoginAsync("zfb"), zfbForm, "Open");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Contains("只能提交或撤回本部门的部门整体表", await submit.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, openOwn.StatusCode);
        Assert.Contains("不能自行审核", await openOwn.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Submitted", (await Detail(await app.LoginAsync("finance"), zfbForm)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task NewForm_IsCreatedOncePerYear_OnTheDepartmentTemplate_ForTheDepartmentsOwnReviewerOnly()
    {
        var kewei = await app.LoginAsync("kewei");

        var id = CreatedId(await PressAsync(kewei, "Create", 2031));
        var again = await PressAsync(kewei, "Create", 2031);
        var byFinance = await PressAsync(await app.LoginAsync("finance"), "Create", 2031);

        var detail = await Detail(kewei, id);
        Assert.Equal("Draft", detail.GetProperty("state").GetString());
        Assert.Equal(DemoOrganizations.ScienceCommission, detail.GetProperty("unitName").GetString());
        Assert.Equal(JsonValueKind.Array, detail.GetProperty("content").GetProperty("duties").ValueKind);
        Assert.Contains("本部门 2031 年度已有部门整体支出绩效目标表。", await again.Content.ReadAsStringAsync(Ct));
        Assert.Contains("只有主管部门审核人可以填报", await byFinance.Content.ReadAsStringAsync(Ct));
        Assert.Equal(id, await FormIdAsync(DemoOrganizations.ScienceCommission, 2031));
    }

    [Fact]
    public async Task CopiedForm_EditedWithRollUp_StaleSave409_Submitted_Returned_Resubmitted_Approved_ThenLocked()
    {
        var kewei = await app.LoginAsync("kewei");
        var finance = await app.LoginAsync("finance");
        var id = CreatedId(await PressAsync(kewei, "Copy", 2025));
        var detail = await Detail(kewei, id);
        Assert.Equal(["Submit"], detail.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        var stamp = detail.GetProperty("concurrencyStamp").GetGuid();

        // 年度履职目标 copied from 2024; one amount changed: the roll-up carries the duty with its new figure. 2025 has no
        // project yet, so the panel says that once instead of a "not found" per duty.
        var content = JsonNode.Parse(detail.GetProperty("content").GetRawText())!;
        var duty = content["duties"]![0]!;
        var project = duty["projectName"]!.GetValue<string>();
        duty["amountWanYuan"] = "12.34";
        var rollUp = await (await kewei.PostAsJsonAsync($"/api/v1/projects/{id}/roll-up", content, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(rollUp.GetProperty("lines").EnumerateArray(), l => l.GetProperty("projectName").GetString() == project && l.GetProperty("dutyAmountYuan").GetDecimal() == 123_400m);
        Assert.Empty(rollUp.GetProperty("problems").EnumerateArray());
        Assert.Equal(Domain.Departments.DepartmentRollUp.NoProjectsYet, rollUp.GetProperty("pending").GetString());

        // A figure that does not read is refused naming the row; the save then succeeds once; the stale copy answers 409.
        duty["amountWanYuan"] = "十二万";
        var bad = await kewei.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = stamp }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("年度履职目标第 1 行", await bad.Content.ReadAsStringAsync(Ct));
        duty["amountWanYuan"] = "12.34";
        Assert.Equal(HttpStatusCode.NoContent, (await kewei.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = stamp }, Ct)).StatusCode);
        var stale = await kewei.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = stamp }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("12.34", (await Detail(kewei, id)).GetProperty("content").GetProperty("duties")[0].GetProperty("amountWanYuan").GetString());

        // Submitted straight to 财政局, which returns it with a reason; the department resubmits; finance approves.
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Submit", ack: "已核实：所属项目尚在编报。")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(finance, id, "Return", comment: "请按所属项目申报金额核对年度履职目标。")).StatusCode);
        var returned = await Detail(kewei, id);
        Assert.Equal("Returned", returned.GetProperty("state").GetString());
        // The department answers finance's comment as a unit answers its reviewer's (it does not resolve it).
        var comment = returned.GetProperty("comments").EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await kewei.PostAsJsonAsync($"/api/v1/projects/{id}/comments/{comment}/reply", new { text = "已按所属项目核对。" }, Ct)).StatusCode);
        Assert.Equal("Answered", (await Detail(finance, id)).GetProperty("comments").EnumerateArray().Single().GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Submit", ack: "已核实。")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Move(kewei, id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(finance, id, "Approve")).StatusCode);

        var approved = await Detail(kewei, id);
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        var locked = await kewei.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = approved.GetProperty("concurrencyStamp").GetGuid() }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);
        // The edit is in the audit trail, by row, old → new.
        var audit = await kewei.GetStringAsync($"/api/v1/audit/Project/{id}?size=200", Ct);
        Assert.Contains("年度履职目标第 1 行", audit);
        Assert.Contains("12.34万元", audit);
    }

    [Fact]
    public async Task AmountsTypedInWanYuan_AreStoredInYuan_AndTheRollUpAndDepartmentsPageShowTheSameFigure()
    {
        var kewei = await app.LoginAsync("kewei");
        var id = CreatedId(await PressAsync(kewei, "Create", 2032));
        var detail = await Detail(kewei, id);
        var content = JsonNode.Parse(detail.GetProperty("content").GetRawText())!;
        // As the editor sends a bare figure typed under the form's 万元 header (project-editor.js): with its unit.
        content["fields"]!["annualRequestTotal"] = "30.5万";
        content["fields"]!["projectExpenditure"] = "25.5万";
        content["duties"] = new JsonArray(new JsonObject { ["function"] = "科技服务", ["task"] = "完成年度任务", ["projectName"] = "科技服务平台运维", ["amountWanYuan"] = "25.5" });

        var save = await kewei.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);

        // Stored in 元; the editor gets the duty back in 万元 as typed.
        var saved = (await Detail(kewei, id)).GetProperty("content");
        Assert.Equal(255_000m, Jixiao.Domain.Forms.FieldText.Money(saved.GetProperty("fields").GetProperty("projectExpenditure").GetString()));
        Assert.Equal(305_000m, Jixiao.Domain.Forms.FieldText.Money(saved.GetProperty("fields").GetProperty("annualRequestTotal").GetString()));
        Assert.Equal("25.5", saved.GetProperty("duties")[0].GetProperty("amountWanYuan").GetString());
        // The editor's 合计核对 panel and the 部门整体 view read the same 元.
        var panel = await (await kewei.PostAsJsonAsync($"/api/v1/projects/{id}/roll-up", JsonNode.Parse(saved.GetRawText()), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var year = (await YearAsync(DemoOrganizations.ScienceCommission, 2032)).GetProperty("rollUp");
        foreach (var rollUp in new[] { panel, year })
        {
            Assert.Equal(255_000m, rollUp.GetProperty("projectExpenditureYuan").GetDecimal());
            Assert.Equal(255_000m, rollUp.GetProperty("dutyTotalYuan").GetDecimal());
        }
        // /Departments prints both in 万元, as the editor shows them.
        var page = await kewei.GetStringAsync("/Departments?year=2032", Ct);
        Assert.Contains("项目支出：25.50 万元", page);
        Assert.Contains("<td class=\"text-end\">25.50</td>", page);
    }

    [Fact]
    public async Task RollUpMismatches_AreWarningsForTheReviewer_TheyDoNotBlockSubmission()
    {
        // 2021: 区科委's units have projects, the department no form yet; its form names a project that is not one of them.
        var kewei = await app.LoginAsync("kewei");
        var source = (await Detail(kewei, await FormIdAsync(DemoOrganizations.ScienceCommission, 2024))).GetProperty("content");
        var id = CreatedId(await PressAsync(kewei, "Create", 2021));
        var detail = await Detail(kewei, id);
        var content = JsonNode.Parse(source.GetRawText())!;
        content["duties"] = new JsonArray(new JsonObject { ["function"] = "科技服务", ["task"] = "完成年度任务", ["projectName"] = "不存在的项目", ["amountWanYuan"] = "10" });
        foreach (var row in content["indicators"]!.AsArray()) row!["key"] = null;
        Assert.Equal(HttpStatusCode.NoContent, (await kewei.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct)).StatusCode);
        var problems = (await YearAsync(DemoOrganizations.ScienceCommission, 2021)).GetProperty("rollUp").GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetString() == "年度履职目标中的支出项目“不存在的项目”（10.00 万元）在本部门当年的项目中找不到。");

        // Submitted all the same (a blocking finding would refuse even an acknowledged submission); finance reads them.
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Submit", ack: "所属项目与年度履职目标待财政审核时核对。")).StatusCode);
        Assert.Equal("Submitted", (await Detail(kewei, id)).GetProperty("state").GetString());
        Assert.Contains("data-testid=\"department-problems\"", await (await app.LoginAsync("finance")).GetStringAsync($"/Departments?unit={await DepartmentIdAsync(DemoOrganizations.ScienceCommission)}&year=2021", Ct));
    }

    [Fact]
    public async Task Duties_OnAProjectForm_AreRefused()
    {
        var kczx = await app.LoginAsync("kczx");
        var id = (await kczx.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024&state=Draft", Ct)).EnumerateArray().First().GetProperty("id").GetGuid();
        var detail = await Detail(kczx, id);
        var content = JsonNode.Parse(detail.GetProperty("content").GetRawText())!;
        content["duties"] = new JsonArray(new JsonObject { ["function"] = "职能", ["task"] = "任务", ["projectName"] = "项目", ["amountWanYuan"] = "1" });

        var save = await kczx.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Contains("没有年度履职目标", await save.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("/Projects/([0-9a-f-]{36})/Edit")]
    private static partial Regex EditLink();
}

public sealed class SqliteDepartmentDeclarationTests(SqliteApp app) : DepartmentDeclarationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDepartmentDeclarationTests(PostgresApp app) : DepartmentDeclarationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
