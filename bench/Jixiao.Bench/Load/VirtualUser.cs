using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jixiao.Bench.Load;

/// <summary>
/// One timed request: what it was, when it started (<see cref="Stopwatch"/> timestamp, so a phase can place it on its
/// own time line), how long it took, and whether the answer was one the app should give.
/// </summary>
public readonly record struct Sample(string Kind, double Ms, bool Ok, int Status, long StartedAt = 0);

/// <summary>
/// A unit's 填报人 in a browser: signs in through the login page (cookie + antiforgery token), then works on the
/// unit's own projects with the pages and the API the editor uses.
/// </summary>
public sealed partial class VirtualUser(Uri baseUri, string userName, string password, int seed) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };

    private readonly Random rng = new(seed);
    private List<(Guid Id, string State)> projects = [];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public async Task<Sample> LoginAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await SignInAsync(clock, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Sample("login", clock.Elapsed.TotalMilliseconds, false, 0);
        }
    }

    private async Task<Sample> SignInAsync(Stopwatch clock, CancellationToken ct)
    {
        var page = await http.GetStringAsync("/Account/Login", ct);
        var token = Token().Match(page).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var answer = await http.PostAsync("/Account/Login", form, ct);
        var ok = answer.StatusCode == HttpStatusCode.Redirect;
        if (ok) projects = await ListAsync(ct);
        return new Sample("login", clock.Elapsed.TotalMilliseconds, ok && projects.Count > 0, (int)answer.StatusCode);
    }

    /// <summary>One action of the mix: 30 % dashboard, 40 % open project, 20 % save an indicator edit, 10 % submit.</summary>
    public async Task<IReadOnlyList<Sample>> ActAsync(CancellationToken ct)
    {
        var roll = rng.Next(100);
        if (roll < 30) return [await TimedAsync("dashboard", () => http.GetAsync("/", ct), HttpStatusCode.OK)];
        if (roll < 70)
        {
            var (id, _) = projects[rng.Next(projects.Count)];
            return [await TimedAsync("open", () => http.GetAsync($"/Projects/{id}", ct), HttpStatusCode.OK)];
        }
        if (roll < 90) return await SaveAsync(ct);
        return await SubmitAsync(ct);
    }

    public Task<Sample> TrivialAsync(CancellationToken ct) => TimedAsync("trivial", () => http.GetAsync("/api/v1/me", ct), HttpStatusCode.OK);

    private async Task<IReadOnlyList<Sample>> SaveAsync(CancellationToken ct)
    {
        var editable = projects.Where(p => p.State is "Draft" or "Returned").ToList();
        if (editable.Count == 0) return await SubmitAsync(ct);
        var (id, _) = editable[rng.Next(editable.Count)];
        var (load, detail) = await LoadEditorAsync(id, ct);
        if (detail is null) return [load];

        // The editor's save: the whole content with one indicator's 指标值 changed, and the stamp it read.
        var content = detail["content"]!;
        var rows = content["indicators"]!.AsArray();
        if (rows.Count > 0)
        {
            var row = rows[rng.Next(rows.Count)]!;
            row["targetText"] = $"≥{rng.Next(1, 100)}.00(%)";
        }
        var body = new JsonObject { ["content"] = content.DeepClone(), ["concurrencyStamp"] = detail["concurrencyStamp"]!.GetValue<string>() };
        var save = await TimedAsync("save", () => http.PutAsJsonAsync($"/api/v1/projects/{id}", body, ct), HttpStatusCode.NoContent);
        return [load, save];
    }

    private async Task<IReadOnlyList<Sample>> SubmitAsync(CancellationToken ct)
    {
        var drafts = projects.Where(p => p.State is "Draft" or "Returned").ToList();
        var submitted = projects.Where(p => p.State == "Submitted").ToList();
        if (drafts.Count == 0 && submitted.Count > 0)
        {
            // Every draft went out: take one back so the next submit has something to send.
            var back = submitted[rng.Next(submitted.Count)].Id;
            var w = await TimedAsync("withdraw", () => http.PostAsJsonAsync($"/api/v1/projects/{back}/transitions", new { action = "Withdraw" }, ct),
                HttpStatusCode.NoContent, HttpStatusCode.UnprocessableEntity);
            if (w.Status == 204) SetState(back, "Draft");
            return [w];
        }
        if (drafts.Count == 0) return [await TrivialAsync(ct)];
        var id = drafts[rng.Next(drafts.Count)].Id;
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
        var s = await TimedAsync(kind, async () =>
        {
            var r = await http.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action = "Submit", acknowledgement = "已阅读并确认审核提示" }, ct);
            if (r.StatusCode == HttpStatusCode.UnprocessableEntity) refused(JsonNode.Parse(await r.Content.ReadAsStringAsync(ct)));
            return r;
        }, HttpStatusCode.NoContent, HttpStatusCode.UnprocessableEntity);
        if (s.Status == 204) SetState(id, "Submitted");
        return s;
    }

    /// <summary>
    /// Edits the rows the blocking findings name (their 序号 is the row's position): a missing 三级指标 gets a name, and
    /// the 指标值 is written out in full with its 计量单位 — what the submit check asks for. Findings without a row are
    /// left alone (the submit stays refused). Returns the editor load and the save, or nothing when there was no row.
    /// </summary>
    /// <summary>The editor's load of one project: the timed sample and the JSON it read (null when refused).</summary>
    private async Task<(Sample Load, JsonNode? Detail)> LoadEditorAsync(Guid id, CancellationToken ct)
    {
        JsonNode? detail = null;
        var load = await TimedAsync("editor", async () =>
        {
            var r = await http.GetAsync($"/api/v1/projects/{id}", ct);
            if (r.IsSuccessStatusCode) detail = JsonNode.Parse(await r.Content.ReadAsStringAsync(ct));
            return r;
        }, HttpStatusCode.OK);
        return (load, detail);
    }

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
            indicator["targetText"] = $"≥{rng.Next(60, 100)}(%)";
        }
        var body = new JsonObject { ["content"] = content.DeepClone(), ["concurrencyStamp"] = detail["concurrencyStamp"]!.GetValue<string>() };
        return [load, await TimedAsync("save", () => http.PutAsJsonAsync($"/api/v1/projects/{id}", body, ct), HttpStatusCode.NoContent)];
    }

    private void SetState(Guid id, string state) => projects = projects.Select(p => p.Id == id ? (p.Id, state) : p).ToList();

    private async Task<List<(Guid, string)>> ListAsync(CancellationToken ct)
    {
        var list = await http.GetFromJsonAsync<JsonArray>("/api/v1/projects", ct) ?? [];
        return list.Select(p => (Guid.Parse(p!["id"]!.GetValue<string>()), p["state"]!.GetValue<string>())).ToList();
    }

    private static async Task<Sample> TimedAsync(string kind, Func<Task<HttpResponseMessage>> send, params HttpStatusCode[] expected)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var answer = await send();
            await answer.Content.LoadIntoBufferAsync();
            return new Sample(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, expected.Contains(answer.StatusCode), (int)answer.StatusCode, started);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Sample(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds, false, 0, started);
        }
    }

    public void Dispose() => http.Dispose();
}
