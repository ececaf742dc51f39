using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Bench.Load;

/// <summary>
/// A unit's 填报人 in a browser: signs in through the login page (cookie + antiforgery token), then works on the
/// unit's own projects with the pages and the API the editor uses.
/// </summary>
public sealed class UnitUser(Uri baseUri, string userName, string password, int seed) : Session(baseUri, "unit", seed)
{
    private List<(Guid Id, string State)> projects = [];

    /// <summary>Signs in, then reads the unit's own projects (the first page of the list API) to work on.</summary>
    public override async Task<Sample> LoginAsync(CancellationToken ct)
    {
        var login = await SignInAsync(userName, password, ct);
        if (!login.Ok) return login;
        var list = await GetAsync("projects_api", "/api/v1/projects", ct, body => projects = Parse(body));
        return login with { Ms = login.Ms + list.Ms, Ok = list.Ok && projects.Count > 0, Status = list.Ok ? login.Status : list.Status };
    }

    /// <summary>The mix: 30 % dashboard, 40 % open a project, 20 % save an indicator edit, 10 % submit.</summary>
    public override IReadOnlyList<Step> Steps =>
    [
        new("dashboard", 30, async ct => [await GetAsync("dashboard", "/", ct)]),
        new("open", 40, async ct => [await GetAsync("open", $"/Projects/{projects[Rng.Next(projects.Count)].Id}", ct)]),
        new("save", 20, SaveAsync),
        new("submit", 10, SubmitAsync),
    ];

    private async Task<IReadOnlyList<Sample>> SaveAsync(CancellationToken ct)
    {
        var editable = projects.Where(p => p.State is "Draft" or "Returned").ToList();
        if (editable.Count == 0) return await SubmitAsync(ct);
        var (id, _) = editable[Rng.Next(editable.Count)];
        var (load, detail) = await LoadEditorAsync(id, ct);
        if (detail is null) return [load];

        // The editor's save: the whole content with one indicator's 指标值 changed, and the stamp it read.
        var content = detail["content"]!;
        var rows = content["indicators"]!.AsArray();
        if (rows.Count > 0)
        {
            var row = rows[Rng.Next(rows.Count)]!;
            row["targetText"] = $"≥{Rng.Next(1, 100)}.00(%)";
        }
        var body = new JsonObject { ["content"] = content.DeepClone(), ["concurrencyStamp"] = detail["concurrencyStamp"]!.GetValue<string>() };
        var save = await TimedAsync("save", () => Http.PutAsJsonAsync($"/api/v1/projects/{id}", body, ct), null, HttpStatusCode.NoContent);
        return [load, save];
    }

    private async Task<IReadOnlyList<Sample>> SubmitAsync(CancellationToken ct)
    {
        var drafts = projects.Where(p => p.State is "Draft" or "Returned").ToList();
        var submitted = projects.Where(p => p.State == "Submitted").ToList();
        if (drafts.Count == 0 && submitted.Count > 0)
        {
            // Every draft went out: take one back so the next submit has something to send.
            var back = submitted[Rng.Next(submitted.Count)].Id;
            var w = await TimedAsync("withdraw", () => Http.PostAsJsonAsync($"/api/v1/projects/{back}/transitions", new { action = "Withdraw" }, ct), null,
                HttpStatusCode.NoContent, HttpStatusCode.UnprocessableEntity);
            if (w.Status == 204) SetState(back, "Draft");
            return [w];
        }
        if (drafts.Count == 0) return [await TrivialAsync(ct)];
        var id = drafts[Rng.Next(drafts.Count)].Id;
        JsonNode? refusal = null;
        var s = await SubmitOnceAsync(id, answer => refusal = answer, ct);
        if (s.Status != 422 || refusal?["findings"] is not JsonArray findings) return [s];

        // Refused for blocking findings: as a careful 填报人 would, fill in the rows they point at, save, submit again.
        var fixes = await FixAsync(id, findings, ct);
        if (fixes.Count == 0 || fixes[^1].Status != 204) return [s, .. fixes];
        return [s, .. fixes, await SubmitOnceAsync(id, _ => { }, ct, "resubmit")];
    }

    private async Task<Sample> SubmitOnceAsync(Guid id, Action<JsonNode?> refused, CancellationToken ct, string kind = "submit")
    {
        // 422 is the app refusing a form with blocking findings: a correct answer, counted apart from errors.
        var s = await TimedAsync(kind, () => Http.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Submit", acknowledgement = "已阅读并确认审核提示" }, ct),
            text => refused(text.Length > 0 ? JsonNode.Parse(text) : null), HttpStatusCode.NoContent, HttpStatusCode.UnprocessableEntity);
        if (s.Status == 204) SetState(id, "Submitted");
        return s;
    }

    /// <summary>The editor's load of one project: the timed sample and the JSON it read (null when refused).</summary>
    private async Task<(Sample Load, JsonNode? Detail)> LoadEditorAsync(Guid id, CancellationToken ct)
    {
        JsonNode? detail = null;
        var load = await GetAsync("editor", $"/api/v1/projects/{id}", ct, body => detail = JsonNode.Parse(body));
        return (load, detail);
    }

    /// <summary>
    /// Edits the rows the blocking findings name (their 序号 is the row's position): a missing 三级指标 gets a name, and
    /// the 指标值 is written out in full with its 计量单位 — what the submit check asks for. Findings without a row are
    /// left alone (the submit stays refused). Returns the editor load and the save, or nothing when there was no row.
    /// </summary>
    private async Task<List<Sample>> FixAsync(Guid id, JsonArray findings, CancellationToken ct)
    {
        var rows = findings.Select(f => (Row: f?["row"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0, Field: f?["field"]?.GetValue<string>()))
            .Where(f => f.Row > 0).ToList();
        if (rows.Count == 0) return [];
        var (load, detail) = await LoadEditorAsync(id, ct);
        if (detail is null) return [load];
        var content = detail["content"]!;
        var indicators = content["indicators"]!.AsArray();
        foreach (var (row, field) in rows)
        {
            if (row > indicators.Count || indicators[row - 1] is not JsonObject indicator) continue;
            if (field == "三级指标") indicator["name"] = $"{indicator["level2"]?.GetValue<string>()}完成情况{row}";
            indicator["targetText"] = $"≥{Rng.Next(60, 100)}(%)";
        }
        var body = new JsonObject { ["content"] = content.DeepClone(), ["concurrencyStamp"] = detail["concurrencyStamp"]!.GetValue<string>() };
        return [load, await TimedAsync("save", () => Http.PutAsJsonAsync($"/api/v1/projects/{id}", body, ct), null, HttpStatusCode.NoContent)];
    }

    private void SetState(Guid id, string state) => projects = projects.Select(p => p.Id == id ? (p.Id, state) : p).ToList();

    private static List<(Guid, string)> Parse(string body) =>
        (JsonNode.Parse(body) as JsonArray ?? []).Select(p => (Guid.Parse(p!["id"]!.GetValue<string>()), p["state"]!.GetValue<string>())).ToList();

}
