using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>In-app notices (issue 15): written with the move that causes them, each user sees only their own.</summary>
public abstract partial class NotificationTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Guid> ProjectIdAsync(HttpClient client, string name)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        return list.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> Move(HttpClient c, Guid id, string action, string? comment = null, string? ack = null) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, comment, acknowledgement = ack }, Ct);

    private static async Task<int> UnreadAsync(HttpClient c)
    {
        var html = await c.GetStringAsync("/", Ct);
        var m = UnreadBadge().Match(html);
        return m.Success ? int.Parse(m.Groups[1].Value) : 0;
    }

    [Fact]
    public async Task DeclarationCycle_NotifiesTheNextReviewerAndTheUnit_OnlyThem()
    {
        var unit = await app.LoginAsync("kczx");
        var id = await ProjectIdAsync(unit, "短信平台月租费");
        var kewei = await app.LoginAsync("kewei");
        var zfb = await app.LoginAsync("zfb");
        var finance = await app.LoginAsync("finance");
        var dsj = await app.LoginAsync("dsj");

        // A refused move writes no notice.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Move(unit, id, "Submit")).StatusCode);
        Assert.Equal(0, await UnreadAsync(kewei));

        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已核实。")).StatusCode);
        Assert.Equal(1, await UnreadAsync(kewei)); // the department above the unit
        Assert.Equal(0, await UnreadAsync(zfb));   // another department
        Assert.Equal(0, await UnreadAsync(finance)); // not yet its turn
        var keweiPage = await kewei.GetStringAsync("/Notifications", Ct);
        Assert.Contains("上海市松江区科技创新服务中心提交了申报项目“短信平台月租费”，请审核。", keweiPage);

        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Return", comment: "请核对月租费。")).StatusCode);
        Assert.Equal(1, await UnreadAsync(unit));
        Assert.Equal(0, await UnreadAsync(dsj)); // another unit's preparer
        var unitPage = await unit.GetStringAsync("/Notifications", Ct);
        Assert.Contains("申报项目“短信平台月租费”被退回，请按审核意见修改后重新提交。", unitPage);

        Assert.Equal(HttpStatusCode.NoContent, (await Move(unit, id, "Submit", ack: "已核实。")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(kewei, id, "Pass")).StatusCode);
        Assert.Equal(1, await UnreadAsync(finance));
        Assert.Contains("已通过主管部门审核，请财政审核。", await finance.GetStringAsync("/Notifications", Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await Move(finance, id, "Approve")).StatusCode);

        // Newest first: the approval above the return.
        unitPage = await unit.GetStringAsync("/Notifications", Ct);
        Assert.Equal(2, await UnreadAsync(unit));
        Assert.True(unitPage.IndexOf("已批复。", StringComparison.Ordinal) < unitPage.IndexOf("被退回", StringComparison.Ordinal));
        Assert.DoesNotContain("请审核", unitPage); // never another user's notice
    }

    [Fact]
    public async Task MarkRead_OwnNotice_CountsDown_AnotherUsersNotice_IsNotFound()
    {
        var unit = await app.LoginAsync("dsj");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First().GetProperty("id").GetGuid();
        var zfb = await app.LoginAsync("zfb");
        var before = await UnreadAsync(zfb);
        var submitted = await Move(unit, id, "Submit", ack: "已核实。");
        Assert.Equal(HttpStatusCode.NoContent, submitted.StatusCode);
        Assert.Equal(before + 1, await UnreadAsync(zfb));

        var page = await zfb.GetStringAsync("/Notifications", Ct);
        var noticeId = NoticeId().Match(page).Groups[1].Value;
        // Another user naming the id: not theirs, nothing changes.
        var kewei = await app.LoginAsync("kewei");
        var foreign = await PostAsync(kewei, "/Notifications?handler=Read", noticeId);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var foreignOpen = await PostAsync(kewei, "/Notifications?handler=Open", noticeId);
        Assert.Equal(HttpStatusCode.NotFound, foreignOpen.StatusCode);
        Assert.Equal(before + 1, await UnreadAsync(zfb));

        // Opening it leads to the form and marks it read.
        var open = await PostAsync(zfb, "/Notifications?handler=Open", noticeId);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Projects/{id}", open.Headers.Location!.OriginalString);
        Assert.Equal(before, await UnreadAsync(zfb));

        Assert.Equal(HttpStatusCode.NoContent, (await Move(zfb, id, "Open")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Move(zfb, id, "Return", comment: "请补充测算依据。")).StatusCode);
        Assert.True(await UnreadAsync(unit) >= 1);
        var all = await PostAsync(unit, "/Notifications?handler=ReadAll", null);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0, await UnreadAsync(unit));
        Assert.Contains("未读 0 条", await unit.GetStringAsync("/Notifications", Ct));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? id)
    {
        var page = await client.GetStringAsync("/Notifications", Ct);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        if (id is not null) form["id"] = id;
        return await client.PostAsync(url, new FormUrlEncodedContent(form), Ct);
    }

    [GeneratedRegex("data-testid=\"unread-count\">(\\d+)<")]
    private static partial Regex UnreadBadge();

    [GeneratedRegex("name=\"id\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex NoticeId();
}

public sealed class SqliteNotificationTests(SqliteApp app) : NotificationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresNotificationTests(PostgresApp app) : NotificationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
