using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Findings;

/// <summary>The findings panel of a project page as a user reads and posts it (issue 18).</summary>
internal static partial class FindingPages
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Guid> ProjectIdAsync(HttpClient unit, string name)
    {
        var list = await unit.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        return list.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> MoveAsync(HttpClient c, Guid id, string action, string? comment = null, string? ack = null) =>
        c.PostAsJsonAsync($"/api/v1/projects/{id}/transitions", new { action, comment, acknowledgement = ack }, Ct);

    /// <summary>The open findings list (`审核问题`) of the page.</summary>
    public static string Open(string page) => Section(page, "data-testid=\"findings\"", "</ul>");

    /// <summary>The collapsed list of dismissed findings (empty when there is none).</summary>
    public static string Dismissed(string page) => page.Contains("data-testid=\"dismissed-findings\"", StringComparison.Ordinal)
        ? Section(page, "data-testid=\"dismissed-findings\"", "</details>")
        : "";

    /// <summary>The open findings of <paramref name="rule"/> whose text holds <paramref name="about"/>.</summary>
    public static IReadOnlyList<string> Items(string list, string rule, string about) =>
        Item().Matches(list).Where(m => m.Groups["rule"].Value == rule && m.Groups["body"].Value.Contains(about, StringComparison.Ordinal))
            .Select(m => m.Groups["body"].Value).ToList();

    /// <summary>The fingerprint the page posts for the one open finding of <paramref name="rule"/> about <paramref name="about"/>.</summary>
    public static string Fingerprint(string page, string rule, string about) =>
        FingerprintInput().Match(Assert.Single(Items(Open(page), rule, about))).Groups[1].Value;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient c, Guid id, string handler, Dictionary<string, string> form)
    {
        // The token from the home page's sign-out form: a user outside the form's scope cannot open the form itself.
        form["__RequestVerificationToken"] = Token().Match(await c.GetStringAsync("/", Ct)).Groups[1].Value;
        return await c.PostAsync($"/Projects/{id}?handler={handler}", new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>Posts and follows the Post/Redirect/Get; a refusal answers the page itself with the reason.</summary>
    public static async Task<string> PostAndReadAsync(HttpClient c, Guid id, string handler, Dictionary<string, string> form)
    {
        var response = await PostAsync(c, id, handler, form);
        return response.StatusCode == HttpStatusCode.Redirect
            ? await c.GetStringAsync(response.Headers.Location!.OriginalString, Ct)
            : await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Saves the current content with <paramref name="change"/> applied to the indicator named <paramref name="indicator"/>.</summary>
    public static async Task SaveAsync(HttpClient unit, Guid id, string? indicator = null, Action<JsonObject>? change = null)
    {
        var detail = JsonNode.Parse(await unit.GetStringAsync($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!.AsObject();
        if (indicator is not null)
            change!(content["indicators"]!.AsArray().Single(i => (string?)i!["name"] == indicator)!.AsObject());
        var save = await unit.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = (Guid)detail["concurrencyStamp"]! }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, save.StatusCode);
    }

    /// <summary>The administrator sets a rule on 评分规则 (severity "" for the catalogue's); answers the page.</summary>
    public static async Task<string> SetRuleAsync(HttpClient admin, string rule, string severity, bool enabled)
    {
        var form = new Dictionary<string, string>
        {
            ["ruleId"] = rule,
            ["severity"] = severity,
            ["__RequestVerificationToken"] = Token().Match(await admin.GetStringAsync("/Admin/RuleProfiles", Ct)).Groups[1].Value,
        };
        if (enabled) form["enabled"] = "true";
        var response = await admin.PostAsync("/Admin/RuleProfiles?handler=Rule", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static string Section(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start} on the page");
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-testid=\"(?:dismissed-)?finding\" data-rule=\"(?<rule>[^\"]+)\">(?<body>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("name=\"fingerprint\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex FingerprintInput();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
