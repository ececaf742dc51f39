using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests;

/// <summary>The declaration cycle through the API (workflow.md §2–§3), on both stores, with the demo district.</summary>
public abstract class DeclarationWorkflowTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, Guid Id)> ProjectOf(string user, string name, int year = 2024)
    {
        var client = await app.LoginAsync(user);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects?year={year}", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        return (client, id);
    }

    private static async Task<JsonElement> Detail(HttpClient c, Guid id) => await c.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);

    private static Task<HttpResponseMessage> Move(HttpClient c, Guid id, string action, string? comment = null, string? ack = null, string? reason = null) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, comment, acknowledgement = ack, reason }, Ct);

    [Fact]
    public async Task FullCycle_SubmitReturnResubmitApproveAdjust()
    {
        var (unit, id) = await ProjectOf("kczx", "短信平台月租费");

        // Warnings need an acknowledgement before submit.
        var refused = await Move(unit, id, "Submit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("警告", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已核实：投诉次数按服务对象满意度口径填报。")).StatusCode);

        // The department opens it, comments on a row and returns it.
        var reviewer = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NoContent, (await Move(reviewer, id, "Open")).StatusCode);
        var detail = await Detail(reviewer, id);
        Assert.Equal("SupervisorReview", detail.GetProperty("state").GetString());
        var rowKey = detail.GetProperty("content").GetProperty("indicators")[0].GetProperty("key").GetGuid();
        var comment = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments", new { anchor = $"indicator:{rowKey}", text = "月租费应与合同一致，请核对。" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, comment.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(reviewer, id, "Return")).StatusCode);

        // The unit sees the comment on the row, answers, edits and resubmits.
        detail = await Detail(unit, id);
        Assert.Equal("Returned", detail.GetProperty("state").GetString());
        var theComment = detail.GetProperty("comments").EnumerateArray().Single(c => c.GetProperty("anchor").GetString() == $"indicator:{rowKey}");
        Assert.Equal("月租费应与合同一致，请核对。", theComment.GetProperty("text").GetString());
        var reply = await unit.PostAsJsonAsync($"/api/v1/projects/{id}/comments/{theComment.GetProperty("id").GetGuid()}/reply", new { text = "已按合同改为 700 元/月。" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, reply.StatusCode);
        var content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        var save = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已核实。")).StatusCode);

        // Department passes, finance approves: the version is locked.
        Assert.Equal(HttpStatusCode.NoContent, (await Move(reviewer, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(reviewer, id, "Pass")).StatusCode);
        var finance = await app.LoginAsync("finance");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Move(reviewer, id, "Approve")).StatusCode); // 谁批复预算，谁批复目标
        Assert.Equal(HttpStatusCode.NoContent, (await Move(finance, id, "Approve")).StatusCode);
        detail = await Detail(unit, id);
        Assert.Equal("Approved", detail.GetProperty("state").GetString());
        var locked = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);
        Assert.Contains("已批复", await locked.Content.ReadAsStringAsync(Ct));

        // An adjustment creates version 3 (version 1 is kept as it was returned) as a draft; the versions compare field by field.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await unit.PostAsJsonAsync($"/api/v1/projects/{id}/adjustments", new { text = "" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PostAsJsonAsync($"/api/v1/projects/{id}/adjustments", new { text = "预算调减" }, Ct)).StatusCode);
        detail = await Detail(unit, id);
        Assert.Equal(3, detail.GetProperty("version").GetInt32());
        Assert.Equal("Draft", detail.GetProperty("state").GetString());
        content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(content["fields"].GetRawText())!;
        fields["projectFundsTotal"] = JsonSerializer.SerializeToElement("80000");
        content["fields"] = JsonSerializer.SerializeToElement(fields);
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct)).StatusCode);
        var changes = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/compare?a=2&b=3", Ct);
        Assert.Contains(changes.EnumerateArray(), c => c.GetProperty("kind").GetString() == "Changed" && c.GetProperty("where").GetString() == "项目资金总额"
            && c.GetProperty("old").GetString() == "90,000.00" && c.GetProperty("new").GetString() == "80,000.00");
        var versions = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/versions", Ct);
        Assert.Equal(["Superseded", "Approved", "Draft"], versions.EnumerateArray().Select(v => v.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Return_KeepsTheReturnedVersion_TheResubmissionComparesAgainstIt()
    {
        var (unit, id) = await ProjectOf("kczx", "设备更新、维护费（外专服务）");
        var submitted = await Move(unit, id, "Submit", ack: "已核实。");
        Assert.True(submitted.StatusCode == HttpStatusCode.NoContent, await submitted.Content.ReadAsStringAsync(Ct));
        var reviewer = await app.LoginAsync("kewei");
        Assert.Equal(HttpStatusCode.NoContent, (await Move(reviewer, id, "Return", comment: "请填写项目负责人。")).StatusCode);

        // The unit's editor shows the reviewer's comment; the unit edits version 2, version 1 stays as returned.
        var editor = await unit.GetStringAsync($"/Projects/{id}/Edit", Ct);
        Assert.Matches("data-testid=\"editor-comment\">.*请填写项目负责人。", editor);
        var detail = await Detail(unit, id);
        Assert.Equal(2, detail.GetProperty("version").GetInt32());
        Assert.Equal("Returned", detail.GetProperty("state").GetString());
        var content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(content["fields"].GetRawText())!;
        fields["projectLead"] = JsonSerializer.SerializeToElement("王晓明");
        content["fields"] = JsonSerializer.SerializeToElement(fields);
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail.GetProperty("concurrencyStamp").GetGuid() }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已按意见修改。")).StatusCode);

        // The reviewer's page offers "what changed since the return" in one click: version 1 against version 2.
        var page = await reviewer.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Matches($"data-testid=\"compare-since-return\"\\s+href=\"/Projects/{id}/Compare\\?a=1&b=2\"", page);
        Assert.Contains("已退回（退回时的内容）", page);
        var changes = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}/compare?a=1&b=2", Ct);
        var change = Assert.Single(changes.EnumerateArray());
        Assert.Equal("项目负责人", change.GetProperty("where").GetString());
        Assert.Equal("王晓明", change.GetProperty("new").GetString());
        var compare = await reviewer.GetStringAsync($"/Projects/{id}/Compare?a=1&b=2", Ct);
        Assert.Contains("王晓明", compare);
    }

    [Fact]
    public async Task Reviewer_ActsOnASubmittedForm_WithoutASeparateOpenClick()
    {
        var (unit, id) = await ProjectOf("kczx", "区政务机房软硬件及环境设备维保项目");
        var submitted = await Move(unit, id, "Submit", ack: "已核实。");
        Assert.True(submitted.StatusCode == HttpStatusCode.NoContent, await submitted.Content.ReadAsStringAsync(Ct));
        var reviewer = await app.LoginAsync("kewei");

        // Offered the review moves at once, like the finance bureau after 通过.
        var detail = await Detail(reviewer, id);
        Assert.Equal(["Pass", "Return"], detail.GetProperty("actions").EnumerateArray().Select(a => a.GetString()).Order());
        var rowKey = detail.GetProperty("content").GetProperty("indicators")[0].GetProperty("key").GetGuid();
        var comment = await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments", new { anchor = $"indicator:{rowKey}", text = "请补充测算依据。" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, comment.StatusCode);
        Assert.Equal("SupervisorReview", (await Detail(reviewer, id)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Move(unit, id, "Withdraw")).StatusCode); // opened by the comment
        Assert.Equal(HttpStatusCode.NoContent, (await Move(reviewer, id, "Pass")).StatusCode);
        Assert.Equal("FinanceReview", (await Detail(reviewer, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Submit_WithErrorFinding_IsBlockedAndListsTheFindings()
    {
        // Seed 000's 政务云 project lost a target value in the printed table (CMP-04, error).
        var (unit, id) = await ProjectOf("kczx", "松江区政务云运营运维项目 (2023-2024)");
        var response = await Move(unit, id, "Submit", ack: "知悉");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("错误级", problem.GetProperty("detail").GetString());
        Assert.Contains(problem.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "CMP-04");
    }

    [Fact]
    public async Task Save_WithStaleStamp_IsAConflictNamingWhoChangedIt()
    {
        var (unit, id) = await ProjectOf("kczx", "科技金融宣传活动费");
        var detail = await Detail(unit, id);
        var stamp = detail.GetProperty("concurrencyStamp").GetGuid();
        var content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        Assert.Equal(HttpStatusCode.NoContent, (await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = stamp }, Ct)).StatusCode);
        var second = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = stamp }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("kczx", await second.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("dsj")]    // another unit
    [InlineData("zfb")]    // a department that does not supervise 科创中心
    public async Task OtherScope_GetsNotFound_AndNoData(string outsider)
    {
        var (_, id) = await ProjectOf("kczx", "编外人员工作经费");
        var client = await app.LoginAsync(outsider);
        var response = await client.GetAsync($"/api/v1/projects/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("编外人员", body);
        Assert.Contains("未找到或无权访问", body); // RFC 7807 problem details, in Chinese
        Assert.Equal(HttpStatusCode.NotFound, (await Move(client, id, "Submit", ack: "x")).StatusCode);
    }

    [Fact]
    public async Task Lint_UnsavedContent_ReturnsLiveFindings()
    {
        var (unit, id) = await ProjectOf("kczx", "编外人员工作经费");
        var detail = await Detail(unit, id);
        var content = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(detail.GetProperty("content").GetRawText())!;
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(content["fields"].GetRawText())!;
        fields["fiscalFunds"] = JsonSerializer.SerializeToElement("1000000"); // 总额 ≠ 财政资金 + 其他资金
        content["fields"] = JsonSerializer.SerializeToElement(fields);
        var findings = await (await unit.PostAsJsonAsync($"/api/v1/projects/{id}/lint", content, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(findings.EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "MNY-01" && f.GetProperty("blocks").GetBoolean());
    }
}

public sealed class SqliteDeclarationWorkflowTests(SqliteApp app) : DeclarationWorkflowTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresDeclarationWorkflowTests(PostgresApp app) : DeclarationWorkflowTests<PostgresApp>(app), IClassFixture<PostgresApp>;
