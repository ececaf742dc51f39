using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Domain.Forms;

namespace Jixiao.Web.Tests;

/// <summary>
/// Help on every form (issue 15): each form page opens with its 填写说明 (collapsed, one line in view); the fields where
/// people get stuck carry their help beside the input, from the form definition; 项目性质 and 项目类别 are lists from the
/// definition, and a value outside the list is kept, never refused or dropped.
/// </summary>
public sealed class FormGuideTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Kczx = "上海市松江区科技创新服务中心";

    [Theory]
    [InlineData("kczx", "/Projects/New")]
    [InlineData("kczx", "/Documents/Import")]
    [InlineData("kczx", "/Disclosure/Import")]
    [InlineData("admin", "/Admin/Organizations")]
    [InlineData("admin", "/Admin/Users")]
    [InlineData("admin", "/Admin/Deadlines")]
    [InlineData("admin", "/Admin/Templates")]
    [InlineData("admin", "/Admin/RuleProfiles")]
    public async Task FormPage_OpensWithItsGuide(string user, string path)
    {
        var html = await (await app.LoginAsync(user)).GetStringAsync(path, Ct);
        AssertGuide(html);
    }

    [Fact]
    public async Task Editor_HasItsGuide_FieldHelpFromTheDefinition_AndListsForNatureAndCategory()
    {
        var client = await app.LoginAsync("kczx");
        var id = await DraftAsync(client);
        var html = await client.GetStringAsync($"/Projects/{id}/Edit", Ct);

        AssertGuide(html);
        var category = DeclarationForms.District2024.Field("category")!;
        Assert.Contains($"aria-describedby=\"f-category-help\"", html);
        Assert.Contains($"id=\"f-category-help\" data-testid=\"field-help\">{category.Help}</div>", html);
        Assert.Contains("<select class=\"form-select\" id=\"f-nature\"", html);
        Assert.Contains("<select class=\"form-select\" id=\"f-category\"", html);
        foreach (var choice in category.Choices.Concat(DeclarationForms.District2024.Field("nature")!.Choices))
            Assert.Contains($"<option value=\"{choice}\">{choice}</option>", html);
    }

    [Fact]
    public async Task CategoryOutsideTheList_IsSavedAndKept()
    {
        var client = await app.LoginAsync("kczx");
        var id = await DraftAsync(client);
        var detail = JsonNode.Parse(await client.GetStringAsync($"/api/v1/projects/{id}", Ct))!;
        var content = detail["content"]!;
        content["fields"]!["category"] = "经常性项目"; // another district's class, as an import brings it
        var saved = await client.PutAsJsonAsync($"/api/v1/projects/{id}", new { content, concurrencyStamp = detail["concurrencyStamp"]!.GetValue<Guid>() }, Ct);

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/projects/{id}", Ct);
        Assert.Equal("经常性项目", after.GetProperty("content").GetProperty("fields").GetProperty("category").GetString());
        Assert.Contains("经常性项目", await client.GetStringAsync($"/Projects/{id}", Ct));
    }

    [Fact]
    public async Task SelfEvaluationAndMonitoring_TheUnitSeesTheGuide_TheReviewerDoesNot()
    {
        var (projectId, _) = await SelfEvaluationTestData.ApproveDemoProjectAsync(app, Kczx, _ => true, Ct);
        var unit = await app.LoginAsync("kczx");
        var started = await unit.PostAsJsonAsync("/api/v1/self-evaluations", new { projectId }, Ct);
        var evaluation = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        AssertGuide(await unit.GetStringAsync($"/SelfEvaluations/{evaluation}", Ct));
        AssertGuide(await unit.GetStringAsync($"/Monitoring/{projectId}?month=7", Ct));
        var reviewer = await app.LoginAsync("kewei");
        Assert.DoesNotContain("data-testid=\"form-guide\"", await reviewer.GetStringAsync($"/SelfEvaluations/{evaluation}", Ct));
    }

    private static void AssertGuide(string html)
    {
        Assert.Contains("<details class=\"form-guide small mb-3\" data-testid=\"form-guide\">", html);
        Assert.Contains("填写说明</span>：", html);
    }

    private static async Task<Guid> DraftAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/projects?year=2024", Ct);
        return list.EnumerateArray().First(p => p.GetProperty("state").GetString() == "Draft").GetProperty("id").GetGuid();
    }
}
