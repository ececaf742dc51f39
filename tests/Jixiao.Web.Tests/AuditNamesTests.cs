using System.Net.Http.Json;
using System.Text.Json;
using Jixiao.Domain.Workflow;
using Jixiao.Web.Services;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 15 item 7: what the history and the audit trail store in code terms (actions, states, grades, lights, profile
/// ids, comment anchors, the system user) is shown in Chinese, by the one place that names them (<see cref="AuditNames"/>).
/// </summary>
public sealed class AuditNamesTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> RecordedActions() =>
        new(["Create", "Update", "Import", "Adjust", "Comment", "Correct", "Sync", "Resolve", .. Enum.GetNames<WorkflowAction>()]);

    [Theory]
    [MemberData(nameof(RecordedActions))]
    public void Action_EveryRecordedAction_IsChinese(string action) =>
        Assert.DoesNotMatch("[A-Za-z]", AuditNames.Action(action));

    [Theory]
    [InlineData("State", "Submitted")]
    [InlineData("State", "Draft")]
    [InlineData("Light", "Red")]
    [InlineData("指标“服务满意度” · 完成档次", "Achieved")]
    [InlineData("指标“服务满意度” · 完成档次", "PartiallyAchieved")]
    [InlineData("ProfileId", "SH-DISTRICT@1")]
    [InlineData("Role", "UnitPreparer")]
    public void Value_StoredCodeValue_IsChinese(string field, string value)
    {
        Assert.DoesNotMatch("[A-Za-z]", AuditNames.Field(field));
        Assert.DoesNotMatch("[A-Za-z]", AuditNames.Value(field, value)!);
    }

    [Fact]
    public void Value_FormText_IsKeptAsWritten() => Assert.Equal("Web 服务", AuditNames.Value("项目名称", "Web 服务"));

    [Theory]
    [InlineData("[indicator:58a2a86c-1f2e-4d3c-9b8a-7f6e5d4c3b2a] 请核对月租费。", "指标行意见：请核对月租费。")]
    [InlineData("[project] 请补充测算依据。", "请补充测算依据。")]
    [InlineData("指标“月租费”：请核对。", "指标“月租费”：请核对。")]
    public void Comment_LegacyAnchor_IsNotShown(string stored, string shown) => Assert.Equal(shown, AuditNames.Comment(stored));

    [Fact]
    public void User_System_IsChinese() => Assert.Equal("系统", AuditNames.User("system"));

    [Fact]
    public async Task RowComment_ProjectHistory_NamesTheIndicatorNotItsKey()
    {
        await Crawl.DemoActivity.WalkAsync(app, Ct);
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == Crawl.DemoActivity.Project).GetProperty("id").GetGuid();
        var detail = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        var first = detail.GetProperty("content").GetProperty("indicators")[0].GetProperty("name").GetString();

        var html = await unit.GetStringAsync($"/Projects/{id}", Ct);

        Assert.Contains($"指标“{first}”：月租费应与合同一致，请核对。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("[indicator:", html, StringComparison.Ordinal);
        foreach (var english in new[] { "Submit", "Open", "Return", "Pass", "Approve", "Draft", "Submitted" })
            Assert.DoesNotMatch($">[^<]*\\b{english}\\b[^<]*<", html);
    }
}
