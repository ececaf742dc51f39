using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Jixiao.Web.Tests.Crawl;

/// <summary>
/// A piece of the year on the demo district before the crawl, so histories, comments and the audit trail hold what a
/// real year puts there (submit, open, a row comment, return, resubmit, pass, approve).
/// </summary>
internal static class DemoActivity
{
    public const string Project = "短信平台月租费";

    public static async Task WalkAsync(AppFixture app, CancellationToken ct)
    {
        var unit = await app.LoginAsync("kczx");
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == Project).GetProperty("id").GetGuid();
        var reviewer = await app.LoginAsync("kewei");
        var finance = await app.LoginAsync("finance");

        await MoveAsync(unit, id, "Submit", ct, ack: "已核实。");
        await MoveAsync(reviewer, id, "Open", ct);
        var detail = await unit.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", ct);
        var rowKey = detail.GetProperty("content").GetProperty("indicators")[0].GetProperty("key").GetGuid();
        Expect(await reviewer.PostAsJsonAsync($"/api/v1/projects/{id}/comments",
            new { anchor = $"indicator:{rowKey}", text = "月租费应与合同一致，请核对。" }, ct));
        await MoveAsync(reviewer, id, "Return", ct);
        await MoveAsync(unit, id, "Submit", ct, ack: "已核实。");
        await MoveAsync(reviewer, id, "Open", ct);
        await MoveAsync(reviewer, id, "Pass", ct);
        await MoveAsync(finance, id, "Approve", ct);
    }

    private static async Task MoveAsync(HttpClient client, Guid id, string action, CancellationToken ct, string? ack = null) =>
        Expect(await client.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, acknowledgement = ack }, ct));

    private static void Expect(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.NoContent)
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
    }
}
