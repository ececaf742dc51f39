using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>Batch submit and batch approve from the project list, each item through the single move's checks (issue 15).</summary>
public abstract partial class BatchTransitionTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Dictionary<string, (Guid Id, string State)>> ProjectsAsync(HttpClient c) =>
        (await c.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct)).EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => (p.GetProperty("id").GetGuid(), p.GetProperty("state").GetString()!));

    private static async Task<(HttpStatusCode Status, List<(string Name, string Result, string Reason)> Rows, string Html)> BatchAsync(
        HttpClient client, IEnumerable<Guid> ids, string? ack = null)
    {
        var page = await client.GetStringAsync("/Projects?year=2024", Ct);
        var form = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value),
        };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id.ToString())));
        if (ack is not null) form.Add(new("acknowledgement", ack));
        var response = await client.PostAsync("/Projects?handler=Batch&year=2024", new FormUrlEncodedContent(form), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var table = html.Contains("data-testid=\"batch-results\"") ? html[html.IndexOf("data-testid=\"batch-results\"", StringComparison.Ordinal)..] : "";
        table = table.Length > 0 ? table[..table.IndexOf("</table>", StringComparison.Ordinal)] : "";
        var rows = ResultRow().Matches(table).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value, WebUtility.HtmlDecode(m.Groups[3].Value))).ToList();
        return (response.StatusCode, rows, html);
    }

    [Fact]
    public async Task BatchSubmit_EachItemChecked_BlockingOnesRefusedWithReason_AnotherUnitsProjectNotFound()
    {
        var unit = await app.LoginAsync("kczx");
        var mine = await ProjectsAsync(unit);
        var drafts = mine.Where(p => p.Value.State == "Draft").ToList();
        Assert.True(drafts.Count >= 2);
        var other = (await ProjectsAsync(await app.LoginAsync("dsj"))).First().Value.Id;

        // Without an acknowledgement, a project with warnings is refused as a single submit would be.
        var (status, rows, _) = await BatchAsync(unit, [.. drafts.Select(d => d.Value.Id), other]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(drafts.Count + 1, rows.Count);
        Assert.Contains(rows, r => r is { Result: "未通过" } && r.Reason.Contains("警告尚未填写说明"));
        Assert.Equal(("（不存在或无权访问的项目）", "未通过", "项目不存在或无权访问。"), rows[^1]);

        (_, rows, var html) = await BatchAsync(unit, drafts.Select(d => d.Value.Id), ack: "已逐条核实。");
        var after = await ProjectsAsync(unit);
        foreach (var (name, result, reason) in rows)
        {
            // Each item's result is its own move: 成功 ⇔ now submitted; 未通过 names the blocking findings.
            Assert.Equal(result == "成功", after[name].State == "Submitted");
            if (result == "未通过") Assert.Contains("错误级审核问题", reason);
        }
        Assert.Contains(rows, r => r.Result == "成功");
        Assert.Contains($"成功 {rows.Count(r => r.Result == "成功")} 个，未通过 {rows.Count(r => r.Result == "未通过")} 个。", html);
        Assert.Equal("Draft", (await ProjectsAsync(await app.LoginAsync("dsj"))).First().Value.State); // untouched

        Assert.Contains("请先勾选要提交的项目。", (await BatchAsync(unit, [])).Html);
    }

    [Fact]
    public async Task BatchApprove_ByFinance_ApprovesWhatIsInFinanceReview_AndSaysWhyNotForTheRest()
    {
        var unit = await app.LoginAsync("kczx");
        var mine = await ProjectsAsync(unit);
        var (id, state) = mine["短信平台月租费"];
        async Task Move(HttpClient c, string action, string? ack = null) =>
            Assert.Equal(HttpStatusCode.NoContent, (await c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, Ct)).StatusCode);
        if (state == "Draft") await Move(unit, "Submit", "已核实。"); // the batch submit test of this class may have sent it already
        var kewei = await app.LoginAsync("kewei");
        await Move(kewei, "Open");
        await Move(kewei, "Pass");
        var draft = mine.First(p => p.Key != "短信平台月租费" && p.Value.State is "Draft" or "Submitted").Value.Id;

        var finance = await app.LoginAsync("finance");
        var (_, rows, _) = await BatchAsync(finance, [id, draft]);
        Assert.Equal(("短信平台月租费", "成功", ""), rows[0]);
        Assert.Equal("未通过", rows[1].Result);
        Assert.Matches("当前状态“(草稿|已提交)”不能执行“批复”", rows[1].Reason);
        Assert.Equal("Approved", (await ProjectsAsync(unit))["短信平台月租费"].State);
    }

    [Theory]
    [InlineData("kewei")]
    [InlineData("zfb")]
    public async Task Batch_BySupervisor_IsNotOffered_AndRefused(string user)
    {
        var client = await app.LoginAsync(user);
        Assert.DoesNotContain("data-testid=\"batch-submit\"", await client.GetStringAsync("/Projects", Ct));
        var (status, rows, _) = await BatchAsync(client, [Guid.NewGuid()]);
        Assert.NotEqual(HttpStatusCode.OK, status);
        Assert.Empty(rows);
    }

    [GeneratedRegex("<tr><td>([^<]*)</td><td>(成功|未通过)</td><td>([^<]*)</td></tr>")]
    private static partial Regex ResultRow();
}

public sealed class SqliteBatchTransitionTests(SqliteApp app) : BatchTransitionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresBatchTransitionTests(PostgresApp app) : BatchTransitionTests<PostgresApp>(app), IClassFixture<PostgresApp>;
