using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 15 item 2 in the editor: a bare target (`12场`) is understood, the parse answer offers its canonical form as a
/// one-click fix, the editor page loads the fix button's script and shows syntax examples, and saving the fixed text
/// stores the canonical form. `逐步提高`, which review accepts, is not called non-standard.
/// </summary>
public sealed class TargetFixTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Project = "编外人员工作经费";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ParseAsync(HttpClient client, string text)
    {
        var response = await client.PostAsJsonAsync("/api/v1/targets/parse", new { text }, Ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Theory]
    [InlineData("12场", "=12.00(场)")]
    [InlineData("达到100%", "≥100.00(%)")]
    [InlineData("≥95%", "≥95.00(%)")]
    public async Task Parse_UnderstoodButNotCanonical_OffersTheCanonicalFormAsFix(string text, string fix)
    {
        var body = await ParseAsync(await app.LoginAsync("kczx"), text);

        Assert.Equal("Quantitative", body.GetProperty("kind").GetString());
        Assert.False(body.GetProperty("nonStandard").GetBoolean());
        Assert.Equal(fix, body.GetProperty("fix").GetString());
    }

    [Theory]
    [InlineData("=12.00(场)", false)] // already canonical: nothing to fix
    [InlineData("逐步提高", false)]   // review accepts it (QNT-02 silent): not non-standard
    [InlineData("挺好", true)]        // QNT-02 fires: non-standard, and no fix offered
    public async Task Parse_NonStandardIsQnt02sAnswer_AndNoFixWhenNothingToFix(string text, bool nonStandard)
    {
        var body = await ParseAsync(await app.LoginAsync("kczx"), text);

        Assert.Equal(nonStandard, body.GetProperty("nonStandard").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("fix").ValueKind);
        Assert.DoesNotContain("未能识别", body.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorPage_LoadsTheFixButtonScriptAndShowsSyntaxExamples()
    {
        var client = await app.LoginAsync("kczx");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == Project).GetProperty("id").GetGuid();

        var html = await client.GetStringAsync($"/Projects/{id}/Edit", Ct);

        Assert.Contains("/js/target-fix.js", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"target-syntax-hint\"", html, StringComparison.Ordinal);
        Assert.Contains("=12(场)", html, StringComparison.Ordinal);
        var script = await client.GetStringAsync("/js/target-fix.js", Ct);
        Assert.Contains("parsed.fix", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveProject_FixApplied_StoresTheCanonicalTargetAsQuantitative()
    {
        var client = await app.LoginAsync("kczx");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        var id = list.EnumerateArray().First(p => p.GetProperty("name").GetString() == Project).GetProperty("id").GetGuid();
        var detail = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        var fix = (await ParseAsync(client, "12场")).GetProperty("fix").GetString()!;

        var content = detail["content"]!.DeepClone().AsObject();
        content["indicators"]![0]!["targetText"] = fix; // what the button puts in the input before 保存
        var save = await client.PutAsJsonAsync($"/api/v1/projects/{id}",
            new JsonObject { ["content"] = content, ["concurrencyStamp"] = detail["concurrencyStamp"]!.DeepClone() }, Ct);
        save.EnsureSuccessStatusCode();

        var saved = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/projects/{id}", Ct))!;
        Assert.Equal("=12.00(场)", saved["content"]!["indicators"]![0]!["targetText"]!.GetValue<string>());
        var html = await client.GetStringAsync($"/Projects/{id}", Ct);
        Assert.Contains("=12.00(场) · 定量", html, StringComparison.Ordinal);
    }
}
